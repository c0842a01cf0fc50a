// Several entries of the audit trail (a bulk load's briefings), in the transaction that makes the changes.
UNWIND $entries AS entry
CREATE (:AuditEntry {id: entry.id, at: datetime(), by: entry.by, role: entry.role, action: entry.action, subject: entry.subject,
                     summary: entry.summary})
