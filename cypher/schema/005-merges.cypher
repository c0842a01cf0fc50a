// An actor absorbed by a merge keeps its node under another label (so it is in no answer) until
// the merge is undone; ingests and merges lock it by id.
CREATE INDEX absorbed_actor_id IF NOT EXISTS FOR (a:AbsorbedActor) ON (a.id);
