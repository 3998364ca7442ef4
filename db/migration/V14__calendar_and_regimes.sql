-- REQ-8, CON-4, LAW-1, LAW-3 (issue 5): the working-day calendar — national holidays and collective leave (cuti
-- bersama) by the joint decree, and an office's own closures — with the legal source of each day off; service hours
-- per office, service and weekday in the office's own time zone; and the deadline regimes as data.
CREATE TABLE calendar_day_off (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    office_id     BIGINT        NULL,
    office_scope  BIGINT        AS (COALESCE(office_id, 0)) STORED,
    day           DATE          NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    legal_source  VARCHAR(300)  NOT NULL,
    confirmed     TINYINT(1)    NOT NULL DEFAULT 0,
    updated_by    VARCHAR(60)   NOT NULL,
    updated_at    DATETIME      NOT NULL,
    CONSTRAINT pk_calendar_day_off PRIMARY KEY (id),
    CONSTRAINT uq_day_off UNIQUE (office_scope, day),
    CONSTRAINT fk_day_off_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_day_off_day ON calendar_day_off (day);

-- Service hours: a row per office, service and ISO weekday (1 = Monday … 7 = Sunday); no row = closed that day.
CREATE TABLE service_hours (
    office_id  BIGINT       NOT NULL,
    service    VARCHAR(20)  NOT NULL,
    weekday    TINYINT      NOT NULL,
    opens_at   TIME         NOT NULL,
    closes_at  TIME         NOT NULL,
    CONSTRAINT pk_service_hours PRIMARY KEY (office_id, service, weekday),
    CONSTRAINT fk_service_hours_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_service_hours CHECK (closes_at > opens_at AND weekday BETWEEN 1 AND 7)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every office starts with its present hours for information and consultation (Mon–Thu, Friday's own closing).
INSERT INTO service_hours (office_id, service, weekday, opens_at, closes_at)
SELECT o.id, s.service, d.weekday, o.opens_at,
       CASE WHEN d.weekday = 5 AND o.friday_closes_at IS NOT NULL THEN o.friday_closes_at ELSE o.closes_at END
FROM office o
JOIN (SELECT 'INFORMATION' AS service UNION ALL SELECT 'CONSULTATION') s ON 1 = 1
JOIN (SELECT 1 AS weekday UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d ON 1 = 1;

-- Deadline regimes (data, not code): the clock, its length, the extension allowed and when the regime applies.
CREATE TABLE deadline_regime (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    office_id       BIGINT        NULL,
    code            VARCHAR(40)   NOT NULL,
    applies_to      VARCHAR(30)   NOT NULL,
    name_id         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    clock           VARCHAR(16)   NOT NULL,
    length          INT           NOT NULL,
    max_extension   INT           NOT NULL DEFAULT 0,
    legal_basis     VARCHAR(300)  NOT NULL,
    valid_from      DATE          NULL,
    valid_to        DATE          NULL,
    active          TINYINT(1)    NOT NULL DEFAULT 1,
    CONSTRAINT pk_deadline_regime PRIMARY KEY (id),
    CONSTRAINT fk_regime_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_regime_length CHECK (length > 0 AND max_extension >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO deadline_regime (office_id, code, applies_to, name_id, name_en, clock, length, max_extension, legal_basis) VALUES
(NULL, 'INFO_STANDARD', 'INFORMATION', 'Permohonan informasi (UU 14/2008)', 'Information request (Law 14/2008)',
 'WORKING_DAYS', 10, 7, 'UU 14/2008 Pasal 22 ayat (7) dan (8)'),
(NULL, 'INFO_IMMEDIATE', 'INFORMATION_IMMEDIATE', 'Informasi yang tersedia langsung (datang langsung)',
 'Immediately available information (walk-in)', 'SERVICE_HOURS', 1, 0, 'Keputusan KPU tentang SOP layanan informasi (seed 004)'),
(NULL, 'CONSULTATION', 'CONSULTATION', 'Permohonan konsultasi', 'Consultation request',
 'WORKING_DAYS', 10, 0, 'Keputusan KPU tentang SOP layanan konsultasi (seed 004): 1 jam sampai 10 hari kerja'),
(NULL, 'OBJECTION', 'OBJECTION', 'Keberatan (UU 14/2008 Pasal 35–36)', 'Objection (Law 14/2008 Art. 35–36)',
 'WORKING_DAYS', 30, 0, 'UU 14/2008 Pasal 36 ayat (1) dan Pasal 38');

-- The regime and the explanation of each request's due date; the clock's pauses (incomplete, waiting for the applicant).
ALTER TABLE service_request ADD COLUMN regime_id BIGINT NULL;
ALTER TABLE service_request ADD COLUMN due_trace TEXT NULL;
ALTER TABLE service_request ADD COLUMN extension_days INT NOT NULL DEFAULT 0;
ALTER TABLE service_request ADD CONSTRAINT fk_request_regime FOREIGN KEY (regime_id) REFERENCES deadline_regime (id);

CREATE TABLE request_pause (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    request_id   BIGINT        NOT NULL,
    paused_at    DATETIME      NOT NULL,
    resumed_at   DATETIME      NULL,
    CONSTRAINT pk_request_pause PRIMARY KEY (id),
    CONSTRAINT fk_pause_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pause_request ON request_pause (request_id, id);
