import { CODE_MIGRATIONS } from './code-migrations.js';
import { allCypherNames, cypher, splitStatements } from './cypher.js';
import type { Database } from './database.js';

const INDEX_WAIT_SECONDS = 120;

/**
 * Brings a database to the current model, at every start-up: first cypher/schema/*.cypher (every
 * statement IF NOT EXISTS; schema commands one per transaction, as Neo4j requires), then each data
 * migration of cypher/migrations/ not yet recorded, in name order, each in one transaction with its
 * record, so an upgrade loses nothing and a migration never runs twice; then the code migrations
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
  for (const name of pending) {
    await db.writeTransaction(async (tx) => {
      await tx.run(name);
      await tx.run('admin/record-migration', { name });
    }, name);
  }
  const pendingCode = CODE_MIGRATIONS.filter((migration) => !done.has(migration.name));
  for (const migration of pendingCode) {
    await migration.run(db);
    await db.write('admin/record-migration', { name: migration.name });
  }
  return pending.length + pendingCode.length;
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
