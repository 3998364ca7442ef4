-- REQ-4, REQ-5, HD-14 (issue 5): the service-time standards (mutu baku) as data. A row with office_id NULL is the
-- national default taken from the SOPs (seed 003: information service steps 1–13; seed 001: helpdesk flow; seed 002:
-- helpdesk queue); an office overrides a step with its own row (same process and code).
-- How a step is timed: for requests, from the first history event matching (start_action, start_status) to the first
-- later event matching (end_action, end_status), a NULL status matching any; for queue tickets the marks TICKET_ISSUED,
-- TICKET_CALLED, TICKET_SERVING and TICKET_DONE are the ticket's own timestamps. A step without marks is not timed
-- (no action records it yet). Standard minutes are elapsed minutes ("1 hari" = 1,440).
CREATE TABLE service_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    office_id         BIGINT        NULL,
    office_scope      BIGINT        AS (COALESCE(office_id, 0)) STORED,
    process           VARCHAR(20)   NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    position          INT           NOT NULL,
    name_id           VARCHAR(300)  NOT NULL,
    name_en           VARCHAR(300)  NOT NULL,
    standard_minutes  INT           NOT NULL,
    start_action      VARCHAR(30)   NULL,
    start_status      VARCHAR(20)   NULL,
    end_action        VARCHAR(30)   NULL,
    end_status        VARCHAR(20)   NULL,
    source            VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_service_step PRIMARY KEY (id),
    CONSTRAINT uq_service_step UNIQUE (office_scope, process, code),
    CONSTRAINT fk_service_step_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_service_step_minutes CHECK (standard_minutes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO service_step (office_id, process, code, position, name_id, name_en, standard_minutes,
                          start_action, start_status, end_action, end_status, source) VALUES
-- seed 003, steps 5–13: a request by letter (online and other written channels follow the same route)
(NULL, 'REQUEST_LETTER', 'L05_REGISTER', 5, 'Surat masuk diterima dan diregistrasi', 'Letter received and registered', 3,
 NULL, NULL, NULL, NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 5'),
(NULL, 'REQUEST_LETTER', 'L06_DISPOSE', 6, 'Disposisi tertulis kepada pejabat yang dituju', 'Written disposition to the official', 5,
 'SUBMITTED', NULL, 'DISPOSED', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 6'),
(NULL, 'REQUEST_LETTER', 'L07_READ', 7, 'Kasubag mencermati surat dan disposisi', 'Subdivision head reads letter and disposition', 10,
 'DISPOSED', NULL, 'STATUS_CHANGED', 'IN_ANALYSIS', 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 7'),
(NULL, 'REQUEST_LETTER', 'L08_IDENTIFY', 8, 'Identifikasi isi surat berdasarkan perihal', 'Identifies the content by its subject', 10,
 'STATUS_CHANGED', 'IN_ANALYSIS', 'ANALYSIS_RECORDED', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 8'),
(NULL, 'REQUEST_LETTER', 'L09_CONSULT', 9, 'Konsultasi dengan divisi yang dituju', 'Consults the division', 60,
 'STATUS_CHANGED', 'CONSULTING_DIVISION', 'STATUS_CHANGED', 'IN_ANALYSIS', 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 9'),
(NULL, 'REQUEST_LETTER', 'L10_PREPARE', 10, 'Menyiapkan data baku', 'Prepares the raw data', 60,
 'ANALYSIS_RECORDED', NULL, 'DATA_ATTACHED', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 10'),
(NULL, 'REQUEST_LETTER', 'L11_HAND_DATA', 11, 'Menyerahkan data baku tanpa surat balasan (buku ekspedisi)', 'Hands the raw data over without a reply letter (expedition book)', 10,
 'STATUS_CHANGED', 'DECIDED', 'HANDED_OVER', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 11'),
(NULL, 'REQUEST_LETTER', 'L12_REPLY', 12, 'Membuat surat balasan dan lampirannya', 'Writes the reply letter with the data attached', 1440,
 'DATA_ATTACHED', NULL, 'LETTER_APPROVED', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 12 (1 hari)'),
(NULL, 'REQUEST_LETTER', 'L13_DELIVER', 13, 'Menyampaikan surat balasan kepada pemohon (buku ekspedisi)', 'Delivers the reply letter (expedition book)', 10,
 'LETTER_APPROVED', NULL, 'HANDED_OVER', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 13'),
-- seed 003, steps 1–4: a walk-in to the Chair or Secretary
(NULL, 'WALK_IN', 'W01_REGISTER', 1, 'Registrasi identitas dan tujuan pemohon', 'Registration of identity and purpose', 3,
 NULL, NULL, NULL, NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 1'),
(NULL, 'WALK_IN', 'W02_TO_OFFICIAL', 2, 'Desk mengantar pemohon kepada Ketua atau Sekretaris', 'Desk takes the applicant to the Chair or Secretary', 10,
 'SUBMITTED', NULL, 'TAKEN_TO_OFFICIAL', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 2'),
(NULL, 'WALK_IN', 'W03_ORAL', 3, 'Disposisi lisan kepada Sekretaris atau Kasubag', 'Oral disposition to the Secretary or subdivision head', 5,
 'TAKEN_TO_OFFICIAL', NULL, 'DISPOSED', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 3'),
(NULL, 'WALK_IN', 'W04_FOLLOW_UP', 4, 'Tindak lanjut: data diserahkan sesuai disposisi (buku ekspedisi)', 'Follow-up: data handed over per the disposition (expedition book)', 30,
 'DISPOSED', NULL, 'HANDED_OVER', NULL, 'SOP Pelayanan Publik KPU Kota Kupang (seed 003) langkah 4'),
-- seed 001, Lampiran III: the helpdesk flow (not timed yet: no action records these steps)
(NULL, 'HELPDESK', 'H01_SIGN_IN', 1, 'Mengisi daftar hadir', 'Sign-in', 5, NULL, NULL, NULL, NULL, 'SK Helpdesk (seed 001) Lampiran III langkah 1'),
(NULL, 'HELPDESK', 'H02_RECEIVE', 2, 'Menerima dan mencatat permasalahan', 'Reception and noting', 10, NULL, NULL, NULL, NULL, 'SK Helpdesk (seed 001) Lampiran III langkah 2'),
(NULL, 'HELPDESK', 'H03_ANSWER', 3, 'Menjawab substansi permasalahan', 'Answer', 30, NULL, NULL, NULL, NULL, 'SK Helpdesk (seed 001) Lampiran III langkah 3'),
(NULL, 'HELPDESK', 'H04_ESCALATED', 4, 'Jawaban atas permasalahan yang dieskalasi', 'Escalated answer', 15, NULL, NULL, NULL, NULL, 'SK Helpdesk (seed 001) Lampiran III langkah 4'),
(NULL, 'HELPDESK', 'H05_RECORD', 5, 'Mencatat jawaban ke dalam laporan helpdesk', 'Record in the report', 10, NULL, NULL, NULL, NULL, 'SK Helpdesk (seed 001) Lampiran III langkah 5'),
(NULL, 'HELPDESK', 'H06_DOCUMENT', 6, 'Laporan dan dokumentasi foto', 'Report and photo documentation', 10, NULL, NULL, NULL, NULL, 'SK Helpdesk (seed 001) Lampiran III langkah 6'),
-- seed 002: the helpdesk queue, timed by the ticket's own timestamps
(NULL, 'QUEUE', 'Q01_WAIT', 1, 'Menunggu dipanggil (tiket diambil → dipanggil)', 'Waiting (ticket issued → called)', 5,
 'TICKET_ISSUED', NULL, 'TICKET_CALLED', NULL, 'Alur Antrian Helpdesk KPU Kabupaten Cilacap (seed 002) langkah 1'),
(NULL, 'QUEUE', 'Q02_RECEIVE', 2, 'Penerimaan (dipanggil → dilayani)', 'Reception (called → serving)', 10,
 'TICKET_CALLED', NULL, 'TICKET_SERVING', NULL, 'Alur Antrian Helpdesk KPU Kabupaten Cilacap (seed 002) langkah 2'),
(NULL, 'QUEUE', 'Q03_SERVE', 3, 'Pelayanan di meja (dilayani → selesai)', 'Service at the desk (serving → done)', 30,
 'TICKET_SERVING', NULL, 'TICKET_DONE', NULL, 'Alur Antrian Helpdesk KPU Kabupaten Cilacap (seed 002) langkah 3');

-- Deadline reminders (D2, D1: working days before the due date; D0: the due instant has passed). One row per request
-- and kind: the row is written in the same transaction as the mails, so each reminder goes out once, across restarts
-- and concurrent runs.
CREATE TABLE deadline_reminder (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    kind        VARCHAR(4)   NOT NULL,
    sent_at     DATETIME     NOT NULL,
    recipients  INT          NOT NULL,
    CONSTRAINT pk_deadline_reminder PRIMARY KEY (id),
    CONSTRAINT uq_deadline_reminder UNIQUE (request_id, kind),
    CONSTRAINT fk_deadline_reminder_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Step times of an office's queue tickets over a period.
CREATE INDEX ix_queue_ticket_issued ON queue_ticket (office_id, issued_at);
