import { viaPenalty } from './confidence.js';
import { matchTrigger, plainModifier } from './triggers.js';
import type { MentionUnit, Party, VerbForm } from './types.js';
import type { SentenceView } from './sentence-view.js';

/** A verb met earlier in the sentence: a coordinated or participial verb without its own subject takes its party. */
export function earlierClause(view: SentenceView, k: number, form: VerbForm | null): Party | null {
  const { clauses } = view;
  for (let c = clauses.length - 1; c >= 0; c -= 1) {
    const entry = clauses[c]!;
    if (entry.at >= k) continue;
    if (form && entry.form !== form && (form === 'past' || form === 'present') && (entry.form === 'past' || entry.form === 'present')) continue;
    return { ...entry.party, penalty: entry.party.penalty * 0.9 };
  }
  return null;
}

const JUNIOR_SENIOR = new Set(['jr', 'sr']);

/** The subject of the verb at unit k: the actor just before it, past auxiliaries, adverbs and relative clauses. */
export function findSubject(view: SentenceView, k: number): Party | null {
  const { units, sets, inQuote, dateTokens } = view;
  let j = k - 1;
  let penalty = 1;
  let commas = 0;
  while (j >= 0) {
    const u = units[j]!;
    if (u.kind === 'm') {
      if (u.m.role === 'agent' && u.m.actor && !u.m.possessive) return withCoordination(view, j, penalty);
      if (u.m.role === 'pair' && view.partyOf(u.m)) {
        // "urged both sides to hold talks": the pair is asked to act, its infinitive is not told as done
        if (view.word(units[j + 1]) === 'to') return null;
        return { actors: [...view.partyOf(u.m)!], penalty: penalty * 0.85, end: u.end };
      }
      if (u.m.role === 'indef') return { actors: [], penalty: penalty * 0.75, indef: u.m, end: u.end };
      return null;
    }
    const w = u.tok.lower;
    // "President Joseph R. Biden, Jr. spoke": "Jr." or "Sr.", with its stop and comma, stands between the name and its verb
    // (a regnal number, "King Abdullah II", is the name's own)
    if (w === '.' && JUNIOR_SENIOR.has(view.word(units[j - 1]))) {
      j -= 1;
      continue;
    }
    if (JUNIOR_SENIOR.has(w) && (view.isAgent(units[j - 1]) || (view.word(units[j - 1]) === ',' && view.isAgent(units[j - 2])))) {
      j -= view.word(units[j - 1]) === ',' ? 2 : 1;
      continue;
    }
    if ((sets.organ.has(w) || sets.partitive.has(w)) && view.isAgent(units[j - 1]) && !(units[j - 1] as MentionUnit).m.possessive) {
      j -= 1;
      continue;
    }
    // "Chinese coast guard vessels fired": a demonym heading a plain noun phrase stands for its state
    if (plainModifier(view, u) && j === k - 1) {
      let p = j;
      while (p > j - 3 && plainModifier(view, units[p - 1])) p -= 1;
      const head = units[p - 1];
      const before = view.word(units[p - 2]);
      if (
        head?.kind === 'm' &&
        head.m.role === 'demonym' &&
        head.m.actor &&
        !head.m.possessive &&
        (p - 2 < 0 || !units[p - 2] || sets.articles.has(before) || before === ',' || sets.subordinators.has(before) || sets.coordinators.has(before))
      ) {
        return { actors: [head.m.actor], penalty: penalty * 0.8, end: head.end };
      }
    }
    // "the Saudi foreign ministry welcomed": one plain modifier between the name and its organ noun
    if (
      (sets.organ.has(w) || sets.partitive.has(w)) &&
      view.isAgent(units[j - 2]) &&
      !(units[j - 2] as MentionUnit).m.possessive &&
      plainModifier(view, units[j - 1])
    ) {
      j -= 2;
      continue;
    }
    if (sets.firstPerson.has(w) && inQuote[j] && view.quoteVoice) return { actors: [view.quoteVoice], penalty: penalty * 0.85, end: u.end };
    if (sets.aux.has(w) || view.isAdverb(w) || sets.negations.has(w) || sets.control.has(w) || w === 'to' || w === 'not' || dateTokens.has(u.start)) {
      j -= 1;
      continue;
    }
    // "… said X and urged Washington", "travelled to Qatar and is expected to meet": the earlier verb's subject
    if (sets.coordinators.has(w)) {
      const direct = j === k - 1 || (j === k - 2 && view.word(units[k - 1]) === ',');
      const reported = backshiftedAfterSpeech(view, j, k) ? clauseSubject(view, j) : null;
      const shared = reported ?? earlierClause(view, j, direct ? view.formOf(view.word(units[k])) : null) ?? clauseSubject(view, j);
      // the cues of this verb (negation, modals) are those after the coordinator, not the earlier clause's
      return shared ? { ...shared, end: Math.max(shared.end, u.end) } : null;
    }
    // "announced … after hosting talks": a participle after a subordinator takes the main clause's subject
    if (sets.subordinators.has(w) && j === k - 1 && /ing$/.test(view.word(units[k]))) return earlierClause(view, j, null) ?? clauseSubject(view, j);
    if (w === ')') {
      while (j >= 0 && view.word(units[j]) !== '(') j -= 1;
      j -= 1;
      continue;
    }
    // "Zarif said, accusing Israel of": a participle after a comma takes the main clause's subject
    if (w === ',' && j === k - 1 && /ing$/.test(view.word(units[k]))) {
      const shared = earlierClause(view, j, null) ?? clauseSubject(view, j);
      if (shared) return shared;
    }
    // ", then travelled to": the coordinated verb takes the earlier clause's subject
    if (w === ',' && sets.coordinators.has(view.word(units[j + 1])) && j + 1 < k) {
      const shared = earlierClause(view, j, null) ?? clauseSubject(view, j);
      return shared ? { ...shared, end: Math.max(shared.end, units[j + 1]!.end) } : null;
    }
    if (w === ',') {
      let p = j - 1;
      while (p >= 0 && !(units[p]!.kind === 't' && view.word(units[p]) === ',')) p -= 1;
      if (p >= 0 && sets.relative.has(view.word(units[p + 1]))) {
        j = p - 1;
        penalty *= 0.9;
        continue;
      }
      // "Turkey, Qatar's main ally in the region, slammed": an apposition between the subject and its verb
      // (not when the apposition is a bare name: "Somalia's president, Hassan Sheikh Mohamud, accused" takes the name)
      if (
        p >= 1 &&
        j - p <= 12 &&
        !(p === j - 2 && view.isAgent(units[j - 1])) &&
        view.isAgent(units[p - 1]) &&
        !(units[p - 1] as MentionUnit).m.possessive &&
        !units.slice(p + 1, j).some((v, q) => v.kind === 't' && (sets.speech.has(v.tok.lower) || matchTrigger(view, p + 1 + q)?.nominal === false))
      ) {
        return withCoordination(view, p - 1, penalty * 0.9);
      }
      if (commas < 1) {
        commas += 1;
        j -= 1;
        continue;
      }
      return null;
    }
    if (sets.relative.has(w)) {
      // "Qatar and Egypt, which have mediated …": the antecedent with its coordinated names
      const at = view.word(units[j - 1]) === ',' ? j - 2 : j - 1;
      const before = units[at];
      if (view.isAgent(before) && !before.m.possessive) return withCoordination(view, at, penalty * 0.9);
    }
    return null;
  }
  return null;
}

