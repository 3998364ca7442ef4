-- Issue 6 (HD-3): the helpdesk's e-mail channel. The office's helpdesk mailbox is read over IMAP (inbox and spam);
-- each new message becomes a consultation, a reply in its thread joins it; replies go out by SMTP from the mailbox's
-- address, threaded by Message-ID / In-Reply-To / References.

-- A queued mail may carry its own sender (the helpdesk mailbox) and thread headers.
ALTER TABLE mail_outbox
    ADD COLUMN from_address      VARCHAR(150)  NULL,
    ADD COLUMN message_id        VARCHAR(250)  NULL,
    ADD COLUMN in_reply_to       VARCHAR(250)  NULL,
    ADD COLUMN references_header VARCHAR(2000) NULL;

-- Every mail of a consultation's thread, in and out; a message is taken once per office (by its Message-ID, also when
-- it was moved from the spam folder to the inbox).
CREATE TABLE helpdesk_mail (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    office_id         BIGINT        NOT NULL,
    consultation_id   BIGINT        NOT NULL,
    direction         VARCHAR(3)    NOT NULL,
    message_id        VARCHAR(250)  NOT NULL,
    in_reply_to       VARCHAR(250)  NULL,
    references_header VARCHAR(2000) NULL,
    from_address      VARCHAR(150)  NOT NULL,
    to_address        VARCHAR(150)  NOT NULL,
    subject           VARCHAR(250)  NOT NULL,
    body              MEDIUMTEXT    NOT NULL,
    folder            VARCHAR(60)   NULL,
    occurred_at       DATETIME(3)   NOT NULL,
    outbox_id         BIGINT        NULL,
    CONSTRAINT pk_helpdesk_mail PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_mail_message UNIQUE (office_id, message_id),
    CONSTRAINT fk_hdm_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id),
    CONSTRAINT fk_hdm_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_hdm_outbox FOREIGN KEY (outbox_id) REFERENCES mail_outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdm_consultation ON helpdesk_mail (consultation_id, id);

-- Where the reading of each folder of an office's mailbox stands: the IMAP UIDVALIDITY and the last UID taken, when it
-- was read and the last error (shown to the team).
CREATE TABLE helpdesk_mail_folder (
    office_id       BIGINT        NOT NULL,
    folder          VARCHAR(60)   NOT NULL,
    uid_validity    BIGINT        NULL,
    last_uid        BIGINT        NOT NULL DEFAULT 0,
    last_polled_at  DATETIME(3)   NULL,
    last_error      VARCHAR(500)  NULL,
    CONSTRAINT pk_helpdesk_mail_folder PRIMARY KEY (office_id, folder),
    CONSTRAINT fk_hdmf_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files of a consultation (HD-3, HD-13): attachments of its mails (checked by content like every upload), and later
-- screenshots, photos and recordings; where it came from and who added it.
CREATE TABLE helpdesk_attachment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT        NOT NULL,
    mail_id          BIGINT        NULL,
    stored_name      VARCHAR(120)  NOT NULL,
    original_name    VARCHAR(255)  NOT NULL,
    media_type       VARCHAR(100)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    added_at         DATETIME(3)   NOT NULL,
    added_by         VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_helpdesk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_hda_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id),
    CONSTRAINT fk_hda_mail FOREIGN KEY (mail_id) REFERENCES helpdesk_mail (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hda_consultation ON helpdesk_attachment (consultation_id, id);
