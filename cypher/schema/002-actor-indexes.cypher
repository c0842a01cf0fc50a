// Names and aliases, searched case- and accent-insensitively ("cavusoglu" finds "Çavuşoğlu").
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE INDEX actor_wikidata IF NOT EXISTS FOR (a:Actor) ON (a.wikidata);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationId);
CREATE INDEX briefing_published IF NOT EXISTS FOR (b:Briefing) ON (b.publishedAt);
CREATE INDEX merge_record_absorbed IF NOT EXISTS FOR (m:MergeRecord) ON (m.absorbedId);
// Quotes are searched through evidence_text (quoteKey) only; this older index on the raw quote
// was read by nothing and cost every ingest a second Lucene document per piece of evidence.
DROP INDEX evidence_quotes IF EXISTS;
CREATE INDEX evidence_speaker IF NOT EXISTS FOR (e:Evidence) ON (e.speakerId);
// Search keeps every word analysts type: articles and prepositions ("The Wall Street Journal",
// "Front for Change") and possessives ("Russia’s"). Both indexes read keys folded in code
// (case, accents, punctuation; src/graph/names/fold.ts), so the analyzer only splits words and
// drops none: actors' lookupKeys, and each evidence quote's words (quoteKey).
CREATE FULLTEXT INDEX actor_keys IF NOT EXISTS FOR (a:Actor) ON EACH [a.lookupKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR (e:Evidence) ON EACH [e.quoteKey]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE INDEX actor_statement_actor IF NOT EXISTS FOR (s:ActorStatement) ON (s.actorId);
CREATE INDEX actor_statement_briefing IF NOT EXISTS FOR (s:ActorStatement) ON (s.briefingId);
