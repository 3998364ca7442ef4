-- Issue 6 (HD-3): online meetings with a party's liaison: when, how long, the link, the invitation mailed to the
-- party; the recording and screenshots are uploaded to the consultation afterwards (helpdesk_attachment).
CREATE TABLE helpdesk_meeting (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id     BIGINT        NOT NULL,
    starts_at           DATETIME      NOT NULL,
    duration_minutes    INT           NOT NULL,
    link                VARCHAR(500)  NOT NULL,
    note                VARCHAR(1000) NULL,
    invited_address     VARCHAR(150)  NOT NULL,
    invitation_mail_id  BIGINT        NULL,
    created_at          DATETIME(3)   NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_helpdesk_meeting PRIMARY KEY (id),
    CONSTRAINT fk_hdmt_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id),
    CONSTRAINT fk_hdmt_mail FOREIGN KEY (invitation_mail_id) REFERENCES mail_outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdmt_consultation ON helpdesk_meeting (consultation_id, starts_at);
