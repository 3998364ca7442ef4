-- Demo data (issue 5, REQ-8): the national holidays and collective leave (cuti bersama) of 2026 and 2027, labelled
-- as to be confirmed by the office (confirmed = 0), and the helpdesk's hours of seed 001 (08:00–17:00, Monday–Sunday)
-- at every demo office (R__demo_service_hours.sql, applied after the offices). Repeatable: re-applied when changed, idempotent on the unique keys.
--
-- 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025 dan
-- Nomor 5 Tahun 2025 (17 national holidays, 8 days of collective leave). 2027: no decree yet when this was written;
-- the dates are the fixed holidays and estimates of the religious ones, to be replaced by the 2027 decree.
INSERT INTO calendar_day_off (office_id, day, kind, name, legal_source, confirmed, updated_by, updated_at)
SELECT NULL, x0.d_day, x0.d_kind, x0.d_name, s.src_text, 0, 'demo', CURRENT_TIMESTAMP
FROM (
  SELECT DATE '2026-01-01' AS d_day, 'NATIONAL_HOLIDAY' AS d_kind, 'Tahun Baru 2026 Masehi' AS d_name, 'SKB2026' AS d_src
  UNION ALL SELECT DATE '2026-01-16', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW', 'SKB2026'
  UNION ALL SELECT DATE '2026-02-16', 'COLLECTIVE_LEAVE', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'SKB2026'
  UNION ALL SELECT DATE '2026-02-17', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2577 Kongzili', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-18', 'COLLECTIVE_LEAVE', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-19', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-20', 'COLLECTIVE_LEAVE', 'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-21', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-22', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-23', 'COLLECTIVE_LEAVE', 'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-03-24', 'COLLECTIVE_LEAVE', 'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-04-03', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'SKB2026'
  UNION ALL SELECT DATE '2026-04-05', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB2026'
  UNION ALL SELECT DATE '2026-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'SKB2026'
  UNION ALL SELECT DATE '2026-05-14', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'SKB2026'
  UNION ALL SELECT DATE '2026-05-15', 'COLLECTIVE_LEAVE', 'Cuti bersama Kenaikan Yesus Kristus', 'SKB2026'
  UNION ALL SELECT DATE '2026-05-27', 'NATIONAL_HOLIDAY', 'Idul Adha 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-05-28', 'COLLECTIVE_LEAVE', 'Cuti bersama Idul Adha 1447 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-05-31', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2570 BE', 'SKB2026'
  UNION ALL SELECT DATE '2026-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'SKB2026'
  UNION ALL SELECT DATE '2026-06-16', 'NATIONAL_HOLIDAY', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'SKB2026'
  UNION ALL SELECT DATE '2026-08-17', 'NATIONAL_HOLIDAY', 'Proklamasi Kemerdekaan Republik Indonesia', 'SKB2026'
  UNION ALL SELECT DATE '2026-08-25', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW', 'SKB2026'
  UNION ALL SELECT DATE '2026-12-24', 'COLLECTIVE_LEAVE', 'Cuti bersama Kelahiran Yesus Kristus (Natal)', 'SKB2026'
  UNION ALL SELECT DATE '2026-12-25', 'NATIONAL_HOLIDAY', 'Kelahiran Yesus Kristus (Natal)', 'SKB2026'
  UNION ALL SELECT DATE '2027-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2027 Masehi', 'SKB2027'
  UNION ALL SELECT DATE '2027-01-05', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-02-06', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2578 Kongzili', 'SKB2027'
  UNION ALL SELECT DATE '2027-03-08', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1949) (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-03-10', 'NATIONAL_HOLIDAY', 'Idul Fitri 1448 Hijriah (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-03-11', 'NATIONAL_HOLIDAY', 'Idul Fitri 1448 Hijriah (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-03-26', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'SKB2027'
  UNION ALL SELECT DATE '2027-03-28', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB2027'
  UNION ALL SELECT DATE '2027-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'SKB2027'
  UNION ALL SELECT DATE '2027-05-06', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'SKB2027'
  UNION ALL SELECT DATE '2027-05-16', 'NATIONAL_HOLIDAY', 'Idul Adha 1448 Hijriah (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-05-20', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2571 BE (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'SKB2027'
  UNION ALL SELECT DATE '2027-06-06', 'NATIONAL_HOLIDAY', '1 Muharam Tahun Baru Islam 1449 Hijriah (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-08-14', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW (perkiraan)', 'SKB2027'
  UNION ALL SELECT DATE '2027-08-17', 'NATIONAL_HOLIDAY', 'Proklamasi Kemerdekaan Republik Indonesia', 'SKB2027'
  UNION ALL SELECT DATE '2027-12-25', 'NATIONAL_HOLIDAY', 'Kelahiran Yesus Kristus (Natal)', 'SKB2027'
) x0
JOIN (SELECT 'SKB2026' AS k, 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (data demo, wajib dikonfirmasi kantor)' AS src_text
      UNION ALL SELECT 'SKB2027', 'Perkiraan; menunggu SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (data demo, wajib dikonfirmasi kantor)') s
  ON s.k = x0.d_src
ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name), legal_source = VALUES(legal_source);
