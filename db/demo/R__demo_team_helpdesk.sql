-- Demo data (issue 6, HD-1): the helpdesk team of KPU Kabupaten Mesuji as formed by its decree Nomor 41 Tahun 2022
-- (seed 001, Lampiran I), linked to the demo accounts of the same positions. Repeatable and idempotent: the decree is
-- added once; an office's own changes are kept.
INSERT INTO helpdesk_team_decree (office_id, decree_number, decree_date, title, created_at, created_by)
SELECT o.id, 'Nomor 41 Tahun 2022', DATE '2022-07-21',
       'Pembentukan Tim Pelayanan Helpdesk Tahapan Pendaftaran dan Verifikasi Partai Politik di Lingkungan Komisi Pemilihan Umum Kabupaten Mesuji',
       TIMESTAMP '2022-07-21 09:00:00', 'demo'
FROM office o
WHERE o.code = '1811'
  AND NOT EXISTS (SELECT 1 FROM helpdesk_team_decree d WHERE d.office_id = o.id);

INSERT INTO helpdesk_team_member (decree_id, position, name, job_title, staff_username, sort_order, active)
SELECT d.id, m.position, m.name, m.job_title, m.username, m.sort_order, TRUE
FROM helpdesk_team_decree d
JOIN office o ON o.id = d.office_id AND o.code = '1811' AND d.decree_number = 'Nomor 41 Tahun 2022'
JOIN (SELECT 1 AS sort_order, 'PIC' AS position, 'Imani, S.Pd.I' AS name,
             'Anggota KPU Kabupaten Mesuji (Ketua Divisi Teknis Penyelenggaraan)' AS job_title, 'hd-pj.mesuji' AS username
      UNION ALL SELECT 2, 'HEAD', 'Yuliza Fitrianti, S.A.N., M.I.P.',
             'Kepala Sub Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat', 'hd-ketua.mesuji'
      UNION ALL SELECT 3, 'SECRETARY', 'Mardhatil Hasanah, S.IP',
             'Staf Sub Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat', 'hd-sekretaris.mesuji'
      UNION ALL SELECT 4, 'COORDINATOR', 'Neli Ernawati, S.H', 'Kasubbag Keuangan Umum dan Logistik',
             'hd-koordinator.mesuji'
      UNION ALL SELECT 5, 'DAILY_COORDINATOR', 'Dwi Apriyanto, A.Md', 'Operator SIPOL', 'hd-koordinator-harian.mesuji'
      UNION ALL SELECT 6, 'MEMBER', 'Ririn Anggiyah, S.Pd',
             'Staf Sub Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat', 'hd-petugas.mesuji'
      UNION ALL SELECT 7, 'MEMBER', 'Wahyu Hidayat, S.Pd',
             'Staf Sub Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat', NULL) m
  ON m.sort_order > 0
WHERE NOT EXISTS (SELECT 1 FROM helpdesk_team_member x WHERE x.decree_id = d.id);
