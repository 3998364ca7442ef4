-- LAW-4, UU 14/2008 Pasal 9–11, 17, 20 (issue 7): the office's list of public information (Daftar Informasi Publik,
-- DIP) in four categories — periodic (berkala), immediate (serta-merta), available at any time (setiap saat) and
-- excepted (dikecualikan) — with summary, responsible official, format, retention and the document or link; an
-- excepted entry names its Pasal 17 category and consequence test, and, for the temporary categories (Pasal 20 ayat
-- (1): huruf a–f), until when the exception holds. Searched in Indonesian like the FAQ (stemmed words, FULLTEXT).
CREATE TABLE dip_entry (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    office_id             BIGINT         NOT NULL,
    category              VARCHAR(16)    NOT NULL,
    title                 VARCHAR(300)   NOT NULL,
    summary               TEXT           NOT NULL,
    responsible           VARCHAR(200)   NOT NULL,
    format                VARCHAR(100)   NOT NULL,
    retention             VARCHAR(100)   NOT NULL,
    link                  VARCHAR(500)   NULL,
    file_stored_name      VARCHAR(120)   NULL,
    file_original_name    VARCHAR(255)   NULL,
    file_media_type       VARCHAR(100)   NULL,
    file_size_bytes       BIGINT         NULL,
    file_sha256           CHAR(64)       NULL,
    exception_code        CHAR(1)        NULL,
    consequence_test      TEXT           NULL,
    excepted_until        DATE           NULL,
    published             TINYINT(1)     NOT NULL DEFAULT 1,
    search_text           TEXT           NOT NULL,
    updated_by            VARCHAR(60)    NOT NULL,
    updated_at            DATETIME       NOT NULL,
    version               INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_dip_entry PRIMARY KEY (id),
    CONSTRAINT fk_dip_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_dip_exception FOREIGN KEY (exception_code) REFERENCES exception_category (code),
    CONSTRAINT ck_dip_category CHECK (category IN ('PERIODIC', 'IMMEDIATE', 'ANY_TIME', 'EXCEPTED')),
    CONSTRAINT ck_dip_excepted CHECK (category <> 'EXCEPTED' OR (exception_code IS NOT NULL AND consequence_test IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dip_office ON dip_entry (office_id, category, published);
CREATE FULLTEXT INDEX ft_dip_search ON dip_entry (search_text);
