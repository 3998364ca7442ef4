-- Outgoing mail is queued in the same transaction as the record it is about and sent afterwards with retries,
-- so a mail failure never loses a request; failures stay visible to staff.
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    office_id        BIGINT        NULL,
    request_id       BIGINT        NULL,
    recipient        VARCHAR(150)  NOT NULL,
    subject          VARCHAR(250)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME      NOT NULL,
    next_attempt_at  DATETIME      NOT NULL,
    sent_at          DATETIME      NULL,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT fk_mail_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_mail_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mail_due ON mail_outbox (status, next_attempt_at);
