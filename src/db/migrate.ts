import { CODE_MIGRATIONS } from './code-migrations.js';
import { allCypherNames, cypher, splitStatements } from './cypher.js';
import type { Database } from './database.js';

const INDEX_WAIT_SECONDS = 120;
/** Rows (briefings, pieces of evidence) a batched data migration changes per write transaction: a million-relation store upgrades in bounded transactions. */
export const MIGRATION_BATCH_ROWS = 5_000;
/** The cursor a batched migration starts from: below every id. */
const FIRST_CURSOR = '';

/**
 * Brings a database to the current model, at every start-up: first cypher/schema/*.cypher (every
 * statement IF NOT EXISTS; schema commands one per transaction, as Neo4j requires), then each data
 * migration of cypher/migrations/ not yet recorded, in name order, each in one transaction with its
 * record (or, when it is batched, MIGRATION_BATCH_ROWS rows per transaction and then its record),
 * so an upgrade loses nothing and a migration never runs twice; then the code migrations
 * (src/db/code-migrations.ts), each recorded once it has finished (they are idempotent batches).
 */
export async function applySchema(db: Database): Promise<number> {
  const applied = await applySchemaStatements(db);
  return applied + (await applyDataMigrations(db));
}

async function applyDataMigrations(db: Database): Promise<number> {
  const [row] = await db.read<{ names: string[] }>('admin/applied-migrations');
  const done = new Set(row?.names ?? []);
  const pending = allCypherNames().filter((name) => name.startsWith('migrations/') && !done.has(name));
  for (const name of pending) await runDataMigration(db, name);
  const pendingCode = CODE_MIGRATIONS.filter((migration) => !done.has(migration.name));
  for (const migration of pendingCode) {
    await migration.run(db);
    await db.write('admin/record-migration', { name: migration.name });
  }
  return pending.length + pendingCode.length;
}

/**
 * Runs one data migration of cypher/migrations/ and records it: in one transaction with its
 * record, or, when it is batched, MIGRATION_BATCH_ROWS rows per transaction, each committing on
 * its own, and the record after the last (a run cut short starts again; every batch is idempotent).
 */
export async function runDataMigration(db: Database, name: string): Promise<void> {
  if (!isBatched(name)) {
    await db.writeTransaction(async (tx) => {
      await tx.run(name);
      await tx.run('admin/record-migration', { name });
    }, name);
    return;
  }
  for (let after: string | null = FIRST_CURSOR; after !== null;) {
    const cursor: string = after;
    const [row] = await db.writeTransaction((tx) => tx.run<{ last: string | null }>(name, { after: cursor, batch: MIGRATION_BATCH_ROWS }), name);
    after = row?.last ?? null;
  }
  await db.write('admin/record-migration', { name });
}

/** A batched migration walks ids from $after, $batch at a time, and returns the `last` id it reached (none when done). */
function isBatched(name: string): boolean {
  return cypher(name).text.includes('$after');
}

async function applySchemaStatements(db: Database): Promise<number> {
  const files = allCypherNames().filter((name) => name.startsWith('schema/'));
  let applied = 0;
  for (const file of files) {
    for (const statement of splitStatements(cypher(file).text)) {
      await db.schemaCommand(file, statement);
      applied += 1;
    }
  }
  await db.write('admin/await-indexes', { seconds: INDEX_WAIT_SECONDS });
  return applied;
}
