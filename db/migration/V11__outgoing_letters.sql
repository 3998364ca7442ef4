-- REQ-4, REQ-6, LAW-1, LAW-2, LAW-3, CON-3: outgoing letters (surat keluar) — the reply, partial-grant, refusal,
-- "not held", extension and consultation-answer letters of a request. Each office numbers its letters in its own
-- format from a yearly series (assigned at approval, so drafts never use up numbers), and writes them from templates
-- per type and language: the national defaults below (office_id NULL) or the office's own copy.

ALTER TABLE office ADD COLUMN outgoing_number_format VARCHAR(80) NOT NULL
    DEFAULT '{seq}/PP.01-SD/{office}/{romanMonth}/{year}';

-- One template per office (or national default), type and language. MySQL and MariaDB let a unique key hold many
-- NULLs, so the key uses office_scope (0 for the national default), a stored generated column.
CREATE TABLE letter_template (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    office_id     BIGINT        NULL,
    office_scope  BIGINT        AS (COALESCE(office_id, 0)) STORED,
    letter_type   VARCHAR(24)   NOT NULL,
    language      VARCHAR(5)    NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    body          MEDIUMTEXT    NOT NULL,
    updated_by    VARCHAR(60)   NOT NULL,
    updated_at    DATETIME      NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_letter_template PRIMARY KEY (id),
    CONSTRAINT uq_letter_template UNIQUE (office_scope, letter_type, language),
    CONSTRAINT fk_letter_template_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_letter_template_language CHECK (language IN ('id', 'en'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A letter is a DRAFT (text editable, no number), then APPROVED by its signing official (number, approver and time,
-- final PDF with its SHA-256; never changed again) or CANCELLED. signature_method / signature_ref leave room for an
-- electronic-signature standard; today every approval is PORTAL_APPROVAL.
CREATE TABLE outgoing_letter (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    request_id         BIGINT        NOT NULL,
    office_id          BIGINT        NOT NULL,
    letter_type        VARCHAR(24)   NOT NULL,
    language           VARCHAR(5)    NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    subject            VARCHAR(300)  NOT NULL,
    body               MEDIUMTEXT    NOT NULL,
    addressee          VARCHAR(200)  NOT NULL,
    addressee_address  VARCHAR(400)  NULL,
    attachment_count   INT           NOT NULL DEFAULT 0,
    letter_number      VARCHAR(100)  NULL,
    number_seq         INT           NULL,
    number_year        INT           NULL,
    signer_id          BIGINT        NOT NULL,
    drafted_by         VARCHAR(60)   NOT NULL,
    drafted_at         DATETIME      NOT NULL,
    updated_by         VARCHAR(60)   NULL,
    updated_at         DATETIME      NULL,
    approved_by        VARCHAR(60)   NULL,
    approved_at        DATETIME      NULL,
    signature_method   VARCHAR(24)   NULL,
    signature_ref      VARCHAR(200)  NULL,
    pdf_stored_name    VARCHAR(120)  NULL,
    pdf_original_name  VARCHAR(255)  NULL,
    pdf_media_type     VARCHAR(100)  NULL,
    pdf_size_bytes     BIGINT        NULL,
    pdf_sha256         CHAR(64)      NULL,
    cancelled_by       VARCHAR(60)   NULL,
    cancelled_at       DATETIME      NULL,
    cancel_reason      VARCHAR(500)  NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_outgoing_letter PRIMARY KEY (id),
    CONSTRAINT uq_outgoing_seq UNIQUE (office_id, number_year, number_seq),
    CONSTRAINT uq_outgoing_number UNIQUE (office_id, letter_number),
    CONSTRAINT fk_outgoing_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_outgoing_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_outgoing_signer FOREIGN KEY (signer_id) REFERENCES staff_account (id),
    CONSTRAINT ck_outgoing_status CHECK (status IN ('DRAFT', 'APPROVED', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_outgoing_request ON outgoing_letter (request_id, id);
CREATE INDEX ix_outgoing_register ON outgoing_letter (office_id, status, approved_at);

-- The national default templates (Mustache; body format: blank line between paragraphs, "# " headings,
-- "Label :: value" rows, "| a | b |" tables, see LetterBody). Facts: see LetterFacts and OutgoingLetters.

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'ACCEPTANCE', 'id', 'Pemberitahuan Tertulis atas Permohonan Informasi Publik Nomor Registrasi {{registrationNumber}}',
'Dengan hormat,

Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada {{receivedDate}}, dengan ini Pejabat Pengelola Informasi dan Dokumentasi (PPID) {{officeName}} menyampaikan pemberitahuan tertulis sebagaimana dimaksud dalam Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, sebagai berikut:

Nomor Registrasi :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Alamat Pemohon :: {{applicantAddress}}
Informasi yang Diminta :: {{subject}}
Tujuan Penggunaan Informasi :: {{purpose}}
Keputusan :: Permohonan DITERIMA. Informasi yang diminta dikuasai oleh {{officeName}} dan merupakan informasi publik yang tidak dikecualikan.

Informasi yang Saudara minta kami berikan dalam bentuk salinan sebagaimana tercantum di bawah ini dan terlampir pada surat ini:

| No. | Informasi yang Diberikan |
{{#items}}
| {{-index}} | {{description}} |
{{/items}}

| No. | Berkas Terlampir |
{{#dataFiles}}
| {{-index}} | {{name}} |
{{/dataFiles}}

{{#notes}}
Catatan: {{notes}}

{{/notes}}
Pemberian informasi ini tidak dipungut biaya. Informasi tersebut agar dipergunakan sesuai dengan tujuan yang telah Saudara sampaikan dan dengan memperhatikan ketentuan peraturan perundang-undangan.

Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'ACCEPTANCE', 'en', 'Written Notice on Public Information Request Registration Number {{registrationNumber}}',
'Dear Sir or Madam,

Further to your request for public information received on {{receivedDate}}, the Information and Documentation Management Officer (PPID) of the {{officeName}} hereby gives the written notice required by Article 22 paragraph (7) of Law Number 14 of 2008 on Public Information Disclosure, as follows:

Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Applicant''s Address :: {{applicantAddress}}
Information Requested :: {{subject}}
Purpose of Use :: {{purpose}}
Decision :: The request is GRANTED. The information requested is held by the {{officeName}} and is public information that is not excepted.

The information you requested is provided as copies, listed below and attached to this letter:

| No. | Information Provided |
{{#items}}
| {{-index}} | {{description}} |
{{/items}}

| No. | Attached Files |
{{#dataFiles}}
| {{-index}} | {{name}} |
{{/dataFiles}}

{{#notes}}
Note: {{notes}}

{{/notes}}
This information is provided free of charge. Please use it for the purpose you stated and in accordance with the laws and regulations.

Thank you for your attention.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'PARTIAL_GRANT', 'id', 'Pemberitahuan Tertulis Pemberian Sebagian Informasi Publik Nomor Registrasi {{registrationNumber}}',
'Dengan hormat,

Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada {{receivedDate}}, dengan ini Pejabat Pengelola Informasi dan Dokumentasi (PPID) {{officeName}} memberitahukan bahwa permohonan Saudara DIKABULKAN SEBAGIAN, dengan rincian sebagai berikut:

Nomor Registrasi :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Alamat Pemohon :: {{applicantAddress}}
Informasi yang Diminta :: {{subject}}
Tujuan Penggunaan Informasi :: {{purpose}}

Informasi yang Saudara minta kami berikan dengan menghitamkan atau mengaburkan bagian yang memuat informasi yang dikecualikan berdasarkan Pasal 17 Undang-Undang Nomor 14 Tahun 2008. Bagian yang dihitamkan beserta alasannya adalah sebagai berikut:

{{#items}}
# {{-index}}. {{description}}
Klasifikasi :: {{classification}}
Kategori Informasi yang Dikecualikan :: {{category}}
Bunyi Ketentuan Pasal 17 :: {{categoryText}}
Uji Konsekuensi: Akibat Apabila Dibuka :: {{harm}}
Pertimbangan Kepentingan Publik yang Lebih Besar :: {{publicInterest}}
Dasar Hukum :: {{legalBasis}}
Bagian yang Dihitamkan :: {{redaction}}
{{/items}}

| No. | Berkas Terlampir |
{{#dataFiles}}
| {{-index}} | {{name}} |
{{/dataFiles}}

# Hak Mengajukan Keberatan
Apabila Saudara tidak puas dengan keputusan ini, Saudara berhak mengajukan keberatan secara tertulis kepada Atasan PPID{{#objectionTo}}, yaitu {{objectionTo}}{{/objectionTo}}{{^objectionTo}}, yaitu Ketua {{officeName}}{{/objectionTo}}, dalam jangka waktu paling lambat 30 (tiga puluh) hari kerja sejak diterimanya surat ini{{#objectionDeadline}}, yaitu sampai dengan {{objectionDeadline}}{{/objectionDeadline}}, sebagaimana diatur dalam Pasal 35 dan Pasal 36 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Keberatan disampaikan melalui meja layanan PPID {{officeName}}, {{officeAddress}}, melalui email {{officeEmail}}, atau melalui portal e-PPID, dengan menyebutkan nomor registrasi permohonan di atas. Atasan PPID memberikan tanggapan tertulis atas keberatan tersebut paling lambat 30 (tiga puluh) hari kerja sejak keberatan dicatat.

Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'PARTIAL_GRANT', 'en', 'Written Notice of Partial Disclosure, Public Information Request Registration Number {{registrationNumber}}',
'Dear Sir or Madam,

Further to your request for public information received on {{receivedDate}}, the Information and Documentation Management Officer (PPID) of the {{officeName}} hereby informs you that your request is PARTLY GRANTED, as follows:

Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Applicant''s Address :: {{applicantAddress}}
Information Requested :: {{subject}}
Purpose of Use :: {{purpose}}

The information is provided with the parts that contain information excepted under Article 17 of Law Number 14 of 2008 blacked out. The blacked-out parts and the reasons are:

{{#items}}
# {{-index}}. {{description}}
Classification :: {{classification}}
Category of Excepted Information :: {{category}}
Text of Article 17 :: {{categoryText}}
Consequence Test: Harm if Disclosed :: {{harm}}
Greater Public Interest Served by Withholding :: {{publicInterest}}
Legal Basis :: {{legalBasis}}
Blacked-out Part :: {{redaction}}
{{/items}}

| No. | Attached Files |
{{#dataFiles}}
| {{-index}} | {{name}} |
{{/dataFiles}}

# Right to Object
If you are not satisfied with this decision, you have the right to file a written objection (keberatan) with the PPID''s superior (Atasan PPID){{#objectionTo}}, {{objectionTo}}{{/objectionTo}}{{^objectionTo}}, the Chair of the {{officeName}}{{/objectionTo}}, within 30 (thirty) working days of receiving this letter{{#objectionDeadline}}, that is by {{objectionDeadline}}{{/objectionDeadline}}, as provided by Articles 35 and 36 of Law Number 14 of 2008 on Public Information Disclosure. The objection may be lodged at the PPID service desk of the {{officeName}}, {{officeAddress}}, by email to {{officeEmail}}, or through the e-PPID portal, quoting the registration number above. The PPID''s superior answers the objection in writing within 30 (thirty) working days of its registration.

Thank you for your attention.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'REFUSAL', 'id', 'Keputusan PPID tentang Penolakan Permohonan Informasi Publik Nomor Registrasi {{registrationNumber}}',
'Dengan hormat,

Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada {{receivedDate}}, Pejabat Pengelola Informasi dan Dokumentasi (PPID) {{officeName}}, setelah melakukan pengujian tentang konsekuensi sebagaimana dimaksud dalam Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, memutuskan MENOLAK permohonan tersebut:

Nomor Registrasi :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Alamat Pemohon :: {{applicantAddress}}
Informasi yang Diminta :: {{subject}}
Tujuan Penggunaan Informasi :: {{purpose}}

# Alasan Penolakan
Informasi yang Saudara minta merupakan informasi yang dikecualikan berdasarkan Pasal 17 Undang-Undang Nomor 14 Tahun 2008, dengan uraian sebagai berikut:

{{#items}}
# {{-index}}. {{description}}
Klasifikasi :: {{classification}}
Kategori Informasi yang Dikecualikan :: {{category}}
Bunyi Ketentuan Pasal 17 :: {{categoryText}}
Uji Konsekuensi: Akibat Apabila Dibuka :: {{harm}}
Pertimbangan Kepentingan Publik yang Lebih Besar :: {{publicInterest}}
Dasar Hukum :: {{legalBasis}}

{{/items}}

Berdasarkan uji konsekuensi tersebut, menutup informasi ini melindungi kepentingan yang lebih besar daripada membukanya, sebagaimana dimaksud dalam Pasal 2 ayat (4) Undang-Undang Nomor 14 Tahun 2008.

# Hak Mengajukan Keberatan
Apabila Saudara tidak puas dengan keputusan ini, Saudara berhak mengajukan keberatan secara tertulis kepada Atasan PPID{{#objectionTo}}, yaitu {{objectionTo}}{{/objectionTo}}{{^objectionTo}}, yaitu Ketua {{officeName}}{{/objectionTo}}, dalam jangka waktu paling lambat 30 (tiga puluh) hari kerja sejak diterimanya surat ini{{#objectionDeadline}}, yaitu sampai dengan {{objectionDeadline}}{{/objectionDeadline}}, sebagaimana diatur dalam Pasal 35 dan Pasal 36 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Keberatan disampaikan melalui meja layanan PPID {{officeName}}, {{officeAddress}}, melalui email {{officeEmail}}, atau melalui portal e-PPID, dengan menyebutkan nomor registrasi permohonan di atas. Atasan PPID memberikan tanggapan tertulis atas keberatan tersebut paling lambat 30 (tiga puluh) hari kerja sejak keberatan dicatat.

Demikian keputusan ini kami sampaikan untuk dipergunakan sebagaimana mestinya.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'REFUSAL', 'en', 'PPID Decision Refusing the Public Information Request Registration Number {{registrationNumber}}',
'Dear Sir or Madam,

Further to your request for public information received on {{receivedDate}}, the Information and Documentation Management Officer (PPID) of the {{officeName}}, having carried out the consequence test referred to in Article 19 of Law Number 14 of 2008 on Public Information Disclosure, has decided to REFUSE the request:

Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Applicant''s Address :: {{applicantAddress}}
Information Requested :: {{subject}}
Purpose of Use :: {{purpose}}

# Reasons for the Refusal
The information you requested is excepted information under Article 17 of Law Number 14 of 2008, as set out below:

{{#items}}
# {{-index}}. {{description}}
Classification :: {{classification}}
Category of Excepted Information :: {{category}}
Text of Article 17 :: {{categoryText}}
Consequence Test: Harm if Disclosed :: {{harm}}
Greater Public Interest Served by Withholding :: {{publicInterest}}
Legal Basis :: {{legalBasis}}

{{/items}}

On the basis of this consequence test, withholding the information protects a greater interest than disclosing it, as referred to in Article 2 paragraph (4) of Law Number 14 of 2008.

# Right to Object
If you are not satisfied with this decision, you have the right to file a written objection (keberatan) with the PPID''s superior (Atasan PPID){{#objectionTo}}, {{objectionTo}}{{/objectionTo}}{{^objectionTo}}, the Chair of the {{officeName}}{{/objectionTo}}, within 30 (thirty) working days of receiving this letter{{#objectionDeadline}}, that is by {{objectionDeadline}}{{/objectionDeadline}}, as provided by Articles 35 and 36 of Law Number 14 of 2008 on Public Information Disclosure. The objection may be lodged at the PPID service desk of the {{officeName}}, {{officeAddress}}, by email to {{officeEmail}}, or through the e-PPID portal, quoting the registration number above. The PPID''s superior answers the objection in writing within 30 (thirty) working days of its registration.

This decision is issued to be used as appropriate.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'NOT_HELD', 'id', 'Pemberitahuan Informasi Tidak Dikuasai atas Permohonan Nomor Registrasi {{registrationNumber}}',
'Dengan hormat,

Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada {{receivedDate}} dengan rincian sebagai berikut:

Nomor Registrasi :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Informasi yang Diminta :: {{subject}}

dengan ini kami beritahukan bahwa informasi yang Saudara minta TIDAK DIKUASAI oleh {{officeName}}, karena informasi tersebut tidak dibuat, diterima, maupun disimpan oleh {{officeName}} dalam pelaksanaan tugas dan fungsinya.

Sesuai dengan Pasal 22 ayat (7) huruf b Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, kami beritahukan bahwa informasi tersebut dikuasai oleh:

Badan Publik yang Menguasai Informasi :: {{holderBody}}

Saudara dapat mengajukan permohonan informasi tersebut secara langsung kepada badan publik di atas.
{{#notes}}

Catatan: {{notes}}
{{/notes}}

Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'NOT_HELD', 'en', 'Notice that the Information Is Not Held, Request Registration Number {{registrationNumber}}',
'Dear Sir or Madam,

Further to your request for public information received on {{receivedDate}}:

Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Information Requested :: {{subject}}

we hereby inform you that the information you requested is NOT HELD by the {{officeName}}: it was not created, received or kept by the {{officeName}} in the performance of its duties.

In accordance with Article 22 paragraph (7) letter b of Law Number 14 of 2008 on Public Information Disclosure, we inform you that the information is held by:

Public Body Holding the Information :: {{holderBody}}

You may address your request for this information directly to that public body.
{{#notes}}

Note: {{notes}}
{{/notes}}

Thank you for your attention.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'EXTENSION', 'id', 'Pemberitahuan Perpanjangan Jangka Waktu atas Permohonan Nomor Registrasi {{registrationNumber}}',
'Dengan hormat,

Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada {{receivedDate}} dengan rincian sebagai berikut:

Nomor Registrasi :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Informasi yang Diminta :: {{subject}}

dengan ini kami beritahukan bahwa jangka waktu pemberitahuan tertulis atas permohonan Saudara DIPERPANJANG sesuai dengan Pasal 22 ayat (8) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, dengan rincian sebagai berikut:

Alasan Perpanjangan :: {{extensionReason}}
Lama Perpanjangan :: {{extensionDays}} hari kerja (paling lama 7 (tujuh) hari kerja)
Batas Waktu Semula :: {{previousDueDate}}
Batas Waktu Baru :: {{newDueDate}}

Perpanjangan jangka waktu ini hanya dilakukan satu kali. Pemberitahuan tertulis atas permohonan Saudara akan kami sampaikan paling lambat pada {{newDueDate}}.

Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan pengertian Saudara, kami ucapkan terima kasih.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'EXTENSION', 'en', 'Notice of Extension of the Time Limit, Request Registration Number {{registrationNumber}}',
'Dear Sir or Madam,

Further to your request for public information received on {{receivedDate}}:

Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Information Requested :: {{subject}}

we hereby inform you that the time limit for our written notice on your request is EXTENDED in accordance with Article 22 paragraph (8) of Law Number 14 of 2008 on Public Information Disclosure, as follows:

Reason for the Extension :: {{extensionReason}}
Length of the Extension :: {{extensionDays}} working days (at most 7 (seven) working days)
Original Due Date :: {{previousDueDate}}
New Due Date :: {{newDueDate}}

The time limit is extended only once. We will send you our written notice on your request no later than {{newDueDate}}.

Thank you for your attention and understanding.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'CONSULTATION_ANSWER', 'id', 'Jawaban atas Permohonan Konsultasi Nomor Registrasi {{registrationNumber}}',
'Dengan hormat,

Menindaklanjuti surat permohonan konsultasi Saudara yang kami terima pada {{receivedDate}}, bersama ini kami sampaikan jawaban atas konsultasi tersebut:

Nomor Registrasi :: {{registrationNumber}}
Nama Pemohon :: {{applicantName}}
Pokok Konsultasi :: {{subject}}
Tujuan Konsultasi :: {{purpose}}
Tanggal Konsultasi :: {{consultationDate}}
Dilayani oleh :: {{consultedWith}}

# Jawaban
{{result}}

Jawaban ini kami sampaikan berdasarkan ketentuan peraturan perundang-undangan dan pedoman teknis yang berlaku. Apabila masih terdapat hal yang memerlukan penjelasan lebih lanjut, Saudara dapat menghubungi kami melalui email {{officeEmail}} atau datang langsung ke {{officeName}}, {{officeAddress}}.

Demikian jawaban ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
'system', UTC_TIMESTAMP());

INSERT INTO letter_template (office_id, letter_type, language, subject, body, updated_by, updated_at)
VALUES (NULL, 'CONSULTATION_ANSWER', 'en', 'Answer to the Consultation Request Registration Number {{registrationNumber}}',
'Dear Sir or Madam,

Further to your letter requesting a consultation, received on {{receivedDate}}, we hereby give our answer:

Registration Number :: {{registrationNumber}}
Applicant :: {{applicantName}}
Subject of the Consultation :: {{subject}}
Purpose :: {{purpose}}
Date of the Consultation :: {{consultationDate}}
Consulted with :: {{consultedWith}}

# Answer
{{result}}

This answer is based on the laws and regulations and the technical guidelines in force. Should anything need further explanation, please contact us by email at {{officeEmail}} or visit the {{officeName}}, {{officeAddress}}.

Thank you for your attention.',
'system', UTC_TIMESTAMP());
