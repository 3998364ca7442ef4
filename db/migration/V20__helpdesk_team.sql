-- Issue 6 (HD-1, HD-2, HD-15): the helpdesk team of an office by decree, its duty roster with the rotating daily
-- coordinator, the officers' attendance, technical incidents and the supervisor's notes on negligence. The service
-- hours are the office's HELPDESK hours (service_hours, issue 5).

-- HD-1: the decree that forms the team (seed 001: KPU Kabupaten Mesuji Nomor 41 Tahun 2022); the latest one is in
-- force, earlier ones are kept.
CREATE TABLE helpdesk_team_decree (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    office_id      BIGINT        NOT NULL,
    decree_number  VARCHAR(100)  NOT NULL,
    decree_date    DATE          NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    created_by     VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_helpdesk_team_decree PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_team_decree UNIQUE (office_id, decree_number),
    CONSTRAINT fk_hdtd_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The members of a decree with their helpdesk position and office title; the portal account of the member when
-- there is one (for the roster, attendance and notifications).
CREATE TABLE helpdesk_team_member (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    decree_id       BIGINT        NOT NULL,
    position        VARCHAR(20)   NOT NULL,
    name            VARCHAR(150)  NOT NULL,
    job_title       VARCHAR(300)  NULL,
    staff_username  VARCHAR(60)   NULL,
    sort_order      INT           NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_helpdesk_team_member PRIMARY KEY (id),
    CONSTRAINT fk_hdtm_decree FOREIGN KEY (decree_id) REFERENCES helpdesk_team_decree (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdtm_decree ON helpdesk_team_member (decree_id, sort_order);

-- HD-2: who is on duty on which day and desk; one of the day is the daily coordinator (rotating); the sign-in.
CREATE TABLE helpdesk_duty (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    office_id          BIGINT        NOT NULL,
    duty_date          DATE          NOT NULL,
    member_id          BIGINT        NOT NULL,
    desk               VARCHAR(40)   NULL,
    daily_coordinator  BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_in_at       DATETIME(3)   NULL,
    signed_in_by       VARCHAR(60)   NULL,
    CONSTRAINT pk_helpdesk_duty PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_duty UNIQUE (office_id, duty_date, member_id),
    CONSTRAINT fk_hdd_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_hdd_member FOREIGN KEY (member_id) REFERENCES helpdesk_team_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdd_office_date ON helpdesk_duty (office_id, duty_date);

-- HD-15: a technical disturbance reported by an officer, sent at once to the daily coordinator and the supervisor,
-- and how it was resolved; a supervisor's note on an officer's negligence.
CREATE TABLE helpdesk_incident (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    office_id     BIGINT        NOT NULL,
    reported_at   DATETIME(3)   NOT NULL,
    reported_by   VARCHAR(60)   NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    notified      VARCHAR(500)  NULL,
    resolved_at   DATETIME(3)   NULL,
    resolved_by   VARCHAR(60)   NULL,
    resolution    VARCHAR(2000) NULL,
    CONSTRAINT pk_helpdesk_incident PRIMARY KEY (id),
    CONSTRAINT fk_hdi_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdi_office ON helpdesk_incident (office_id, reported_at);

CREATE TABLE helpdesk_negligence_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    office_id   BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    noted_at    DATETIME(3)   NOT NULL,
    noted_by    VARCHAR(60)   NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_helpdesk_negligence_note PRIMARY KEY (id),
    CONSTRAINT fk_hdn_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_hdn_member FOREIGN KEY (member_id) REFERENCES helpdesk_team_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
