-- Demo offices: the offices of the seed decrees (ORG-1). Applied only with portal.demo.enabled=true.
-- Codes follow the Kemendagri region codes; addresses of offices not named in the seeds are for demonstration.
INSERT INTO office (code, name, level, parent_id, time_zone, address, email, whatsapp, opens_at, closes_at, friday_closes_at)
VALUES ('RI', 'Komisi Pemilihan Umum Republik Indonesia', 'NATIONAL', NULL, 'Asia/Jakarta',
        'Jl. Imam Bonjol No. 29, Menteng, Jakarta Pusat 10310', 'ppid@kpu.go.id', '+6281100000001', '08:00', '16:00', '16:30')
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO office (code, name, level, parent_id, time_zone, address, email, whatsapp, opens_at, closes_at, friday_closes_at)
SELECT x.code, x.name, 'PROVINCE', ri.id, x.tz, x.address, x.email, x.wa, '08:00', '16:00', '16:30'
FROM (SELECT '53' AS code, 'Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur' AS name, 'Asia/Makassar' AS tz,
             'Jln. Polisi Militer Nomor 1, Oebobo, Kupang' AS address, 'prov_ntt@kpu.go.id' AS email, '+6281237264642' AS wa
      UNION ALL SELECT '52', 'Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat', 'Asia/Makassar',
             'Jl. Langko No. 76, Mataram', 'prov_ntb@kpu.go.id', '+6281100000052'
      UNION ALL SELECT '18', 'Komisi Pemilihan Umum Provinsi Lampung', 'Asia/Jakarta',
             'Jl. Gatot Subroto No. 2, Bandar Lampung', 'prov_lampung@kpu.go.id', '+6281100000018'
      UNION ALL SELECT '33', 'Komisi Pemilihan Umum Provinsi Jawa Tengah', 'Asia/Jakarta',
             'Jl. Veteran No. 1A, Semarang', 'prov_jateng@kpu.go.id', '+6281100000033') x
JOIN office ri ON ri.code = 'RI'
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO office (code, name, level, parent_id, time_zone, address, email, whatsapp, opens_at, closes_at, friday_closes_at)
SELECT x.code, x.name, x.level, p.id, x.tz, x.address, x.email, x.wa, '08:00', '16:00', '16:30'
FROM (SELECT '5371' AS code, '53' AS parent, 'CITY' AS level, 'Komisi Pemilihan Umum Kota Kupang' AS name, 'Asia/Makassar' AS tz,
             'Jl. Frans Seda, Kelapa Lima, Kota Kupang' AS address, 'kota_kupang@kpu.go.id' AS email, '+6281100005371' AS wa
      UNION ALL SELECT '1811', '18', 'REGENCY', 'Komisi Pemilihan Umum Kabupaten Mesuji', 'Asia/Jakarta',
             'Kompleks Perkantoran Pemkab Mesuji, Wiralaga Mulya, Mesuji', 'kab_mesuji@kpu.go.id', '+6281100001811'
      UNION ALL SELECT '3301', '33', 'REGENCY', 'Komisi Pemilihan Umum Kabupaten Cilacap', 'Asia/Jakarta',
             'Jl. Kalimantan No. 45, Cilacap', 'kab_cilacap@kpu.go.id', '+6281100003301') x
JOIN office p ON p.code = x.parent
ON DUPLICATE KEY UPDATE name = VALUES(name);
