import type { Database } from '../db/database.js';
import { extractBriefing, type BriefingMetaInput } from '../extract/extract-briefing.js';
import { ingestBriefing, type IngestOptions, type IngestReport } from '../ingest/apply-briefing.js';
import { parseBriefing } from '../ingest/parse-briefing.js';
import type { BriefingFile } from '../ingest/briefing-format.js';
import { loadKnownActors } from './known-actors.js';
import { loadEnv } from '../config/env.js';
import { defaultParser, type Parser } from '../nlp/parser.js';
import { applyCertainMatches, resolveDraftActors, type ActorMatch } from './resolve-draft.js';

export interface Extraction {
  draft: BriefingFile;
  matches: ActorMatch[] | null;
}

/**
 * Text → draft, using the graph's actors when there is a graph (except what this briefing's own
 * previous version stated, so the same text always gives the same draft), and resolving the draft
 * against it.
 */
export async function extractWithGraph(
  db: Database | null,
  text: string,
  meta: BriefingMetaInput,
  parser: Parser = defaultParser(loadEnv()),
): Promise<Extraction> {
  const knownActors = db ? await loadKnownActors(db, meta.id ?? null) : [];
  const raw = await extractBriefing(text, meta, { knownActors, parser });
  if (!db) return { draft: raw, matches: null };
  const matches = await resolveDraftActors(db, raw);
  return { draft: applyCertainMatches(raw, matches), matches };
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
  parser?: Parser,
): Promise<{ extraction: Extraction; report: IngestReport }> {
  const extraction = await extractWithGraph(db, text, meta, parser);
  const draft = parseBriefing(extraction.draft, `extracted draft of ${meta.id ?? 'briefing'}`);
  return { extraction, report: await ingestBriefing(db, draft, options) };
}
