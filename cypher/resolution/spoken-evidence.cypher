// Evidence quoting the given visible actors, with the speaker the briefing named (its base actor).
UNWIND $actorIds AS actorId
MATCH (e:Evidence {speakerId: actorId})
RETURN e.id AS id, coalesce(e.baseSpeakerId, e.speakerId) AS baseSpeaker, e.speakerId AS speakerId