/**
 * "He said Wellington was ready … and had asked Australia": a past perfect coordinated after what a speaker said, the
 * speaker's own verb not one, is backshifted reported speech; its subject is the reported clause's, not the speaker
 * (src/nlp/backshifted-conjuncts.ts repairs the parse the same way).
 */
function backshiftedAfterSpeech(view: SentenceView, coordinator: number, k: number): boolean {
  const { units, sets, clauses } = view;
  if (!units.slice(coordinator + 1, k).some((u) => u.kind === 't' && u.tok.lower === 'had')) return false;
  const latest = [...clauses].reverse().find((c) => c.at < coordinator);
  return !!latest && sets.speech.has(view.word(units[latest.at])) && view.word(units[latest.at - 1]) !== 'had';
}

/** A subject with the names coordinated before it: "Iran and the European Union", "A, B and C". */
export function withCoordination(view: SentenceView, j: number, penalty: number): Party {
  const { units } = view;
  const u = units[j] as MentionUnit;
  const actors = [u.m.actor!];
  let p = j;
  // "Iran and the European Union": an article may stand between the conjunction and the name
  while (true) {
    const skip = view.word(units[p - 1]) === 'the' ? 1 : 0;
    const joint = view.word(units[p - 1 - skip]);
    // a comma joins names only in a list closed by "and" ("A, B and C"), not after a fronted phrase ("Under the deal, Sweden")
    if (joint !== 'and' && !(joint === ',' && actors.length >= 2)) break;
    const other = units[p - 2 - skip];
    if (view.isAgent(other) && !other.m.possessive) {
      actors.unshift(other.m.actor!);
      p -= 2 + skip;
    } else break;
  }
  return { actors, penalty: penalty * viaPenalty(u.m), end: u.end };
}

/** The subject of the clause around unit k: a relative pronoun's antecedent, else its first bare actor. */
export function clauseSubject(view: SentenceView, k: number): Party | null {
  const { units, sets, inQuote } = view;
  let candidate: MentionUnit | null = null;
  for (let j = k - 1; j >= 0; j -= 1) {
    const v = units[j]!;
    if (v.kind === 'm') {
      const prev = view.word(units[j - 1]) === 'the' ? view.word(units[j - 2]) : view.word(units[j - 1]);
      if (view.isAgent(v) && !v.m.possessive && !sets.preps.has(prev)) candidate = v;
      continue;
    }
    const w = v.tok.lower;
    if (sets.relative.has(w) && w !== 'which') {
      const before = view.word(units[j - 1]) === ',' ? units[j - 2] : units[j - 1];
      return view.isAgent(before) ? { actors: [before.m.actor!], penalty: 0.85, end: before.end } : null;
    }
    if (w === ';' || w === 'that' || (sets.boundaries.has(w) && w !== 'as' && w !== 'including') || sets.speech.has(w) || inQuote[j]) break;
  }
  return candidate ? { actors: [candidate.m.actor!], penalty: 0.8 * viaPenalty(candidate.m), end: candidate.end } : null;
}
