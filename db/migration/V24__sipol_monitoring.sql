-- Issue 6 (HD-11, seed 001 D): at 08:00 and 17:00 office time the officer on duty records each party's SIPOL
-- data-entry progress in the office's region (board and offices complete in percent, members entered) with the
-- screenshot as evidence; a slot without a report is flagged as missed; the report goes to the Commissioner.
CREATE TABLE sipol_monitoring_report (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    office_id            BIGINT        NOT NULL,
    slot_date            DATE          NOT NULL,
    slot                 VARCHAR(2)    NOT NULL,
    recorded_at          DATETIME(3)   NOT NULL,
    recorded_by          VARCHAR(60)   NOT NULL,
    note                 VARCHAR(1000) NULL,
    evidence_stored_name VARCHAR(120)  NOT NULL,
    evidence_name        VARCHAR(255)  NOT NULL,
    evidence_media_type  VARCHAR(100)  NOT NULL,
    evidence_sha256      CHAR(64)      NOT NULL,
    CONSTRAINT pk_sipol_monitoring_report PRIMARY KEY (id),
    CONSTRAINT uq_sipol_monitoring_slot UNIQUE (office_id, slot_date, slot),
    CONSTRAINT fk_smr_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sipol_monitoring_figure (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    report_id       BIGINT        NOT NULL,
    party_id        BIGINT        NOT NULL,
    board_percent   DECIMAL(5,2)  NOT NULL,
    members_count   INT           NOT NULL,
    offices_percent DECIMAL(5,2)  NOT NULL,
    CONSTRAINT pk_sipol_monitoring_figure PRIMARY KEY (id),
    CONSTRAINT uq_sipol_monitoring_figure UNIQUE (report_id, party_id),
    CONSTRAINT fk_smf_report FOREIGN KEY (report_id) REFERENCES sipol_monitoring_report (id),
    CONSTRAINT fk_smf_party FOREIGN KEY (party_id) REFERENCES political_party (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reminders sent (once per office and slot).
CREATE TABLE sipol_monitoring_reminder (
    office_id  BIGINT       NOT NULL,
    slot_date  DATE         NOT NULL,
    slot       VARCHAR(2)   NOT NULL,
    sent_at    DATETIME(3)  NOT NULL,
    sent_to    VARCHAR(500) NULL,
    CONSTRAINT pk_sipol_monitoring_reminder PRIMARY KEY (office_id, slot_date, slot),
    CONSTRAINT fk_smrm_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
