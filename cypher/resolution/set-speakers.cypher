UNWIND $rows AS row
MATCH (e:Evidence {id: row.id})
SET e.speakerId = row.speakerId
