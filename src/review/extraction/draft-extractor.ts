import { draftBriefingMeta, EXTRACTOR_ID, extractBriefing, extractDraft, type BriefingMetaInput, type KnownActor } from '../../extract/extract-briefing.js';
import type { BriefingFile } from '../../ingest/briefing-format.js';
import type { Parser } from '../../nlp/parser.js';
import { notProseReason } from './prose-check.js';

/** What the extractor needs: the text, what the text alone cannot say, and the graph's actors. */
export interface ExtractionJob {
  text: string;
  meta: BriefingMetaInput;
  knownActors: readonly KnownActor[];
}

export interface ExtractionOutcome {
  draft: BriefingFile;
  /** Why the draft is emptier than the text (not prose); empty when the extractor read it all. */
  warnings: string[];
}

/** Text → draft, in this thread (the CLI) or in a worker pool (the server: extraction-pool.ts). */
export interface DraftExtractor {
  extract(job: ExtractionJob): Promise<ExtractionOutcome>;
}

/** A draft that states nothing: the briefing as the extractor would name it, and its text. */
function emptyDraft(text: string, meta: BriefingMetaInput): BriefingFile {
  return {
    briefing: draftBriefingMeta(text, meta),
    actors: [],
    relations: [],
    annotator: EXTRACTOR_ID,
  };
}

/**
 * The extractor behind the prose check. `parser` null runs the surface rules only (no CoreNLP),
 * as extractDraft does without a parse.
 */
export async function extractChecked(job: ExtractionJob, parser: Parser | null): Promise<ExtractionOutcome> {
  const reason = notProseReason(job.text);
  if (reason) return { draft: emptyDraft(job.text, job.meta), warnings: [reason] };
  const options = { knownActors: job.knownActors };
  const draft = parser ? await extractBriefing(job.text, job.meta, { ...options, parser }) : extractDraft(job.text, job.meta, options);
  return { draft, warnings: [] };
}

/** Extraction in the calling thread: for commands, where nothing else waits on the event loop. */
export function inProcessExtractor(parser: Parser | null): DraftExtractor {
  return { extract: (job) => extractChecked(job, parser) };
}
