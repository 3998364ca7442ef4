-- REQ-4 steps 11 and 13, REQ-5: the expedition book (buku ekspedisi): every hand-over of a reply letter and/or data to
-- the applicant — what, to whom, how, when, by whom, the recipient's signature for a collection — numbered per office
-- and year. Mail sent with files of the portal attached (a reply letter and its data).
CREATE TABLE hand_over (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    office_id          BIGINT         NOT NULL,
    request_id         BIGINT         NOT NULL,
    book_year          INT            NOT NULL,
    book_seq           INT            NOT NULL,
    content            VARCHAR(20)    NOT NULL,
    letter_id          BIGINT         NULL,
    description        VARCHAR(1000)  NOT NULL,
    method             VARCHAR(12)    NOT NULL,
    recipient_name     VARCHAR(150)   NOT NULL,
    recipient_contact  VARCHAR(400)   NULL,
    note               VARCHAR(500)   NULL,
    handed_at          DATETIME       NOT NULL,
    handed_by          VARCHAR(60)    NOT NULL,
    stored_name        VARCHAR(120)   NULL,
    original_name      VARCHAR(255)   NULL,
    media_type         VARCHAR(100)   NULL,
    size_bytes         BIGINT         NULL,
    sha256             CHAR(64)       NULL,
    mail_id            BIGINT         NULL,
    CONSTRAINT pk_hand_over PRIMARY KEY (id),
    CONSTRAINT uq_hand_over_book UNIQUE (office_id, book_year, book_seq),
    CONSTRAINT fk_hand_over_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_hand_over_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_hand_over_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hand_over_office_date ON hand_over (office_id, handed_at);
CREATE INDEX ix_hand_over_request ON hand_over (request_id);

CREATE TABLE mail_attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    mail_id      BIGINT        NOT NULL,
    position     INT           NOT NULL,
    stored_name  VARCHAR(120)  NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_mail_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_mail ON mail_attachment (mail_id, position);
