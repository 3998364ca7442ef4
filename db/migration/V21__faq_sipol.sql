-- Issue 6 (HD-6): the FAQ SIPOL knowledge base. Entries are published by the national or a provincial office and seen
-- by the offices below it; each change makes a new version (the earlier ones are kept with their date); officers link
-- the entries they answer with, and the FAQ counts how often each was used. search_text holds the entry's words as
-- Lucene's Indonesian analyzer stems them; FULLTEXT ranks a stemmed query against it.
CREATE TABLE faq_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    office_id          BIGINT        NOT NULL,
    category           VARCHAR(20)   NOT NULL,
    question           VARCHAR(1000) NOT NULL,
    answer             TEXT          NOT NULL,
    source_regulation  VARCHAR(500)  NULL,
    version            INT           NOT NULL,
    version_date       DATE          NOT NULL,
    published          BOOLEAN       NOT NULL,
    use_count          INT           NOT NULL DEFAULT 0,
    search_text        TEXT          NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    updated_by         VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_faq_entry PRIMARY KEY (id),
    CONSTRAINT fk_faq_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_faq_office ON faq_entry (office_id, published);
CREATE FULLTEXT INDEX ft_faq_search ON faq_entry (search_text);

CREATE TABLE faq_entry_version (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    entry_id           BIGINT        NOT NULL,
    version            INT           NOT NULL,
    question           VARCHAR(1000) NOT NULL,
    answer             TEXT          NOT NULL,
    source_regulation  VARCHAR(500)  NULL,
    version_date       DATE          NOT NULL,
    changed_at         DATETIME(3)   NOT NULL,
    changed_by         VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_faq_entry_version PRIMARY KEY (id),
    CONSTRAINT uq_faq_entry_version UNIQUE (entry_id, version),
    CONSTRAINT fk_faqv_entry FOREIGN KEY (entry_id) REFERENCES faq_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The FAQ entries an answer was given with.
CREATE TABLE helpdesk_consultation_faq (
    consultation_id  BIGINT       NOT NULL,
    faq_id           BIGINT       NOT NULL,
    faq_version      INT          NOT NULL,
    linked_at        DATETIME(3)  NOT NULL,
    linked_by        VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_helpdesk_consultation_faq PRIMARY KEY (consultation_id, faq_id),
    CONSTRAINT fk_hcf_consultation FOREIGN KEY (consultation_id) REFERENCES helpdesk_consultation (id),
    CONSTRAINT fk_hcf_faq FOREIGN KEY (faq_id) REFERENCES faq_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
