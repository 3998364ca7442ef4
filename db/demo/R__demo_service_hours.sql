-- Demo data (issue 5, seed 001): the SIPOL helpdesk serves 08:00–17:00 Monday–Sunday at every demo office, in the
-- office's own time zone. Applied after R__demo_offices (alphabetical); an office's own later changes are kept.
INSERT INTO service_hours (office_id, service, weekday, opens_at, closes_at)
SELECT o.id, 'HELPDESK', d.wd, TIME '08:00:00', TIME '17:00:00'
FROM office o
JOIN (SELECT 1 AS wd UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7) d ON d.wd BETWEEN 1 AND 7
WHERE o.code IN ('RI', '53', '5371', '52', '18', '1811', '33', '3301')
ON DUPLICATE KEY UPDATE service = VALUES(service);

-- The demo offices are created after V14, which gave every office then present its information and consultation
-- hours: give the demo offices the same (Monday–Thursday, Friday's own closing), keeping later changes.
INSERT INTO service_hours (office_id, service, weekday, opens_at, closes_at)
SELECT o.id, s.svc, d.wd, o.opens_at,
       CASE WHEN d.wd = 5 AND o.friday_closes_at IS NOT NULL THEN o.friday_closes_at ELSE o.closes_at END
FROM office o
JOIN (SELECT 'INFORMATION' AS svc UNION ALL SELECT 'CONSULTATION') s ON s.svc IS NOT NULL
JOIN (SELECT 1 AS wd UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d ON d.wd BETWEEN 1 AND 5
WHERE o.code IN ('RI', '53', '5371', '52', '18', '1811', '33', '3301')
ON DUPLICATE KEY UPDATE weekday = VALUES(weekday);
