-- Issue 6 (HD-10, seed 000 C.2 and IV.A.3): the helpdesk's daily recap (prepared by an officer, signed off in the
-- portal by the daily coordinator, sent to the helpdesk head) and weekly recap (sent to the legal division and upward
-- to the province and the national office). The signed recap is archived as a PDF with its checksum.
CREATE TABLE helpdesk_recap (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    office_id            BIGINT        NOT NULL,
    kind                 VARCHAR(8)    NOT NULL,
    period_start         DATE          NOT NULL,
    period_end           DATE          NOT NULL,
    prepared_at          DATETIME(3)   NOT NULL,
    prepared_by          VARCHAR(60)   NOT NULL,
    note                 VARCHAR(2000) NULL,
    signed_at            DATETIME(3)   NULL,
    signed_by            VARCHAR(60)   NULL,
    signed_by_name       VARCHAR(150)  NULL,
    sent_to              VARCHAR(500)  NULL,
    archive_stored_name  VARCHAR(120)  NULL,
    archive_sha256       CHAR(64)      NULL,
    CONSTRAINT pk_helpdesk_recap PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_recap UNIQUE (office_id, kind, period_start),
    CONSTRAINT fk_hdr_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdr_kind_signed ON helpdesk_recap (kind, signed_at);
