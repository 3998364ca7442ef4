-- REQ-4, REQ-5, ORG-3: the processing workflow. A request has the official it is assigned to and, while incomplete,
-- the state it will return to; every disposition (written or oral) is kept, re-dispositions chained to the earlier one.
ALTER TABLE service_request ADD COLUMN assignee_id BIGINT NULL;
ALTER TABLE service_request ADD COLUMN resume_status VARCHAR(20) NULL;
ALTER TABLE service_request ADD CONSTRAINT fk_request_assignee FOREIGN KEY (assignee_id) REFERENCES staff_account (id);

CREATE TABLE disposition (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    request_id        BIGINT        NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    from_official_id  BIGINT        NOT NULL,
    to_official_id    BIGINT        NOT NULL,
    instructions      TEXT          NULL,
    priority          VARCHAR(12)   NOT NULL,
    due_by            DATE          NULL,
    given_at          DATETIME      NOT NULL,
    recorded_by       VARCHAR(60)   NOT NULL,
    previous_id       BIGINT        NULL,
    CONSTRAINT pk_disposition PRIMARY KEY (id),
    CONSTRAINT fk_disposition_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_disposition_from FOREIGN KEY (from_official_id) REFERENCES staff_account (id),
    CONSTRAINT fk_disposition_to FOREIGN KEY (to_official_id) REFERENCES staff_account (id),
    CONSTRAINT fk_disposition_previous FOREIGN KEY (previous_id) REFERENCES disposition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_disposition_request ON disposition (request_id, id);
