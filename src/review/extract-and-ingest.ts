import type { Database } from '../db/database.js';
import type { BriefingMetaInput } from '../extract/extract-briefing.js';
import { ingestBriefing, type IngestOptions, type IngestReport } from '../ingest/apply-briefing.js';
import { parseBriefing } from '../ingest/parse-briefing.js';
import type { BriefingFile } from '../ingest/briefing-format.js';
import { loadKnownActors } from './known-actors.js';
import { loadEnv } from '../config/env.js';
import { defaultParser } from '../nlp/parser.js';
import { applyCertainMatches, resolveDraftActors, type ActorMatch } from './resolve-draft.js';
import { inProcessExtractor, type DraftExtractor } from './extraction/draft-extractor.js';

export interface Extraction {
  draft: BriefingFile;
  matches: ActorMatch[] | null;
  /** Why the draft states less than the text might (a text that is not prose gets an empty draft). */
  warnings: string[];
}

/** Extraction in this thread with the configured CoreNLP service: what commands use. */
const inThisThread = (): DraftExtractor => inProcessExtractor(defaultParser(loadEnv()));

/**
 * Text → draft, using the graph's actors when there is a graph (except what this briefing's own
 * previous version stated, so the same text always gives the same draft), and resolving the draft
 * against it. The server passes its worker pool as `extractor`, so the extraction runs off its event loop.
 */
export async function extractWithGraph(
  db: Database | null,
  text: string,
  meta: BriefingMetaInput,
  extractor: DraftExtractor = inThisThread(),
): Promise<Extraction> {
  const knownActors = db ? await loadKnownActors(db, meta.id ?? null) : [];
  const startedAt = Date.now();
  const { draft: raw, warnings } = await extractor.extract({ text, meta, knownActors });
  if (!db) return { draft: raw, matches: null, warnings };
  // The extraction has its own deadline; the request's database work gets its full time after it.
  db.postponeDeadline(Date.now() - startedAt);
  const matches = await resolveDraftActors(db, raw);
  return { draft: applyCertainMatches(raw, matches), matches, warnings };
}

/**
 * The one-step path for trusted pipelines: extract, then ingest with the same guarantees as a
 * reviewed file; every piece of evidence keeps the extractor's name@version.
 */
export async function extractAndIngest(
  db: Database,
  text: string,
  meta: BriefingMetaInput,
  options: IngestOptions = {},
  extractor?: DraftExtractor,
): Promise<{ extraction: Extraction; report: IngestReport }> {
  const extraction = await extractWithGraph(db, text, meta, extractor);
  const draft = parseBriefing(extraction.draft, `extracted draft of ${meta.id ?? 'briefing'}`);
  return { extraction, report: await ingestBriefing(db, draft, options) };
}
