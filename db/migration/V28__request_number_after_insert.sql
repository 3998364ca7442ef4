-- Issue 8 (P1): a new request's rows are written before its office's counter is locked, and the number is set just
-- before the commit, so the lock (held until the commit) covers one update instead of every insert of the submission.
-- The number is therefore empty inside the registering transaction only; no committed request is without one
-- (the number and its sequence are set in the same transaction, and the unique keys allow the empty value).
ALTER TABLE service_request
    MODIFY registration_number VARCHAR(40) NULL,
    MODIFY reg_seq             INT         NULL;
