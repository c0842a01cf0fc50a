MATCH (a:AuditEntry)
WHERE ($action IS NULL OR a.action = $action)
  AND ($by IS NULL OR a.by = $by)
  AND ($subject IS NULL OR a.subject = $subject)
WITH a ORDER BY a.at DESC, a.id DESC
WITH collect(a { .id, at: toString(a.at), .by, .role, .action, .subject, .summary }) AS entries
RETURN size(entries) AS total, entries[$offset..($offset + $first)] AS page
