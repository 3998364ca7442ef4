-- Demo data (issue 6, HD-6): a few FAQ SIPOL entries published by KPU RI (visible to every office) and one by KPU
-- Provinsi Lampung (visible in Lampung). search_text is left empty: the portal indexes such entries at start-up with
-- its Indonesian analyzer. Added once; later edits are kept.
INSERT INTO faq_entry (office_id, category, question, answer, source_regulation, version, version_date, published,
                       use_count, search_text, updated_at, updated_by)
SELECT o.id, f.category, f.question, f.answer, f.source, 1, DATE '2022-08-01', TRUE, 0, '',
       TIMESTAMP '2022-08-01 08:00:00', 'demo'
FROM office o
JOIN (SELECT 'RI' AS code, 'SIPOL_ACCOUNT' AS category,
             'Bagaimana jika akun operator SIPOL partai terkunci karena salah kata sandi?' AS question,
             'Akun terkunci setelah beberapa kali salah kata sandi. Admin partai di tingkat pusat dapat membuka kunci dan mengatur ulang kata sandi operator melalui menu Pengguna di SIPOL; bila admin pusat juga terkunci, hubungi helpdesk KPU RI.' AS answer,
             'Petunjuk Teknis Penggunaan SIPOL' AS source
      UNION ALL SELECT 'RI', 'MEMBERSHIP',
             'Apa yang harus dilakukan bila anggota partai tercatat ganda dengan partai lain?',
             'Anggota yang tercatat ganda membuat surat pernyataan bahwa ia hanya menjadi anggota satu partai politik, ditandatangani di atas meterai, lalu diunggah oleh partai ke SIPOL sebelum masa perbaikan berakhir.',
             'PKPU Nomor 4 Tahun 2022 Pasal 20'
      UNION ALL SELECT 'RI', 'DOCUMENTS',
             'Berapa ukuran berkas KTA yang dapat diunggah ke SIPOL?',
             'Pindaian Kartu Tanda Anggota diunggah dalam format JPG atau PDF dengan ukuran paling besar 1 MB per berkas; perkecil resolusi pindaian bila unggahan ditolak.',
             'Petunjuk Teknis Penggunaan SIPOL'
      UNION ALL SELECT 'RI', 'OFFICE_DOMICILE',
             'Apakah kantor tetap partai boleh berada di rumah pengurus?',
             'Boleh, sepanjang partai dapat menunjukkan bukti penguasaan kantor (kepemilikan, sewa atau pinjam pakai) sampai tahapan pemilu berakhir dan kantor dapat diverifikasi faktual.',
             'PKPU Nomor 4 Tahun 2022 Pasal 9'
      UNION ALL SELECT '18', 'REGISTRATION',
             'Di mana partai di Lampung menyerahkan dokumen persyaratan perbaikan?',
             'Dokumen perbaikan diunggah ke SIPOL; penyerahan fisik hanya bila diminta, di kantor KPU kabupaten/kota tempat kepengurusan berada.',
             'Surat KPU Provinsi Lampung tentang Helpdesk') f ON f.code = o.code
WHERE NOT EXISTS (SELECT 1 FROM faq_entry x WHERE x.office_id = o.id AND x.question = f.question);
