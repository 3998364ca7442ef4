-- REQ-1/2/7, CON-1/2: applicants and their information or consultation requests, with files and status history.
CREATE TABLE applicant (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    applicant_type    VARCHAR(20)  NOT NULL,
    name              VARCHAR(150) NOT NULL,
    institution_name  VARCHAR(200) NULL,
    id_type           VARCHAR(16)  NOT NULL,
    id_number         VARCHAR(32)  NOT NULL,
    address           VARCHAR(400) NOT NULL,
    occupation        VARCHAR(100) NULL,
    phone             VARCHAR(20)  NOT NULL,
    email             VARCHAR(150) NULL,
    created_at        DATETIME     NOT NULL,
    CONSTRAINT pk_applicant PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One counter row per office and year; locked FOR UPDATE inside the submitting transaction, so numbers have no gaps.
CREATE TABLE registration_counter (
    office_id   BIGINT NOT NULL,
    reg_year    INT    NOT NULL,
    last_value  INT    NOT NULL,
    CONSTRAINT pk_registration_counter PRIMARY KEY (office_id, reg_year),
    CONSTRAINT fk_counter_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    office_id            BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    registration_number  VARCHAR(40)   NOT NULL,
    reg_year             INT           NOT NULL,
    reg_seq              INT           NOT NULL,
    tracking_code_hash   CHAR(64)      NOT NULL,
    submission_key       VARCHAR(64)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    applicant_id         BIGINT        NOT NULL,
    subject              TEXT          NOT NULL,
    purpose              TEXT          NOT NULL,
    obtain_method        VARCHAR(20)   NULL,
    delivery_method      VARCHAR(20)   NOT NULL,
    information_source   VARCHAR(300)  NOT NULL,
    consent_at           DATETIME      NOT NULL,
    received_at          DATETIME      NOT NULL,
    due_at               DATETIME      NOT NULL,
    search_text          VARCHAR(700)  NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_service_request PRIMARY KEY (id),
    CONSTRAINT uq_request_number UNIQUE (registration_number),
    CONSTRAINT uq_request_seq UNIQUE (office_id, reg_year, reg_seq),
    CONSTRAINT uq_request_submission UNIQUE (submission_key),
    CONSTRAINT fk_request_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_request_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The worklist: one office, optional status filter, sorted by due or received date.
CREATE INDEX ix_request_office_status_due ON service_request (office_id, status, due_at);
CREATE INDEX ix_request_office_due ON service_request (office_id, due_at);
CREATE INDEX ix_request_office_received ON service_request (office_id, received_at);

CREATE TABLE request_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    request_id     BIGINT        NOT NULL,
    file_kind      VARCHAR(20)   NOT NULL,
    stored_name    VARCHAR(120)  NOT NULL,
    original_name  VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    created_at     DATETIME      NOT NULL,
    CONSTRAINT pk_request_file PRIMARY KEY (id),
    CONSTRAINT fk_file_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every state change and every sensitive read (e.g. an ID scan viewed) of a request: who, when, what.
CREATE TABLE request_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    request_id   BIGINT        NOT NULL,
    occurred_at  DATETIME      NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(20)   NULL,
    to_status    VARCHAR(20)   NULL,
    note         VARCHAR(500)  NULL,
    CONSTRAINT pk_request_event PRIMARY KEY (id),
    CONSTRAINT fk_event_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_event_request ON request_event (request_id, id);
