import type { Arc, ParsedDocument, ParsedSentence } from './document.js';
import { repairEachSentence } from './sentence-repairs.js';

/**
 * "Maiga accused Paris of trying to divide Malians, and praised Russia as a reliable partner": CoreNLP coordinates
 * "praised" with "trying", the gerund of the accusation, so the praise becomes part of what Paris is accused of and has
 * no subject. A finite verb coordinated with a non-finite one (a gerund or an infinitive) cannot continue it; when the
 * non-finite verb is the complement of a finite verb in the same form before it ("accused … praised"), the conjunct
 * is that verb's: the repair moves the `conj` arc to it, drops the complement arc the enhanced graph copied onto the
 * conjunct, and gives the conjunct the verb's subject. Pure and idempotent (a repaired conjunct hangs from a finite verb).
 */
export function attachFiniteConjuncts(doc: ParsedDocument): ParsedDocument {
  return repairEachSentence(doc, repairSentence);
}

/** Finite verb forms: past, and present of the third person singular or not. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
/** Non-finite forms: gerund or present participle, and the base form of an infinitive. */
const NON_FINITE = new Set(['VBG', 'VB']);
/** The arcs by which a non-finite verb completes a finite one ("accused X of trying", "urged X to stop"). */
const COMPLEMENT_ARC = /^(?:obl|xcomp|advcl)(?::|$)/;
/** Non-finite complements nest a few deep at most ("of trying to persuade X to stop"). */
const MAX_CHAIN = 4;

function repairSentence(s: ParsedSentence): ParsedSentence {
  let arcs: Arc[] | null = null;
  const pos = (i: number) => s.tokens[i]?.pos ?? '';
  for (const link of s.arcs) {
    if (!link.rel.startsWith('conj')) continue;
    const { gov: nonFinite, dep: verb } = link;
    if (!NON_FINITE.has(pos(nonFinite)) || !FINITE.has(pos(verb))) continue;
    const current: Arc[] = arcs ?? s.arcs;
    // up the chain of non-finite complements ("accused X of seeking to isolate Mali") to the finite verb they complete,
    // which must be in the conjunct's own form and stand before both
    const chain: Arc[] = [];
    let complement = current.find((a) => a.dep === nonFinite && COMPLEMENT_ARC.test(a.rel) && a.gov < nonFinite);
    while (complement && NON_FINITE.has(pos(complement.gov)) && chain.length < MAX_CHAIN) {
      chain.push(complement);
      const below = complement.gov;
      complement = current.find((a) => a.dep === below && COMPLEMENT_ARC.test(a.rel) && a.gov < below);
    }
    if (!complement || pos(complement.gov) !== pos(verb)) continue;
    chain.push(complement);
    const head = complement.gov;
    if (current.some((a) => a.gov === verb && a.rel.startsWith('nsubj'))) continue;
    const subject = current.find((a) => a.gov === head && (a.rel === 'nsubj' || a.rel === 'nsubj:pass'));
    const repaired = current.flatMap((a): Arc[] => {
      if (a === link) return [{ ...a, gov: head }];
      // the complement arcs CoreNLP copied from the non-finite verb onto its conjunct ("obl:of(accused, praised)")
      if (a.dep === verb && chain.some((c) => c.gov === a.gov && c.rel === a.rel)) return [];
      return [a];
    });
    arcs = subject ? [...repaired, { rel: subject.rel, gov: verb, dep: subject.dep }] : repaired;
  }
  return arcs ? { ...s, arcs } : s;
}
