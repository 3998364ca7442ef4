-- Issue 6 (HD-9, seed 000 C.3): after hours, parties whose question was not answered on the spot or whose answer
-- must be corrected are called back: the callback with its reason, due time and assignee, and each call's outcome.
CREATE TABLE helpdesk_callback (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    office_id        BIGINT        NOT NULL,
    consultation_id  BIGINT        NOT NULL,
    reason           VARCHAR(20)   NOT NULL,
    note             VARCHAR(1000) NULL,
    due_at           DATETIME      NOT NULL,
    assignee         VARCHAR(60)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    done_at          DATETIME(3)   NULL,
    CONSTRAINT pk_helpdesk_callback PRIMARY KEY (id),
    CONSTRAINT fk_hdcb_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_hdcb_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdcb_office_open ON helpdesk_callback (office_id, done_at, due_at);

CREATE TABLE helpdesk_callback_call (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    callback_id  BIGINT        NOT NULL,
    called_at    DATETIME(3)   NOT NULL,
    called_by    VARCHAR(60)   NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    note         VARCHAR(1000) NULL,
    CONSTRAINT pk_helpdesk_callback_call PRIMARY KEY (id),
    CONSTRAINT fk_hdcc_callback FOREIGN KEY (callback_id) REFERENCES helpdesk_callback (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdcc_callback ON helpdesk_callback_call (callback_id, id);
