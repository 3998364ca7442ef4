-- HD-5 queue (seed 002): service desks per office, the services each desk serves, and the day's tickets.
-- Ticket numbers come from office_counter (series QUEUE-A/B/C, period = office-local day yyyyMMdd); the series
-- QUEUE of the same day is the office's queue lock (and numbers the calls, for the calling display).
CREATE TABLE queue_desk (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    office_id       BIGINT       NOT NULL,
    name            VARCHAR(40)  NOT NULL,
    sort_order      INT          NOT NULL DEFAULT 0,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    staff_username  VARCHAR(60)  NULL,
    staffed_since   DATETIME     NULL,
    CONSTRAINT pk_queue_desk PRIMARY KEY (id),
    CONSTRAINT uq_queue_desk_name UNIQUE (office_id, name),
    CONSTRAINT fk_queue_desk_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE queue_desk_service (
    desk_id  BIGINT       NOT NULL,
    service  VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_queue_desk_service PRIMARY KEY (desk_id, service),
    CONSTRAINT fk_queue_desk_service_desk FOREIGN KEY (desk_id) REFERENCES queue_desk (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- guest_entry_id has no foreign key on purpose: the guest book table is built elsewhere.
CREATE TABLE queue_ticket (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    office_id           BIGINT       NOT NULL,
    service             VARCHAR(20)  NOT NULL,
    current_service     VARCHAR(20)  NOT NULL,
    service_day         DATE         NOT NULL,
    sequence            INT          NOT NULL,
    number              VARCHAR(12)  NOT NULL,
    priority            VARCHAR(20)  NOT NULL,
    priority_class      INT          NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    desk_id             BIGINT       NULL,
    call_count          INT          NOT NULL DEFAULT 0,
    last_call_seq       INT          NULL,
    transfer_count      INT          NOT NULL DEFAULT 0,
    issued_at           DATETIME     NOT NULL,
    first_called_at     DATETIME     NULL,
    last_called_at      DATETIME     NULL,
    service_started_at  DATETIME     NULL,
    service_ended_at    DATETIME     NULL,
    issued_by           VARCHAR(60)  NOT NULL,
    served_by           VARCHAR(60)  NULL,
    guest_entry_id      BIGINT       NULL,
    request_id          BIGINT       NULL,
    CONSTRAINT pk_queue_ticket PRIMARY KEY (id),
    CONSTRAINT uq_queue_ticket_number UNIQUE (office_id, service, service_day, sequence),
    CONSTRAINT fk_queue_ticket_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_queue_ticket_desk FOREIGN KEY (desk_id) REFERENCES queue_desk (id),
    CONSTRAINT fk_queue_ticket_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_queue_ticket_waiting ON queue_ticket (office_id, service_day, status, current_service, priority_class, id);
CREATE INDEX ix_queue_ticket_desk ON queue_ticket (office_id, service_day, desk_id, status);
CREATE INDEX ix_queue_ticket_calls ON queue_ticket (office_id, service_day, last_call_seq);
