// Names and aliases, searched case- and accent-insensitively ("cavusoglu" finds "Çavuşoğlu").
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE INDEX actor_wikidata IF NOT EXISTS FOR (a:Actor) ON (a.wikidata);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationId);
CREATE INDEX briefing_published IF NOT EXISTS FOR (b:Briefing) ON (b.publishedAt);
CREATE INDEX merge_record_absorbed IF NOT EXISTS FOR (m:MergeRecord) ON (m.absorbedId);
CREATE FULLTEXT INDEX evidence_quotes IF NOT EXISTS FOR (e:Evidence) ON EACH [e.quote]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE INDEX evidence_speaker IF NOT EXISTS FOR (e:Evidence) ON (e.speakerId);
