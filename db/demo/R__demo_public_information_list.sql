-- Demo data (issue 7, LAW-4): the list of public information (DIP) of KPU Kota Kupang in its four categories,
-- including an excepted entry whose temporary exception (Pasal 17 huruf a, Pasal 20) has ended and must be reviewed.
-- search_text is left empty: the portal indexes such entries at start-up. Added once; later edits are kept.
INSERT INTO dip_entry (office_id, category, title, summary, responsible, format, retention, link, exception_code,
                       consequence_test, excepted_until, published, search_text, updated_by, updated_at)
SELECT o.id, d.category, d.title, d.summary, d.responsible, d.format, d.retention, d.link, d.code, d.test, d.until,
       TRUE, '', 'demo', TIMESTAMP '2026-01-05 08:00:00'
FROM office o
JOIN (SELECT 'PERIODIC' AS category,
             'Rekapitulasi hasil penghitungan suara Pemilu 2024 Kota Kupang' AS title,
             'Hasil rekapitulasi penghitungan perolehan suara tingkat Kota Kupang untuk pemilihan presiden, DPR, DPD, DPRD provinsi dan DPRD kota, per kecamatan.' AS summary,
             'Kepala Subbagian Teknis Penyelenggaraan Pemilu' AS responsible, 'PDF' AS format, 'Permanen' AS retention,
             'https://www.kpu.go.id/' AS link, NULL AS code, NULL AS test, NULL AS until
      UNION ALL SELECT 'PERIODIC', 'Laporan realisasi anggaran KPU Kota Kupang tahun 2025',
             'Laporan realisasi anggaran semesteran dan tahunan, termasuk belanja hibah penyelenggaraan pemilihan.',
             'Kepala Subbagian Keuangan, Umum dan Logistik', 'PDF, cetak', '10 tahun', NULL, NULL, NULL, NULL
      UNION ALL SELECT 'IMMEDIATE', 'Pengumuman pemindahan TPS karena banjir',
             'Pemberitahuan segera tentang TPS yang dipindahkan karena bencana banjir, dengan lokasi pengganti dan jam pelayanan.',
             'Sekretaris KPU Kota Kupang', 'Pengumuman, media sosial', 'Selama tahapan berlangsung', NULL, NULL, NULL, NULL
      UNION ALL SELECT 'ANY_TIME', 'Daftar pemilih tetap per TPS (tanpa NIK lengkap)',
             'Daftar pemilih tetap per TPS dengan NIK dan nomor KK yang disamarkan sebagian, untuk dicermati masyarakat.',
             'Kepala Subbagian Perencanaan, Data dan Informasi', 'PDF, Excel', '5 tahun', NULL, NULL, NULL, NULL
      UNION ALL SELECT 'ANY_TIME', 'Salinan keputusan KPU Kota Kupang',
             'Keputusan KPU Kota Kupang tentang penetapan calon, hasil pemilihan dan pembentukan badan ad hoc.',
             'Kepala Subbagian Hukum dan SDM', 'PDF', 'Permanen', NULL, NULL, NULL, NULL
      UNION ALL SELECT 'EXCEPTED', 'Data pribadi pemilih (NIK dan tanggal lahir lengkap)',
             'Elemen data kependudukan pemilih yang lengkap dalam daftar pemilih.',
             'Kepala Subbagian Perencanaan, Data dan Informasi', 'Basis data', 'Permanen', NULL, 'h',
             'Membuka NIK dan tanggal lahir lengkap dapat mengungkap rahasia pribadi dan memudahkan penyalahgunaan identitas; kepentingan publik terpenuhi dengan data yang disamarkan sebagian.',
             NULL
      UNION ALL SELECT 'EXCEPTED', 'Berkas laporan dugaan tindak pidana pemilu yang diteruskan ke Gakkumdu',
             'Berkas klarifikasi dan bukti laporan dugaan tindak pidana pemilu yang sedang ditangani penegak hukum.',
             'Sekretaris KPU Kota Kupang', 'Berkas cetak', 'Sampai perkara selesai', NULL, 'a',
             'Membuka berkas selama penyidikan dapat menghambat penegakan hukum dan mengungkap identitas pelapor dan saksi.',
             DATE '2026-06-30') d ON 1 = 1
WHERE o.code = '5371'
  AND NOT EXISTS (SELECT 1 FROM dip_entry x WHERE x.office_id = o.id AND x.title = d.title);
