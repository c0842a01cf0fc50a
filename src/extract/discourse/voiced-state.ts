import type { Arc, ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import { loadTurnWords } from './turn-speakers.js';

/** Present-tense verb tags: a spokesman's own stance ("condemns", "oppose"), not a report of what was done ("condemned"). */
const PRESENT_TENSE = new Set(['VBZ', 'VBP']);

/** The sentence's own statement: its root, or a verb coordinated with it ("China deplores and firmly opposes it"). */
function isMainClause(arcs: readonly Arc[], verb: number): boolean {
  return arcs.some((a) => a.dep === verb && (a.gov < 0 || (a.rel.startsWith('conj') && arcs.some((r) => r.dep === a.gov && r.gov < 0))));
}

/**
 * The state each speaker speaks for, by their own words: "MR BOUCHER: … The United States condemns in the strongest
 * terms …", "Wang Wenbin: … China firmly opposes and strongly condemns it." — a stance verb in the present tense whose
 * subject is a state, said in the speaker's turn or quotation. A speaker whose words make exactly one state the subject of
 * such verbs speaks for it; one who names two (or none) is left alone. For officials whose roles the text does not tie
 * to a state ("Vedant Patel, Principal Deputy Spokesperson"), so their "we" is read as the state's as for the others
 * (docs/annotating.md, "An official's 'we'").
 */
export function voicedStates(
  doc: ParsedDocument,
  named: (sentence: number, token: number) => Actor | null,
  speakerAt: (sentence: number, token: number) => Actor | null,
): Map<Actor, Actor> {
  const verbs = loadTurnWords().stateVoiceVerbs;
  const said = new Map<Actor, Set<Actor>>();
  doc.sentences.forEach((s, i) => {
    for (const arc of s.arcs) {
      if (arc.rel !== 'nsubj' || arc.gov < 0) continue;
      const verb = s.tokens[arc.gov]!;
      if (!PRESENT_TENSE.has(verb.pos) || !verbs.has(verb.lemma.toLowerCase())) continue;
      // "If Peru wants to take the matter to court …", "what Madrid calls a courtesy visit": a state's stance
      // supposed or reported in a clause of the speaker's sentence is not the speaker's own
      if (!isMainClause(s.arcs, arc.gov) || s.arcs.some((a) => a.gov === arc.gov && a.rel === 'mark')) continue;
      // "… every time it wants to justify …": a pronoun is the text's own reference, not the speaker naming a state
      if (s.tokens[arc.dep]!.pos.startsWith('PRP')) continue;
      // "We and the British believe …": a state sharing the subject is a partner, not the voice
      if (s.arcs.some((a) => a.rel.startsWith('conj') && (a.gov === arc.dep || a.dep === arc.dep))) continue;
      const state = named(i, arc.dep);
      if (state?.kind !== 'STATE') continue;
      const speaker = speakerAt(i, arc.gov);
      if (speaker?.kind !== 'PERSON') continue;
      const states = said.get(speaker) ?? new Set<Actor>();
      said.set(speaker, states.add(state));
    }
  });
  const voiced = new Map<Actor, Actor>();
  for (const [speaker, states] of said) if (states.size === 1) voiced.set(speaker, [...states][0]!);
  return voiced;
}
