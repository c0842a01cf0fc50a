import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../../src/db/database.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../../src/db/local/server.js';
import { applySchema } from '../../../src/db/migrate.js';
import { briefingFilesIn, seedFiles } from '../../../src/ingest/seed.js';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { freePort } from '../../../src/db/local/free-port.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const TEST_PASSWORD = 'diplograph-test';

/**
 * Starts a real Neo4j on a free port with a throw-away store, applies the schema and seeds
 * seeds/, and stops it at the end. NEO4J_TEST_URI points the suite at a server of your own instead
 * (it must be a disposable database: the suite writes to it).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let running: RunningNeo4j | undefined;
  let store: string | undefined;
  let target: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    target = {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? TEST_PASSWORD,
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    };
  } else {
    store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-test-'));
    running = await startLocalNeo4j(
      { port: await freePort(), dataDir: store, password: TEST_PASSWORD, pagecacheMb: 64, heapMb: 768, javaHome: process.env.JAVA_HOME },
      false,
    );
    target = { uri: running.uri, user: 'neo4j', password: TEST_PASSWORD, database: 'neo4j' };
  }

  // A fresh JVM plans and compiles every ingest statement on the seed's first transaction; on a loaded machine (the nlp
  // project starts a second Neo4j and CoreNLP's model load at the same moment) that took over 60 s once. The hook's own
  // timeout (240 s) stays the bound.
  const db = Database.connect({ ...target, local: false }, { txTimeoutMs: 200_000 });
  try {
    await applySchema(db);
    const outcomes = await seedFiles(db, await briefingFilesIn(path.join(PROJECT_ROOT, 'seeds')));
    const failed = outcomes.filter((outcome) => outcome.error);
    if (failed.length > 0) throw new Error(`seeding failed: ${failed.map((outcome) => outcome.error!.message).join('\n')}`);
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  // A test that extracts must bring its own extraction (a surface pool, or tests/nlp/'s service): a
  // default one would start the project's CoreNLP on NLP_PORT and leave it running after the run.
  // Pointed at a port nobody serves, such a slip fails at once instead.
  process.env.NLP_URL ??= `http://127.0.0.1:${await freePort()}/`;

  return async () => {
    await running?.stop();
    if (store) rmSync(store, { recursive: true, force: true });
  };
}
