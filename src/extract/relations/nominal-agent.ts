import { viaPenalty } from './confidence.js';
import { clauseSubject, withCoordination } from './subjects.js';
import type { SentenceView } from './sentence-view.js';
import type { Party } from './types.js';

/** The agent of a nominal trigger: a possessor ("Russia's strikes"), or the subject of a light verb ("held talks"). */
export function nominalAgent(view: SentenceView, k: number): Party | null {
  const { units, sets, dateTokens } = view;
  const prev = units[k - 1];
  if (prev?.kind === 'm' && prev.m.role === 'agent' && prev.m.actor && prev.m.possessive)
    return { actors: [prev.m.actor], penalty: viaPenalty(prev.m), end: prev.end };
  if (view.word(prev) === '’s' || view.word(prev) === "'s") {
    const owner = units[k - 2];
    if (view.isAgent(owner)) return { actors: [owner.m.actor!], penalty: viaPenalty(owner.m), end: owner.end };
  }
  let j = k - 1;
  let adjectives = 0;
  let light = false;
  let lightAt = -1;
  let triedClause = false;
  while (j >= 0) {
    const v = units[j]!;
    if (v.kind === 'm') {
      if (v.m.role === 'agent' && v.m.actor && v.m.possessive && !light) return { actors: [v.m.actor], penalty: viaPenalty(v.m) * 0.9, end: v.end };
      if (!light) return null;
      if (v.m.role === 'agent' && v.m.actor && !v.m.possessive) return withCoordination(view, j, 1);
      if (v.m.role === 'pair' && view.partyOf(v.m)) {
        // "urged both sides to hold talks": the pair is asked to act, its infinitive is not told as done
        if (view.word(units[j + 1]) === 'to') return null;
        return { actors: [...view.partyOf(v.m)!], penalty: 0.85, end: v.end };
      }
      return null;
    }
    const w = v.tok.lower;
    // "who held talks with", "Lavrov, who was in Beijing for talks with": the relative pronoun's antecedent
    if (sets.relative.has(w) && w !== 'which') {
      const before = view.word(units[j - 1]) === ',' ? units[j - 2] : units[j - 1];
      return view.isAgent(before) ? { actors: [before.m.actor!], penalty: 0.9, end: before.end } : null;
    }
    if (!light && (w === 'for' || w === 'in')) return clauseSubject(view, j);
    if (sets.light.has(w) && !sets.determiners.has(w)) {
      if (
        ![
          'a',
          'an',
          'the',
          'new',
          'fresh',
          'further',
          'more',
          'similar',
          'joint',
          'official',
          'bilateral',
          'direct',
          'indirect',
          'first',
          'two-day',
          'three-day',
          'surprise',
          'state',
          'lengthy',
          'intensive',
          'high-level',
          'several',
          'recent',
          '“deconfliction”',
        ].includes(w)
      ) {
        if (!light) lightAt = j;
        light = true;
      }
      j -= 1;
      continue;
    }
    if (
      sets.aux.has(w) ||
      view.isAdverb(w) ||
      sets.determiners.has(w) ||
      w === '“' ||
      w === '”' ||
      w === '"' ||
      sets.negations.has(w) ||
      dateTokens.has(v.start)
    ) {
      j -= 1;
      continue;
    }
    if (!light && adjectives < 2 && v.tok.word && !v.tok.cap && !sets.boundaries.has(w) && !sets.preps.has(w) && !sets.speech.has(w)) {
      adjectives += 1;
      j -= 1;
      continue;
    }
    if (w === ')') {
      while (j >= 0 && view.word(units[j]) !== '(') j -= 1;
      j -= 1;
      continue;
    }
    if (w === ',' && light) {
      // "Benedetti, Colombia's ambassador to Caracas, held talks": the light verb's own subject, past any apposition
      if (lightAt >= 0 && !triedClause) {
        triedClause = true;
        const subject = clauseSubject(view, lightAt);
        if (subject) return subject;
      }
      j -= 1;
      continue;
    }
    return null;
  }
  return null;
}
