import type { DateMention } from '../dates.js';
import type { Rules } from '../rules.js';
import type { Token } from '../tokenize.js';
import type { RelationEnv } from './types.js';

/** Prepositions whose date is no day of the event ("since May", "until Friday"). */
export const NON_EVENT_DATE_PREPS = new Set(['since', 'from', 'until', 'till', 'through', 'by', 'before']);
/** Prepositions by which a month qualifies a noun, not the clause ("the end of April", "scheduled for May"). */
const NOUN_DATE_PREPS = new Set(['of', 'for']);

/**
 * The time expression of the event at tokens [start, end): one written after it in its clause, one attached to it
 * ("Monday's meeting"), else one before it in its clause. Vague times and bare months count (they say the event is
 * not of a known day); "since", "from", "until" dates do not.
 */
export function pickDate(dates: DateMention[], start: number, end: number, tokens: Token[], rules: Rules): DateMention | null {
  // "the end of April", "scheduled for May": a month qualifying a noun, not the clause
  const usable = dates.filter(
    (d) =>
      !NON_EVENT_DATE_PREPS.has(d.preposition ?? '') && (d.date || d.kind === 'vague' || (d.kind === 'month' && !NOUN_DATE_PREPS.has(d.preposition ?? ''))),
  );
  const after = usable.find((d) => d.start >= end && !d.possessive && !boundaryBetween(tokens, rules, end, d.start));
  if (after) return after;
  const attached = usable.find((d) => d.possessive && d.end === start);
  if (attached) return attached;
  const before = [...usable].reverse().find((d) => d.end <= start && !d.possessive && !boundaryBetween(tokens, rules, d.end, start));
  return before ?? null;
}

function boundaryBetween(tokens: Token[], rules: Rules, a: number, b: number): boolean {
  const sets = rules.cues.sets;
  for (let i = a; i < b; i += 1) {
    const w = tokens[i]!.lower;
    if (w === ';' || w === '“' || w === '”' || (sets.boundaries.has(w) && w !== 'including' && w !== 'as') || sets.speech.has(w)) return true;
  }
  return false;
}

/**
 * The day of an event whose clause names none (see `date-policy` in cues.json):
 * 1. the day its report is dated in the sentence ("X has agreed to Y, Z said on Monday");
 * 2. the last day named earlier in its paragraph, unless a vague time came in between;
 * 3. in a digest of several news items only, the day of the item's news.
 */
export function inheritedDate(dates: DateMention[], at: number, tokens: Token[], rules: Rules, env: RelationEnv): string | null {
  const speech = rules.cues.sets.speech;
  const reported = dates.find((d) => {
    if (!d.date || d.possessive || d.kind === 'vague' || NON_EVENT_DATE_PREPS.has(d.preposition ?? '')) return false;
    const before = tokens[d.start - (d.preposition === 'on' ? 2 : 1)]?.lower ?? '';
    return speech.has(before) || speech.has(tokens[d.end]?.lower ?? '');
  });
  if (reported) return reported.date;
  const earlier = [...dates].reverse().find((d) => d.end <= at && !d.possessive && !NON_EVENT_DATE_PREPS.has(d.preposition ?? ''));
  if (earlier) return earlier.kind === 'vague' || earlier.kind === 'month' ? null : earlier.date;
  if (env.paragraphDate) return env.paragraphDate;
  return env.digest ? env.sectionDay : null;
}
