import type { Actor } from '../actors.js';
import { QUOTE_OPEN, QUOTE_CLOSE } from './quotes.js';
import type { SentenceView } from './sentence-view.js';
import type { MentionUnit } from './types.js';
import { findSubject } from './subjects.js';

/** Who speaks in a sentence: its first speaker, the speaker of its quotation, and an "according to" source. */
export interface Speakers {
  sentenceSpeaker: { actor: Actor; at: number } | null;
  quoteSpeaker: Actor | null;
  accordingTo: Actor | null;
}

/** The speakers of a sentence: "X said", "…,” X asserted", "according to X"; each speech verb's subject joins the clauses met. */
export function findSpeakers(view: SentenceView): Speakers {
  const { units, sets, inQuote, clauses, env, sentence } = view;
  let sentenceSpeaker: { actor: Actor; at: number } | null = null;
  let quoteSpeaker: Actor | null = env.quoteSpeaker;
  let accordingTo: Actor | null = null;
  for (let k = 0; k < units.length; k += 1) {
    const u = units[k]!;
    if (u.kind === 't' && u.tok.lower === 'according' && view.word(units[k + 1]) === 'to') {
      const next = units[k + 2] ?? units[k + 3];
      if (view.isAgent(units[k + 2])) accordingTo = (units[k + 2] as MentionUnit).m.actor;
      else if (view.isAgent(next)) accordingTo = next.m.actor;
    }
    if (u.kind !== 't' || !sets.speech.has(u.tok.lower) || inQuote[k]) continue;
    let speaker: Actor | null = null;
    const subject = findSubject(view, k);
    if (subject && subject.actors.length === 1) speaker = subject.actors[0]!;
    else if (view.isAgent(units[k + 1]) && (QUOTE_CLOSE.has(view.word(units[k - 1])) || view.word(units[k - 1]) === ','))
      speaker = (units[k + 1] as MentionUnit).m.actor;
    if (!speaker) continue;
    if (subject && subject.actors.length) clauses.push({ at: k, party: subject, form: view.formOf(u.tok.lower) });
    if (!sentenceSpeaker) sentenceSpeaker = { actor: speaker, at: k };
    const hasQuote = units.some((x, i) => inQuote[i] && x.kind === 't' && !QUOTE_OPEN.has(x.tok.text));
    if (hasQuote || sentence.openQuoteAtStart) quoteSpeaker = speaker;
  }
  return { sentenceSpeaker, quoteSpeaker, accordingTo };
}
