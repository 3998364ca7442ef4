-- REQ-1, REQ-4, CON-1: the incoming-letter register (surat masuk) with its agenda numbers, the letter's files, and
-- requests received by telephone or social media (seed 003 KEDUA.2).
CREATE TABLE incoming_letter (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    office_id       BIGINT        NOT NULL,
    agenda_year     INT           NOT NULL,
    agenda_seq      INT           NOT NULL,
    agenda_number   VARCHAR(40)   NOT NULL,
    letter_number   VARCHAR(100)  NULL,
    letter_date     DATE          NULL,
    sender          VARCHAR(200)  NOT NULL,
    sender_contact  VARCHAR(150)  NULL,
    subject         VARCHAR(500)  NOT NULL,
    addressed_to    VARCHAR(200)  NOT NULL,
    received_at     DATETIME      NOT NULL,
    channel         VARCHAR(12)   NOT NULL,
    letter_type     VARCHAR(24)   NOT NULL,
    request_id      BIGINT        NULL,
    registered_by   VARCHAR(60)   NOT NULL,
    registered_at   DATETIME      NOT NULL,
    search_text     VARCHAR(900)  NOT NULL,
    CONSTRAINT pk_incoming_letter PRIMARY KEY (id),
    CONSTRAINT uq_letter_agenda UNIQUE (office_id, agenda_year, agenda_seq),
    CONSTRAINT uq_letter_agenda_number UNIQUE (agenda_number),
    CONSTRAINT fk_letter_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_letter_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_letter_office_received ON incoming_letter (office_id, received_at);

CREATE TABLE letter_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    letter_id      BIGINT        NOT NULL,
    file_kind      VARCHAR(20)   NOT NULL,
    stored_name    VARCHAR(120)  NOT NULL,
    original_name  VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    created_at     DATETIME      NOT NULL,
    CONSTRAINT pk_letter_file PRIMARY KEY (id),
    CONSTRAINT fk_letter_file_letter FOREIGN KEY (letter_id) REFERENCES incoming_letter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contact_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    office_id     BIGINT        NOT NULL,
    occurred_at   DATETIME      NOT NULL,
    channel       VARCHAR(16)   NOT NULL,
    contact       VARCHAR(150)  NOT NULL,
    name          VARCHAR(150)  NOT NULL,
    question      TEXT          NOT NULL,
    answer        TEXT          NULL,
    logged_by     VARCHAR(60)   NOT NULL,
    request_id    BIGINT        NULL,
    search_text   VARCHAR(700)  NOT NULL,
    CONSTRAINT pk_contact_log PRIMARY KEY (id),
    CONSTRAINT fk_contact_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_contact_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_contact_office_time ON contact_log (office_id, occurred_at);
