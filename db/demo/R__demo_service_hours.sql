-- Demo data (issue 5, seed 001): the SIPOL helpdesk serves 08:00–17:00 Monday–Sunday at every demo office, in the
-- office's own time zone. Applied after R__demo_offices (alphabetical); an office's own later changes are kept.
INSERT INTO service_hours (office_id, service, weekday, opens_at, closes_at)
SELECT o.id, 'HELPDESK', d.wd, TIME '08:00:00', TIME '17:00:00'
FROM office o
JOIN (SELECT 1 AS wd UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7) d ON d.wd BETWEEN 1 AND 7
WHERE o.code IN ('RI', '53', '5371', '52', '18', '1811', '33', '3301')
ON DUPLICATE KEY UPDATE service = VALUES(service);
