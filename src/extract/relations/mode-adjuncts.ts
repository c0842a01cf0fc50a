import type { RelationType } from '../../vocabulary/relation-types.js';
import { round, viaPenalty } from './confidence.js';
import { inheritedDate, pickDate } from './event-date.js';
import type { SentenceView } from './sentence-view.js';
import type { DraftRelation, MentionUnit } from './types.js';

/**
 * "X told Y in a call on Monday", "X informed Y and Z … in a phone call": the mode phrase makes the clause's
 * subject and its objects take part in the event (cues.json `modeAdjuncts`).
 */
export function modeAdjunctRelations(view: SentenceView, reportedInSentence: boolean): DraftRelation[] {
  const { units, tokens, sets, rules, inQuote, dates, env, sentence } = view;
  const out: DraftRelation[] = [];
  for (const [type, phrases] of Object.entries(rules.cues.modeAdjuncts) as [RelationType, string[]][]) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      for (let p = 0; p < units.length; p += 1) {
        if (!words.every((w, i) => view.word(units[p + i]) === w)) continue;
        let start = p - 1;
        while (
          start >= 0 &&
          !(units[start]!.kind === 't' && (sets.boundaries.has(view.word(units[start])) || view.word(units[start]) === ';' || inQuote[start])) &&
          !opensClause(view, start)
        )
          start -= 1;
        const agents: MentionUnit[] = [];
        for (let q = start + 1; q < p; q += 1) {
          const v = units[q]!;
          // "spoke with X by phone": an object of "with" takes part too
          const prep = view.word(units[q - 1]) === 'the' ? view.word(units[q - 2]) : view.word(units[q - 1]);
          if (view.isAgent(v) && !v.m.possessive && (!sets.preps.has(prep) || prep === 'with')) agents.push(v);
        }
        // "The Kremlin said Putin and Erdogan had spoken by phone": the teller is no party, the clause it tells begins after it
        // ("The Kremlin said Putin had spoken by phone with Maduro": with the other party unnamed, no call is read)
        while (agents.length >= 2 && tellsNext(view, agents[0]!, agents[1]!)) agents.shift();
        const [subject, ...objects] = agents;
        if (!subject || !objects.length) continue;
        const own = pickDate(dates, p, p + words.length, tokens, rules);
        const date = own && own.kind !== 'vague' && own.kind !== 'month' ? own.date : own ? null : inheritedDate(dates, p, tokens, rules, env);
        for (const o of objects) {
          if (o.m.actor === subject.m.actor) continue;
          out.push({
            source: subject.m.actor!,
            target: o.m.actor!,
            type,
            date,
            modality: reportedInSentence ? 'REPORTED' : 'ASSERTED',
            negated: false,
            confidence: round(0.7 * viaPenalty(subject.m) * viaPenalty(o.m)),
            sentence,
            speaker: null,
            trigger: tokens[units[p]!.start]!.start,
          });
        }
      }
    }
  }
  return out;
}

/**
 * ", and the Prime Minister, David Cameron, raised the matter with Rajoy in a phone call": a clause coordinated after
 * a comma begins with its own subject; the earlier clause's actors ("The Foreign Office … summoned …") are no party.
 */
function opensClause(view: SentenceView, at: number): boolean {
  const { units } = view;
  const next = view.word(units[at + 1]) === 'the' ? units[at + 2] : units[at + 1];
  return view.word(units[at]) === 'and' && view.word(units[at - 1]) === ',' && view.isAgent(next);
}

const TELL: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);

/** A reporting verb ("said", "says") stands between two agents: the first tells what the second did. */
function tellsNext(view: SentenceView, teller: MentionUnit, next: MentionUnit): boolean {
  const { units, sets } = view;
  // ("Salman told Trump in a phone call that …": whom one tells is the other party, not the subject of a clause told)
  for (let q = units.indexOf(teller) + 1; q < units.indexOf(next); q += 1)
    if (sets.speech.has(view.word(units[q])) && !TELL.has(view.word(units[q]))) return true;
  return false;
}
