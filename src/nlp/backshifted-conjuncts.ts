import type { Arc, ParsedDocument, ParsedSentence } from './document.js';
import { hasPastPerfectAuxiliary } from './past-perfect.js';
import { repairEachSentence } from './sentence-repairs.js';

/**
 * "The State Department said the United States supported the OAS and had urged both governments to accept the
 * ceasefire", "He said Wellington was ready to lead a monitoring group and had asked Australia to send officers":
 * CoreNLP coordinates the past perfect with the verb of speaking, so the request becomes the speaker's. A past perfect
 * coordinated with a verb that is not one itself, after that verb's clausal complement with a subject of its own, is
 * backshifted reported speech: it belongs to the complement and shares its subject (the United States, Wellington).
 * The repair moves the `conj` arc to the complement's verb and the subject the enhanced graph propagated with it. Pure
 * and idempotent (a repaired verb hangs from a complement, no longer from the speech verb).
 */
export function attachBackshiftedConjuncts(doc: ParsedDocument): ParsedDocument {
  return repairEachSentence(doc, repairSentence);
}

/** A subject that stands for nothing ("it was time", "there were talks"): the speaker keeps the conjunct then. */
const EXPLETIVES = new Set(['it', 'there']);

function repairSentence(s: ParsedSentence): ParsedSentence {
  let arcs: Arc[] | null = null;
  for (const link of s.arcs) {
    if (!link.rel.startsWith('conj')) continue;
    const { gov: speech, dep: verb } = link;
    if (!hasPastPerfectAuxiliary(s, verb) || hasPastPerfectAuxiliary(s, speech) || !s.tokens[speech]?.pos.startsWith('VB')) continue;
    const current: Arc[] = arcs ?? s.arcs;
    const complement = current.find((a) => a.gov === speech && a.rel === 'ccomp' && a.dep < verb);
    if (!complement) continue;
    const subject = current.find((a) => a.gov === complement.dep && (a.rel === 'nsubj' || a.rel === 'nsubj:pass'));
    if (!subject || EXPLETIVES.has(s.tokens[subject.dep]?.word.toLowerCase() ?? '')) continue;
    const speaker = current.find((a) => a.gov === speech && a.rel === 'nsubj')?.dep;
    const ownSubject = current.some((a) => a.gov === verb && a.rel.startsWith('nsubj') && a.dep !== speaker);
    const repaired = current.flatMap((a): Arc[] => {
      if (a === link) return [{ ...a, gov: complement.dep }];
      // the subject CoreNLP gave the conjunct from the speech verb is the complement's instead
      if (a.gov === verb && a.rel === 'nsubj' && a.dep === speaker) return [];
      return [a];
    });
    arcs = ownSubject ? repaired : [...repaired, { rel: subject.rel, gov: verb, dep: subject.dep }];
  }
  return arcs ? { ...s, arcs } : s;
}
