// Relations are typed relationships; each type gets an index on its stable id, on its date and on
// the day it was first reported (an undated relation's day), so a relation is found by id and a
// date window is an index range scan. The block runs once per
// type of the vocabulary (src/graph/vocabulary/relation-types.ts), MET and rel_met_ replaced.
// each relation type:
CREATE INDEX rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX rel_met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX rel_met_first_seen IF NOT EXISTS FOR ()-[r:MET]-() ON (r.firstSeen);
// end each relation type
