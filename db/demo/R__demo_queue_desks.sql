-- Demo service desks (HD-5) at every demo office: Meja 1 (information + consultation), Meja 2 (consultation +
-- information), Meja 3 (SIPOL helpdesk). Repeatable and idempotent; portable to MySQL 8 and MariaDB.
INSERT INTO queue_desk (office_id, name, sort_order, active)
SELECT o.id, d.name, d.sort_order, TRUE
FROM office o
CROSS JOIN (SELECT 'Meja 1' AS name, 1 AS sort_order
            UNION ALL SELECT 'Meja 2', 2
            UNION ALL SELECT 'Meja 3', 3) d
WHERE o.code IN ('RI', '53', '5371', '52', '18', '1811', '33', '3301')
ON DUPLICATE KEY UPDATE sort_order = VALUES(sort_order), active = TRUE;

INSERT INTO queue_desk_service (desk_id, service)
SELECT qd.id, s.service
FROM queue_desk qd
JOIN office o ON o.id = qd.office_id
JOIN (SELECT 'Meja 1' AS name, 'INFORMATION' AS service
      UNION ALL SELECT 'Meja 1', 'CONSULTATION'
      UNION ALL SELECT 'Meja 2', 'CONSULTATION'
      UNION ALL SELECT 'Meja 2', 'INFORMATION'
      UNION ALL SELECT 'Meja 3', 'SIPOL_HELPDESK') s ON s.name = qd.name
WHERE o.code IN ('RI', '53', '5371', '52', '18', '1811', '33', '3301')
ON DUPLICATE KEY UPDATE service = VALUES(service);
