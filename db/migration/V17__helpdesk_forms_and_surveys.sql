-- Issue 6 (HD-7, HD-9, HD-12): the consultation form (formulir konsultasi) of a helpdesk consultation and the
-- satisfaction survey taken after a service.

-- HD-7: each printed version of a consultation's form, as the party checked it. A correction the party asks for makes
-- a new version (the earlier ones are kept, with what was corrected); the last version is signed by the party and then
-- by the officer on screen, or on paper scanned back; the signed form is archived as a PDF with its checksum, one copy
-- is handed over (to whom, when, by whom). HD-9: the paper form scanned after hours is attached to its version.
CREATE TABLE helpdesk_form (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id      BIGINT        NOT NULL,
    version              INT           NOT NULL,
    representative       VARCHAR(150)  NOT NULL,
    party_name           VARCHAR(200)  NOT NULL,
    problem              TEXT          NOT NULL,
    answer               TEXT          NOT NULL,
    answer_references    VARCHAR(1000) NULL,
    correction_note      VARCHAR(2000) NULL,
    created_at           DATETIME(3)   NOT NULL,
    created_by           VARCHAR(60)   NOT NULL,
    party_signature_png  MEDIUMBLOB    NULL,
    party_signed_at      DATETIME(3)   NULL,
    officer_signature_png MEDIUMBLOB   NULL,
    officer_signed_at    DATETIME(3)   NULL,
    officer_username     VARCHAR(60)   NULL,
    officer_name         VARCHAR(150)  NULL,
    archive_stored_name  VARCHAR(120)  NULL,
    archive_sha256       CHAR(64)      NULL,
    archive_size_bytes   BIGINT        NULL,
    scan_stored_name     VARCHAR(120)  NULL,
    scan_original_name   VARCHAR(255)  NULL,
    scan_media_type      VARCHAR(100)  NULL,
    scan_size_bytes      BIGINT        NULL,
    scan_sha256          CHAR(64)      NULL,
    scanned_at           DATETIME(3)   NULL,
    scanned_by           VARCHAR(60)   NULL,
    handed_to            VARCHAR(150)  NULL,
    handed_at            DATETIME(3)   NULL,
    handed_by            VARCHAR(60)   NULL,
    CONSTRAINT pk_helpdesk_form PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_form_version UNIQUE (consultation_id, version),
    CONSTRAINT fk_hdf_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- HD-12, REQ-10 (PermenPAN-RB 14/2017): one satisfaction survey per service event (a helpdesk consultation, later a
-- request or consultation), opened at the desk or by a link with an unguessable token; each element is stored by its
-- code and name (U1..U9), never by position, on the 1-4 scale, with a comment.
CREATE TABLE survey_response (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    office_id     BIGINT        NOT NULL,
    service       VARCHAR(20)   NOT NULL,
    service_id    BIGINT        NOT NULL,
    service_ref   VARCHAR(40)   NOT NULL,
    token         CHAR(43)      NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    link_sent_at  DATETIME(3)   NULL,
    answered_via  VARCHAR(8)    NULL,
    submitted_at  DATETIME(3)   NULL,
    comment       VARCHAR(2000) NULL,
    CONSTRAINT pk_survey_response PRIMARY KEY (id),
    CONSTRAINT uq_survey_service UNIQUE (service, service_id),
    CONSTRAINT uq_survey_token UNIQUE (token),
    CONSTRAINT fk_survey_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_survey_office_submitted ON survey_response (office_id, submitted_at);

CREATE TABLE survey_answer (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    response_id   BIGINT        NOT NULL,
    element_code  VARCHAR(4)    NOT NULL,
    element_name  VARCHAR(120)  NOT NULL,
    score         INT           NOT NULL,
    CONSTRAINT pk_survey_answer PRIMARY KEY (id),
    CONSTRAINT uq_survey_answer UNIQUE (response_id, element_code),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT ck_survey_answer_score CHECK (score BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
