import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import { wordAt } from '../structure/dependency-graph.js';
import type { DraftRelation } from './types.js';

/** What makes "call on" a demand: an infinitive or clause it asks for, or what it calls for ("called on Jammeh to go", "called on Monday for talks"). */
const DEMAND_ARCS = /^(xcomp|ccomp|advcl|obl:for|obl:to)/;
/** A clause that only says when the call was ("called on President Soeharto … before the session began") asks nothing. */
const WHEN_CLAUSES = /^advcl:(before|after|when|while|as|since|until|once)$/;
/** What a courtesy call is "for": the visit itself ("called on Mrs Gandhi for a farewell meeting"), no demand. */
const VISIT_PURPOSES: ReadonlySet<string> = new Set(['meeting', 'visit', 'audience', 'farewell', 'lunch', 'dinner', 'breakfast']);

/**
 * "Hasina also called on President Shankar Dayal Sharma during her visit", "Kim Dae-jung called on Kim Yong-nam at the
 * Mansudae assembly hall": calling on a person, with nothing asked of them, is a courtesy visit, a meeting (MET, as the
 * annotations read it), not a request. A REQUESTED whose trigger is "call on" or "call upon" with a person as target
 * and no infinitive, clause (other than one saying when) or "for" phrase asking something is read as MET. Pure.
 */
export function courtesyCallsAsMeetings<R extends DraftRelation>(relations: readonly R[], parse: ParsedDocument, resolve: (a: Actor) => Actor): R[] {
  return relations.map((r) => {
    if (r.type !== 'REQUESTED' || r.trigger === undefined || resolve(r.target).kind !== 'PERSON') return r;
    const word = wordAt(parse, r.trigger);
    if (!word || word.g.lemma(word.token) !== 'call') return r;
    const { g, token: verb } = word;
    // (a "for" that is part of the target's title, "Vice-Minister for Foreign Affairs Akitaka Saiki", or names the
    // visit itself, "for a farewell meeting", asks nothing)
    const asks = (a: { rel: string; dep: number }) =>
      DEMAND_ARCS.test(a.rel) &&
      !WHEN_CLAUSES.test(a.rel) &&
      !(a.rel === 'obl:for' && (/^NNPS?$/.test(g.pos(a.dep)) || VISIT_PURPOSES.has(g.lemma(a.dep).toLowerCase())));
    const arcs = g.outgoing(verb);
    // (a call told as a noun-like gerund, "left for Thimphu after calling on President Ershad", takes its "on" as nmod)
    const callsOn = arcs.some((a) => /^(obl|nmod):(on|upon)$/.test(a.rel));
    if (!callsOn || arcs.some(asks)) return r;
    return { ...r, type: 'MET' as const };
  });
}
