-- LAW-3, LAW-4 (issue 7): objections (keberatan, UU 14/2008 Pasal 35–39) against the handling of a request — the
-- grounds, the 30-working-day window they were filed in, the superior's answer within 30 working days, the dispute at
-- the Information Commission — each row a line of the objection register; and the template of the superior's answer.
CREATE TABLE objection (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    office_id             BIGINT         NOT NULL,
    request_id            BIGINT         NOT NULL,
    number                VARCHAR(40)    NOT NULL,
    obj_year              INT            NOT NULL,
    obj_seq               INT            NOT NULL,
    channel               VARCHAR(16)    NOT NULL,
    grounds               VARCHAR(20)    NOT NULL,
    statement             TEXT           NOT NULL,
    file_stored_name      VARCHAR(120)   NULL,
    file_original_name    VARCHAR(255)   NULL,
    file_media_type       VARCHAR(100)   NULL,
    file_size_bytes       BIGINT         NULL,
    file_sha256           CHAR(64)       NULL,
    reason_kind           VARCHAR(12)    NOT NULL,
    reason_at             DATETIME       NOT NULL,
    window_closes_at      DATETIME       NOT NULL,
    filed_at              DATETIME       NOT NULL,
    filed_by              VARCHAR(60)    NOT NULL,
    decision_due_at       DATETIME       NOT NULL,
    decision              VARCHAR(24)    NULL,
    decision_reason       TEXT           NULL,
    decided_by            VARCHAR(60)    NULL,
    decider_name          VARCHAR(300)   NULL,
    decided_at            DATETIME       NULL,
    commission_until      DATE           NULL,
    dispute_filed_on      DATE           NULL,
    dispute_number        VARCHAR(100)   NULL,
    dispute_outcome       VARCHAR(20)    NULL,
    dispute_decided_on    DATE           NULL,
    dispute_note          VARCHAR(1000)  NULL,
    dispute_recorded_by   VARCHAR(60)    NULL,
    version               INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_objection PRIMARY KEY (id),
    CONSTRAINT uq_objection_number UNIQUE (number),
    CONSTRAINT uq_objection_seq UNIQUE (office_id, obj_year, obj_seq),
    CONSTRAINT fk_objection_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_objection_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_objection_decision CHECK (decision IS NULL OR decision IN ('UPHELD', 'DISCLOSURE_ORDERED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_objection_register ON objection (office_id, filed_at);
CREATE INDEX ix_objection_request ON objection (request_id, id);

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'OBJECTION_DECISION', 'id', 'Tanggapan Atasan PPID atas Keberatan Nomor {{objectionNumber}}',
'Dengan hormat,

Menindaklanjuti keberatan Saudara yang kami terima pada {{objectionDate}} atas permohonan informasi publik Nomor Registrasi {{registrationNumber}}, Atasan Pejabat Pengelola Informasi dan Dokumentasi (PPID) {{officeName}} memberikan tanggapan tertulis sebagaimana dimaksud dalam Pasal 36 ayat (2) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, sebagai berikut:

Nomor Keberatan :: {{objectionNumber}}
Nomor Registrasi Permohonan :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Alamat Pemohon :: {{applicantAddress}}
Informasi yang Diminta :: {{subject}}

# Alasan Keberatan
| Pasal 35 ayat (1) | Alasan Keberatan |
{{#grounds}}
| huruf {{letter}} | {{text}} |
{{/grounds}}

# Tanggapan Atasan PPID
{{decision}}

{{decisionReason}}

{{#disclosureOrdered}}
PPID {{officeName}} diperintahkan untuk memberikan informasi yang Saudara minta sesuai dengan tanggapan ini.

{{/disclosureOrdered}}
# Hak Mengajukan Sengketa Informasi
Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada Komisi Informasi paling lambat 14 (empat belas) hari kerja sejak diterimanya tanggapan ini{{#commissionDeadline}}, yaitu sampai dengan {{commissionDeadline}}{{/commissionDeadline}}, sebagaimana diatur dalam Pasal 37 ayat (2) Undang-Undang Nomor 14 Tahun 2008.

Demikian tanggapan ini kami sampaikan untuk dipergunakan sebagaimana mestinya.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'OBJECTION_DECISION', 'en', 'Answer of the PPID''s Superior to Objection Number {{objectionNumber}}',
'Dear Sir or Madam,

Further to your objection received on {{objectionDate}} concerning the public information request Registration Number {{registrationNumber}}, the superior of the Information and Documentation Management Officer (PPID) of the {{officeName}} gives the written answer referred to in Article 36 paragraph (2) of Law Number 14 of 2008 on Public Information Disclosure, as follows:

Objection Number :: {{objectionNumber}}
Request Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Applicant''s Address :: {{applicantAddress}}
Information Requested :: {{subject}}

# Grounds of the Objection
| Article 35(1) | Ground |
{{#grounds}}
| letter {{letter}} | {{text}} |
{{/grounds}}

# Answer of the PPID''s Superior
{{decision}}

{{decisionReason}}

{{#disclosureOrdered}}
The PPID of the {{officeName}} is ordered to provide the information you requested in accordance with this answer.

{{/disclosureOrdered}}
# Right to Bring an Information Dispute
If you are not satisfied with this answer, you may ask the Information Commission to settle the public information dispute within 14 (fourteen) working days of receiving this answer{{#commissionDeadline}}, that is by {{commissionDeadline}}{{/commissionDeadline}}, as provided in Article 37 paragraph (2) of Law Number 14 of 2008.

This answer is given to be used as appropriate.',
'system', UTC_TIMESTAMP());
