-- One counter row per office, series and period (e.g. registration numbers per year, letter agenda numbers per year,
-- queue tickets per service and day). Locked FOR UPDATE inside the issuing transaction: no gaps, no duplicates.
CREATE TABLE office_counter (
    office_id   BIGINT       NOT NULL,
    series      VARCHAR(20)  NOT NULL,
    period      VARCHAR(10)  NOT NULL,
    last_value  INT          NOT NULL,
    CONSTRAINT pk_office_counter PRIMARY KEY (office_id, series, period),
    CONSTRAINT fk_office_counter_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO office_counter (office_id, series, period, last_value)
    SELECT office_id, 'REQUEST', CAST(reg_year AS CHAR), last_value FROM registration_counter;
DROP TABLE registration_counter;

-- The office's audit trail of front-desk and intake actions (guest registered, card issued/returned, letter
-- registered, ticket called ...): who, when, what. Written only by the application, never updated or deleted.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    office_id     BIGINT        NOT NULL,
    occurred_at   DATETIME      NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    subject_type  VARCHAR(30)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    detail        VARCHAR(500)  NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT fk_audit_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_office ON audit_event (office_id, id);
CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id, id);
