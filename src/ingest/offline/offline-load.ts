import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_ANALYST } from '../../access/principal.js';
import { CODE_MIGRATIONS } from '../../db/code-migrations.js';
import { allCypherNames } from '../../db/cypher.js';
import { adminImport, offlineImportRefusal } from '../../db/local/admin-import.js';
import type { BriefingFile } from '../briefing-format.js';
import { ARRAY_DELIMITER, csvImportOf, graphCsvFiles } from './csv-files.js';
import { OfflineGraph } from './offline-graph.js';
import { planBriefings } from './offline-pool.js';

/**
 * The data migrations an imported store still needs, left unrecorded so its first start runs them:
 * neo4j-admin import cannot write an empty list, which 004 writes where an actor's list is missing;
 * the actors' counts of hidden relations (code/003, src/db/hidden-count-keys.ts) and the pairs'
 * counts of their relations (code/004, src/db/pair-count-keys.ts) are counted once the relations are in, rather than tallied while planning. Every other migration is recorded as applied, as the imported graph needs none: in particular
 * 005, as a briefing's statement stores an empty list as no property online too
 * (ingest/write-new-briefings), so the import writes the very graph the ingest would.
 */
const MIGRATIONS_AN_IMPORT_NEEDS = ['migrations/004-actor-empty-lists', 'code/003-actor-hidden-counts', 'code/004-actor-pair-counts'];

export interface OfflineLoadReport {
  briefings: number;
  relationMentions: number;
  actors: number;
  relations: number;
  /** Planning and writing the CSV files, then neo4j-admin's import, in seconds. */
  planSeconds: number;
  /** The worker threads that planned the briefings (0: this thread). */
  planThreads: number;
  importSeconds: number;
}

/**
 * The first load of an EMPTY local store, offline: plans every briefing as the ingest would
 * (offline-graph.ts), writes the graph as CSV files and has neo4j-admin import them, many times
 * faster than transactions. The store must be stopped and hold no database (refused otherwise,
 * before anything is read). Start the store afterwards: applySchema then builds the indexes and
 * writes the actors' empty lists and counts (MIGRATIONS_AN_IMPORT_NEEDS); the other data migrations are recorded as applied. Validation is the caller's (parseBriefing), as for
 * the online ingest; a briefing the offline path cannot reproduce is refused, naming its field.
 */
export async function loadOffline(
  dataDir: string,
  files: Iterable<{ file: BriefingFile; source: string }> | AsyncIterable<{ file: BriefingFile; source: string }>,
  options: {
    javaHome?: string | undefined;
    log?: (line: string) => void;
    /** Worker threads planning the briefings (0: this thread), and after how many briefings they start (see offline-pool.ts). */
    planThreads?: number;
    briefingsBeforeThreads?: number;
  } = {},
): Promise<OfflineLoadReport> {
  const refused = await offlineImportRefusal(dataDir);
  if (refused) throw new Error(`offline import refused: ${refused}`);
  const csvDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-offline-'));
  try {
    const started = performance.now();
    const migrations = [
      ...allCypherNames().filter((name) => name.startsWith('migrations/') && !MIGRATIONS_AN_IMPORT_NEEDS.includes(name)),
      ...CODE_MIGRATIONS.map((migration) => migration.name).filter((name) => !MIGRATIONS_AN_IMPORT_NEEDS.includes(name)),
    ];
    const at = new Date().toISOString();
    const threads = options.planThreads ?? defaultPlanThreads();
    const graph = new OfflineGraph();
    const planned = await planBriefings(files, graph, {
      dir: csvDir,
      at,
      threads,
      ...(options.briefingsBeforeThreads === undefined ? {} : { briefingsBeforeThreads: options.briefingsBeforeThreads }),
    });
    const csv = graphCsvFiles(csvDir, at, migrations, LOCAL_ANALYST);
    const { actors, relations } = graph.finish(planned.counts, planned.tally, csv.rows);
    const gathered = csv.close();
    const written = csvImportOf([...gathered.nodes, ...planned.written.nodes], [...gathered.relationships, ...planned.written.relationships]);
    const plannedAt = performance.now();
    const relationMentions = planned.counts.reduce((sum, counts) => sum + counts.evidence, 0);
    options.log?.(
      `offline import: ${graph.briefings} briefings (${relationMentions} relation mentions) planned and written as CSV in ` +
        `${((plannedAt - started) / 1000).toFixed(1)} s by ${threads || 'no'} worker threads; importing`,
    );
    await adminImport(dataDir, { ...written, arrayDelimiter: ARRAY_DELIMITER }, options);
    return {
      briefings: graph.briefings,
      relationMentions,
      actors,
      relations,
      planSeconds: (plannedAt - started) / 1000,
      planThreads: threads,
      importSeconds: (performance.now() - plannedAt) / 1000,
    };
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

/** One planning thread per core: this thread mostly reads and validates the briefings meanwhile. */
export function defaultPlanThreads(): number {
  return os.availableParallelism();
}
