// One entry of the audit trail, written in the same transaction as the change it records.
CREATE (:AuditEntry {id: $id, at: datetime(), by: $by, role: $role, action: $action, subject: $subject, summary: $summary})
