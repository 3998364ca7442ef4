-- Issue 6 (HD-3, HD-6, HD-8): the SIPOL helpdesk's consultations, their thread and their escalation across offices.

-- The political parties that consult the helpdesk: the national list of the 2024 election (KPU decree 518/2022 and
-- 552/2022, ballot numbers), kept as reference data; a party-to-be not on the list is typed on the consultation.
CREATE TABLE political_party (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(20)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    ballot_number  INT           NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_political_party PRIMARY KEY (id),
    CONSTRAINT uq_political_party_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO political_party (code, name, ballot_number) VALUES
('PKB', 'Partai Kebangkitan Bangsa', 1),
('GERINDRA', 'Partai Gerakan Indonesia Raya', 2),
('PDIP', 'Partai Demokrasi Indonesia Perjuangan', 3),
('GOLKAR', 'Partai Golongan Karya', 4),
('NASDEM', 'Partai NasDem', 5),
('BURUH', 'Partai Buruh', 6),
('GELORA', 'Partai Gelombang Rakyat Indonesia', 7),
('PKS', 'Partai Keadilan Sejahtera', 8),
('PKN', 'Partai Kebangkitan Nusantara', 9),
('HANURA', 'Partai Hati Nurani Rakyat', 10),
('GARUDA', 'Partai Garda Republik Indonesia', 11),
('PAN', 'Partai Amanat Nasional', 12),
('PBB', 'Partai Bulan Bintang', 13),
('DEMOKRAT', 'Partai Demokrat', 14),
('PSI', 'Partai Solidaritas Indonesia', 15),
('PERINDO', 'Partai Persatuan Indonesia', 16),
('PPP', 'Partai Persatuan Pembangunan', 17),
('UMMAT', 'Partai Ummat', 24);

-- A consultation (HD-6): who asked (the party's representative; phone and e-mail are personal data, never on public
-- pages or in logs), on which channel, the problem as noted and read back, the answer with its references, whether it
-- was understood. holder_office_id is the office that must act next (the origin, or the level it was escalated to).
CREATE TABLE helpdesk_consultation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    office_id           BIGINT        NOT NULL,
    number              VARCHAR(30)   NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    party_id            BIGINT        NULL,
    party_other         VARCHAR(200)  NULL,
    representative      VARCHAR(150)  NOT NULL,
    phone               VARCHAR(20)   NULL,
    email               VARCHAR(150)  NULL,
    topic               VARCHAR(20)   NOT NULL,
    problem             TEXT          NOT NULL,
    problem_confirmed_at DATETIME     NULL,
    answer              TEXT          NULL,
    answer_references   VARCHAR(1000) NULL,
    answered_at         DATETIME      NULL,
    answered_by         VARCHAR(60)   NULL,
    sipol_it            BOOLEAN       NOT NULL DEFAULT FALSE,
    understood          BOOLEAN       NULL,
    repeat_count        INT           NOT NULL DEFAULT 0,
    received_at         DATETIME      NOT NULL,
    received_by         VARCHAR(60)   NOT NULL,
    guest_entry_id      BIGINT        NULL,
    ticket_id           BIGINT        NULL,
    holder_office_id    BIGINT        NOT NULL,
    escalation_level    INT           NOT NULL DEFAULT 0,
    closed_at           DATETIME      NULL,
    search_text         VARCHAR(700)  NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_helpdesk_consultation PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_consultation_number UNIQUE (number),
    CONSTRAINT fk_hdc_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_hdc_holder FOREIGN KEY (holder_office_id) REFERENCES office (id),
    CONSTRAINT fk_hdc_party FOREIGN KEY (party_id) REFERENCES political_party (id),
    CONSTRAINT fk_hdc_guest FOREIGN KEY (guest_entry_id) REFERENCES guest_entry (id),
    CONSTRAINT fk_hdc_ticket FOREIGN KEY (ticket_id) REFERENCES queue_ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdc_office_received ON helpdesk_consultation (office_id, received_at);
CREATE INDEX ix_hdc_office_status ON helpdesk_consultation (office_id, status);

-- The thread: every step of a consultation, in order, with the office and person who took it (the audit of its
-- state changes, and what each level of an escalation wrote).
CREATE TABLE helpdesk_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT        NOT NULL,
    office_id        BIGINT        NOT NULL,
    occurred_at      DATETIME(3)   NOT NULL,
    actor            VARCHAR(60)   NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    status_after     VARCHAR(24)   NULL,
    body             TEXT          NULL,
    CONSTRAINT pk_helpdesk_entry PRIMARY KEY (id),
    CONSTRAINT fk_hde_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id),
    CONSTRAINT fk_hde_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hde_consultation ON helpdesk_entry (consultation_id, id);

-- HD-8: each level a consultation was escalated to (1 = the origin office's Commissioner, then the helpdesk of each
-- office above it up to the national one), with the question as passed on and the answer or the passing on.
CREATE TABLE helpdesk_escalation (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT        NOT NULL,
    level            INT           NOT NULL,
    office_id        BIGINT        NOT NULL,
    commissioner     BOOLEAN       NOT NULL,
    question         TEXT          NOT NULL,
    escalated_at     DATETIME(3)   NOT NULL,
    escalated_by     VARCHAR(60)   NOT NULL,
    outcome          VARCHAR(12)   NULL,
    answer           TEXT          NULL,
    closed_at        DATETIME(3)   NULL,
    closed_by        VARCHAR(60)   NULL,
    CONSTRAINT pk_helpdesk_escalation PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_escalation_level UNIQUE (consultation_id, level),
    CONSTRAINT fk_hdx_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id),
    CONSTRAINT fk_hdx_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hdx_office_open ON helpdesk_escalation (office_id, outcome);
