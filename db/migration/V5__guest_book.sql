-- REQ-3, CON-3, CON-5, HD-4, HD-16: the security desk's guest book and the office's pool of visitor cards.
CREATE TABLE visitor_card (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    office_id         BIGINT       NOT NULL,
    card_number       VARCHAR(20)  NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    current_entry_id  BIGINT       NULL,
    created_at        DATETIME     NOT NULL,
    CONSTRAINT pk_visitor_card PRIMARY KEY (id),
    CONSTRAINT uq_visitor_card_number UNIQUE (office_id, card_number),
    -- a card is with at most one visit at a time, and a visit has at most one card
    CONSTRAINT uq_visitor_card_entry UNIQUE (current_entry_id),
    CONSTRAINT fk_visitor_card_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guest_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    office_id         BIGINT        NOT NULL,
    arrived_at        DATETIME      NOT NULL,
    name              VARCHAR(150)  NOT NULL,
    institution       VARCHAR(200)  NULL,
    phone             VARCHAR(20)   NULL,
    email             VARCHAR(150)  NULL,
    purpose           VARCHAR(20)   NOT NULL,
    purpose_note      VARCHAR(500)  NULL,
    visiting          VARCHAR(150)  NOT NULL,
    id_type           VARCHAR(16)   NOT NULL,
    id_number         VARCHAR(32)   NOT NULL,
    id_held           BOOLEAN       NOT NULL,
    visitor_card_id   BIGINT        NULL,
    card_number       VARCHAR(20)   NULL,
    signature_png     MEDIUMBLOB    NOT NULL,
    registered_by     VARCHAR(60)   NOT NULL,
    left_at           DATETIME      NULL,
    closed_by         VARCHAR(60)   NULL,
    id_returned_at    DATETIME      NULL,
    id_returned_by    VARCHAR(60)   NULL,
    request_id        BIGINT        NULL,
    search_text       VARCHAR(700)  NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_guest_entry PRIMARY KEY (id),
    CONSTRAINT fk_guest_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_guest_card FOREIGN KEY (visitor_card_id) REFERENCES visitor_card (id),
    CONSTRAINT fk_guest_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_guest_office_arrived ON guest_entry (office_id, arrived_at);
CREATE INDEX ix_guest_office_open ON guest_entry (office_id, left_at);

ALTER TABLE visitor_card ADD CONSTRAINT fk_visitor_card_entry FOREIGN KEY (current_entry_id) REFERENCES guest_entry (id);

-- REQ-3, REQ-5: how the desk checked the applicant's ID, who registered the request, and a walk-in taken straight to
-- the Chair or Secretary (whose oral disposition follows).
ALTER TABLE service_request ADD COLUMN id_check VARCHAR(10) NOT NULL DEFAULT 'SCANNED';
ALTER TABLE service_request ADD COLUMN registered_by VARCHAR(60) NULL;
ALTER TABLE service_request ADD COLUMN audience_official_id BIGINT NULL;
ALTER TABLE service_request ADD COLUMN audience_confirmed_at DATETIME NULL;
ALTER TABLE service_request ADD CONSTRAINT fk_request_audience FOREIGN KEY (audience_official_id) REFERENCES staff_account (id);
