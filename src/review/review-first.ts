import type { BriefingFile } from '../ingest/briefing-format.js';
import { reviewBelow } from '../extract/precision/calibration.js';

/** How much of a relation's evidence sentence a review line quotes. */
const QUOTE_CHARS = 100;

/**
 * The review tier of a draft: its relations whose calibrated confidence is below `reviewBelow` (rules/confidence.json),
 * least sure first, as lines for `npm run extract` to print on stderr. The draft itself keeps them (a reviewer drops
 * the wrong ones), so its format is unchanged.
 */
export function reviewFirst(draft: BriefingFile, below: number = reviewBelow()): string[] {
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  const doubtful = draft.relations.filter((r) => r.confidence < below).sort((a, b) => a.confidence - b.confidence);
  if (!doubtful.length) return [`No relation below confidence ${below}.`];
  return [
    `To review first: ${doubtful.length} of ${draft.relations.length} relations below confidence ${below}:`,
    ...doubtful.map((r) => {
      const quote = r.evidence.quote.length > QUOTE_CHARS ? `${r.evidence.quote.slice(0, QUOTE_CHARS)}…` : r.evidence.quote;
      return `  ${r.confidence.toFixed(2)}  ${nameOf.get(r.source) ?? r.source} ${r.type} ${nameOf.get(r.target) ?? r.target}  "${quote}"`;
    }),
  ];
}
