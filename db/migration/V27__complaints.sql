-- REQ-9 (seed 004 A.6; issue 7): complaints, suggestions and appreciation addressed to the Chair — from the public
-- form, or registered at the desk from a letter, an e-mail or a visit; answered and closed with the response recorded.
CREATE TABLE complaint (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    office_id           BIGINT         NOT NULL,
    number              VARCHAR(40)    NOT NULL,
    c_year              INT            NOT NULL,
    c_seq               INT            NOT NULL,
    kind                VARCHAR(16)    NOT NULL,
    channel             VARCHAR(16)    NOT NULL,
    text                TEXT           NOT NULL,
    sender_name         VARCHAR(150)   NULL,
    sender_contact      VARCHAR(150)   NULL,
    file_stored_name    VARCHAR(120)   NULL,
    file_original_name  VARCHAR(255)   NULL,
    file_media_type     VARCHAR(100)   NULL,
    file_size_bytes     BIGINT         NULL,
    file_sha256         CHAR(64)       NULL,
    received_at         DATETIME       NOT NULL,
    received_by         VARCHAR(60)    NOT NULL,
    response            TEXT           NULL,
    answered_by         VARCHAR(60)    NULL,
    answered_at         DATETIME       NULL,
    version             INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_complaint PRIMARY KEY (id),
    CONSTRAINT uq_complaint_number UNIQUE (number),
    CONSTRAINT uq_complaint_seq UNIQUE (office_id, c_year, c_seq),
    CONSTRAINT fk_complaint_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_complaint_kind CHECK (kind IN ('COMPLAINT', 'SUGGESTION', 'APPRECIATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_complaint_office ON complaint (office_id, received_at);
