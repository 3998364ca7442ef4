-- REQ-4, REQ-6, LAW-1, LAW-2: what the assigned official found (identification, whether the office holds the
-- information and, if not, who does; notes of the consultation with the division), the requested items each
-- classified (Pasal 17 category, consequence test, legal basis, blacked-out parts), the decision, and the one extension.
CREATE TABLE request_analysis (
    request_id            BIGINT        NOT NULL,
    identification        TEXT          NULL,
    information_held      TINYINT(1)    NULL,
    holder_body           VARCHAR(300)  NULL,
    division_notes        TEXT          NULL,
    updated_by            VARCHAR(60)   NULL,
    updated_at            DATETIME      NULL,
    outcome               VARCHAR(20)   NULL,
    decision_note         TEXT          NULL,
    decided_by            VARCHAR(60)   NULL,
    decided_at            DATETIME      NULL,
    extension_reason      TEXT          NULL,
    due_before_extension  DATETIME      NULL,
    extended_by           VARCHAR(60)   NULL,
    extended_at           DATETIME      NULL,
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_request_analysis PRIMARY KEY (request_id),
    CONSTRAINT fk_analysis_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE requested_item (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    request_id        BIGINT         NOT NULL,
    position          INT            NOT NULL,
    description       VARCHAR(1000)  NOT NULL,
    classification    VARCHAR(20)    NULL,
    category_code     CHAR(1)        NULL,
    harm              TEXT           NULL,
    public_interest   TEXT           NULL,
    legal_basis       VARCHAR(500)   NULL,
    redaction         TEXT           NULL,
    classified_by     VARCHAR(60)    NULL,
    classified_at     DATETIME       NULL,
    CONSTRAINT pk_requested_item PRIMARY KEY (id),
    CONSTRAINT uq_requested_item_position UNIQUE (request_id, position),
    CONSTRAINT fk_item_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_item_category FOREIGN KEY (category_code) REFERENCES exception_category (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
