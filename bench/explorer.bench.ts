import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { Keyring } from '../src/access/keyring.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local/server.js';
import { applySchema } from '../src/db/migrate.js';
import { ingestBriefing } from '../src/ingest/apply-briefing.js';
import { parseBriefing } from '../src/ingest/parse-briefing.js';
import { schema } from '../src/graphql/schema.js';
import { createApolloServer } from '../src/server/create-server.js';
import { startHttpServer } from '../src/server/http-server.js';
import { attachSubscriptions } from '../src/server/subscriptions.js';
import { toolingRoutes } from '../src/server/tooling-routes.js';
import { buildWeb } from '../src/web/build/build-web.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/web/build/chromium.js';

/**
 * The explorer's time to first draw in Debian's Chromium (software WebGL, no GPU): a star of N
 * actors around a hub, with a ring among the spokes (about 2N relations), drawn from
 * /explorer?actor=hub. Reports the page's own measure (data received → first frame) and the time
 * from navigation to the first frame. Prints figures; asserts nothing.
 */
const SIZES = [100, 2000];
const ROUNDS = 3;
/** Ports of the explorer's range on shared machines. */
const NEO4J_PORT = 46_090;
const HTTP_PORT = 46_091;

function star(n: number) {
  const id = (i: number) => `star${n}-${i}`;
  const sentences: string[] = [];
  const relations = [];
  for (let i = 1; i < n; i += 1) {
    const a = `Hub ${n} met spoke ${i}.`;
    sentences.push(a);
    relations.push({ source: id(0), target: id(i), type: 'MET', date: '2020-01-02', evidence: { quote: a } });
    const b = `Spoke ${i} criticized spoke ${(i % (n - 1)) + 1} (${n}).`;
    sentences.push(b);
    relations.push({ source: id(i), target: id((i % (n - 1)) + 1), type: 'CRITICIZED', date: '2020-01-03', evidence: { quote: b } });
  }
  return parseBriefing(
    {
      annotator: 'bench',
      briefing: { id: `star-${n}`, title: `Star ${n}`, publishedAt: '2020-01-04', text: sentences.join(' ') },
      actors: Array.from({ length: n }, (_, i) => ({ id: id(i), name: `Star${n} Actor ${i}`, kind: i === 0 ? 'STATE' : 'PERSON' })),
      relations,
    },
    `star ${n}`,
  );
}

const store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-explorer-bench-'));
const neo4j = await startLocalNeo4j(
  { port: NEO4J_PORT, dataDir: store, password: 'bench-password', pagecacheMb: 128, heapMb: 1024, javaHome: process.env.JAVA_HOME },
  false,
);
const db = Database.connect({ uri: neo4j.uri, user: 'neo4j', password: 'bench-password', database: 'neo4j', local: false }, { txTimeoutMs: 300_000 });
const profile = mkdtempSync(path.join(os.tmpdir(), 'diplograph-explorer-bench-chromium-'));
try {
  await applySchema(db);
  for (const n of SIZES) {
    const started = performance.now();
    await ingestBriefing(db, star(n));
    console.log(`ingested a star of ${n} actors in ${Math.round(performance.now() - started)} ms`);
  }
  await buildWeb();
  const apollo = createApolloServer();
  await apollo.start();
  const http = await startHttpServer(
    apollo,
    db,
    { keyring: Keyring.EMPTY, corsOrigins: [], maxBodyBytes: 1024 * 1024, ...toolingRoutes(apollo, db) },
    { host: '127.0.0.1', port: HTTP_PORT },
  );
  const live = attachSubscriptions(http.server, { schema, db, keyring: Keyring.EMPTY });
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  try {
    for (const n of SIZES) {
      const draw: number[] = [];
      const total: number[] = [];
      let drawn = { nodes: 0, edges: 0 };
      for (let round = 0; round < ROUNDS; round += 1) {
        const page = await browser.newPage();
        const navigated = performance.now();
        await page.goto(`${http.url}explorer?actor=star${n}-0&limit=${n}`);
        await page.waitForFunction(() => (window as any).__explorer.draws > 0, undefined, { timeout: 120_000 });
        total.push(performance.now() - navigated);
        const metrics = await page.evaluate(() => (window as any).__explorer.lastDraw as { nodes: number; edges: number; firstDrawMs: number });
        draw.push(metrics.firstDrawMs);
        drawn = metrics;
        await page.close();
      }
      const median = (values: number[]) => Math.round([...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!);
      console.log(
        `explorer, ${drawn.nodes} actors / ${drawn.edges} relations: first draw ${median(draw)} ms after the data arrived, ${median(total)} ms from navigation (median of ${ROUNDS})`,
      );
    }
  } finally {
    await browser.close();
    await live.close();
    await http.close();
    await apollo.stop();
  }
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(store, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
