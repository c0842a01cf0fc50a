UNWIND $evidenceIds AS evidenceId
MATCH (e:Evidence {id: evidenceId})
SET e.speakerId = $speakerId
