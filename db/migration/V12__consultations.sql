-- CON-1 … CON-4: consultation sessions of a consultation request. A request may have several over time (a
-- cancelled or rescheduled session is kept, never deleted). The consulted official is a Commissioner, the Chair or
-- the Secretary of the request's office; division staff accompany (CON-4: at least two officers). When the
-- official is absent the session may be delegated to a structural official, only after the official (or the Chair)
-- approves (CON-3). The result is recorded once, which marks the session HELD.
CREATE TABLE consultation_session (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    request_id                BIGINT        NOT NULL,
    office_id                 BIGINT        NOT NULL,
    official_id               BIGINT        NOT NULL,
    starts_at                 DATETIME      NOT NULL,
    ends_at                   DATETIME      NOT NULL,
    place                     VARCHAR(300)  NULL,
    online_link               VARCHAR(500)  NULL,
    status                    VARCHAR(12)   NOT NULL,
    scheduled_by_id           BIGINT        NOT NULL,
    scheduled_at              DATETIME      NOT NULL,
    cancelled_by_id           BIGINT        NULL,
    cancelled_at              DATETIME      NULL,
    cancel_reason             VARCHAR(500)  NULL,
    delegate_id               BIGINT        NULL,
    delegation_reason         VARCHAR(500)  NULL,
    delegation_requested_by_id BIGINT       NULL,
    delegation_requested_at   DATETIME      NULL,
    delegation_status         VARCHAR(10)   NULL,
    delegation_decided_by_id  BIGINT        NULL,
    delegation_decided_at     DATETIME      NULL,
    delegation_note           VARCHAR(500)  NULL,
    result                    TEXT          NULL,
    result_recorded_by_id     BIGINT        NULL,
    result_recorded_at        DATETIME      NULL,
    version                   INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_consultation_session PRIMARY KEY (id),
    CONSTRAINT fk_consultation_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_consultation_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_consultation_official FOREIGN KEY (official_id) REFERENCES staff_account (id),
    CONSTRAINT fk_consultation_scheduled_by FOREIGN KEY (scheduled_by_id) REFERENCES staff_account (id),
    CONSTRAINT fk_consultation_cancelled_by FOREIGN KEY (cancelled_by_id) REFERENCES staff_account (id),
    CONSTRAINT fk_consultation_delegate FOREIGN KEY (delegate_id) REFERENCES staff_account (id),
    CONSTRAINT fk_consultation_deleg_req_by FOREIGN KEY (delegation_requested_by_id) REFERENCES staff_account (id),
    CONSTRAINT fk_consultation_deleg_dec_by FOREIGN KEY (delegation_decided_by_id) REFERENCES staff_account (id),
    CONSTRAINT fk_consultation_result_by FOREIGN KEY (result_recorded_by_id) REFERENCES staff_account (id),
    CONSTRAINT ck_consultation_where CHECK (place IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT ck_consultation_slot CHECK (ends_at > starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_consultation_request ON consultation_session (request_id, id);
-- the double-booking check: an official's scheduled sessions around a slot
CREATE INDEX ix_consultation_official_slot ON consultation_session (official_id, status, starts_at);
-- the office's consultation list (upcoming / past)
CREATE INDEX ix_consultation_office_slot ON consultation_session (office_id, starts_at);

-- CON-4: the division staff accompanying the consulted official.
CREATE TABLE consultation_companion (
    session_id  BIGINT  NOT NULL,
    staff_id    BIGINT  NOT NULL,
    CONSTRAINT pk_consultation_companion PRIMARY KEY (session_id, staff_id),
    CONSTRAINT fk_companion_session FOREIGN KEY (session_id) REFERENCES consultation_session (id),
    CONSTRAINT fk_companion_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_companion_staff ON consultation_companion (staff_id);
