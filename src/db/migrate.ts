import { allCypherNames, cypher, splitStatements } from './cypher.js';
import type { Database } from './database.js';
import { mapNeo4jError } from './errors.js';

const INDEX_WAIT_SECONDS = 120;

/**
 * Applies cypher/schema/*.cypher in name order. Every statement is IF NOT EXISTS, so this runs at
 * every start-up; schema commands run one per transaction, as Neo4j requires.
 */
export async function applySchema(db: Database): Promise<number> {
  const files = allCypherNames().filter((name) => name.startsWith('schema/'));
  let applied = 0;
  for (const file of files) {
    for (const statement of splitStatements(cypher(file).text)) {
      const session = db.driver.session({ database: db.name });
      try {
        await session.executeWrite((tx) => tx.run(statement), { metadata: { app: 'diplograph', query: file } });
        applied += 1;
      } catch (error) {
        throw mapNeo4jError(error, file);
      } finally {
        await session.close();
      }
    }
  }
  await db.write('admin/await-indexes', { seconds: INDEX_WAIT_SECONDS });
  return applied;
}
