// Identity of the graph's nodes. Applied at every start-up; IF NOT EXISTS makes it idempotent.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT briefing_id IF NOT EXISTS FOR (b:Briefing) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE;
CREATE CONSTRAINT actor_statement_id IF NOT EXISTS FOR (s:ActorStatement) REQUIRE s.id IS UNIQUE;
