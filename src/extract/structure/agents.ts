import type { DependencyGraph } from './dependency-graph.js';

/** Arcs from a verb to its agent. */
const SOURCE_RELS = new Set(['nsubj', 'nsubj:xsubj', 'obl:agent']);
/** How many clauses up a participle modifying a document noun is followed to the clause that names the document's author. */
const MAX_DOCUMENT_CLIMB = 2;

/** The word lists (rules/structure.json) that say who acts for whom. */
export interface AgentWords {
  documentNouns: ReadonlySet<string>;
  sendingVerbs: ReadonlySet<string>;
  callVerbs: ReadonlySet<string>;
}

/**
 * The agents of a verb: its subjects (controlled ones included), a passive's "by" phrase, for a bare participle the
 * subject of the clause it hangs from, and for a participle modifying a noun that noun ("Erdogan, speaking in Moscow")
 * or, when the noun is a document (`documentNouns`: "passed a resolution urging"), the document's author; the purpose of a
 * sending verb (`sendingVerbs`) is its object's ("sent envoys to meet").
 */
export function subjects(g: DependencyGraph, verb: number, words: AgentWords, depth = 0): number[] {
  // "the group is armed and financed by Iran": CoreNLP labels the agent of a passive conjunct plain obl:by
  if (isPassive(g, verb)) return [...g.children(verb, 'obl:agent'), ...g.children(verb, 'obl:by')];
  const caller = callerOf(g, verb, words);
  if (caller.length) return caller;
  const direct = g
    .outgoing(verb)
    .filter((a) => SOURCE_RELS.has(a.rel))
    .flatMap((a) => datelineSubject(g, a.dep));
  if (direct.length) return direct;
  // "Zarif said, accusing Israel of ...": a participle's subject is its governing clause's (CoreNLP often attaches
  // such a participle as a bare 'dep')
  for (const arc of g.incoming(verb)) {
    const participleArc = arc.rel === 'dep' && g.pos(verb) === 'VBG' && g.pos(arc.gov).startsWith('VB');
    if ((arc.rel.startsWith('advcl') || arc.rel === 'xcomp' || arc.rel.startsWith('conj') || participleArc) && /^VB[GN]?$/.test(g.pos(verb))) {
      // "dispatched two ministers to Harare to meet Mugabe": the ones sent do what they were sent for
      if (arc.rel === 'advcl:to' && words.sendingVerbs.has(g.lemma(arc.gov))) return g.children(arc.gov, 'obj');
      // "JANA quoted the Foreign Liaison Secretary as saying …", "Amin was quoted by Radio Kabul as saying …": the one
      // quoted says it, not the outlet quoting
      if (/^(advcl|obl):as$/.test(arc.rel) && g.lemma(arc.gov).toLowerCase() === 'quote') {
        const quoted = isPassive(g, arc.gov) ? g.children(arc.gov, 'nsubj:pass') : g.children(arc.gov, 'obj');
        if (quoted.length) return quoted;
      }
      const up = g
        .outgoing(arc.gov)
        .filter((a) => a.rel === 'nsubj')
        .map((a) => a.dep);
      if (up.length) return up;
    }
  }
  // an active participle's agent is the noun it modifies: "Erdogan, speaking during a visit to Russia"; a document
  // acts for whoever issued it: "the Council passed a resolution urging Nicaragua to …" (the Council urged)
  if (g.pos(verb) !== 'VBG') return [];
  for (const noun of g.parents(verb, 'acl')) {
    if (!words.documentNouns.has(g.word(noun))) return [noun];
    if (depth >= MAX_DOCUMENT_CLIMB) return [];
    for (const arc of g.incoming(noun))
      if ((arc.rel === 'obj' || arc.rel.startsWith('obl')) && g.pos(arc.gov).startsWith('VB')) return subjects(g, arc.gov, words, depth + 1);
  }
  return [];
}

/**
 * "Mubarak telephoned Crown Prince Abdullah and President Saleh to congratulate them", "Biden called Erdogan to
 * congratulate him": CoreNLP gives the infinitive of a call (`callVerbs`) the object as subject, as for "urged X to";
 * the one who calls does what the call is for.
 */
function callerOf(g: DependencyGraph, verb: number, words: AgentWords): number[] {
  for (const call of g.parents(verb, 'xcomp')) {
    if (!words.callVerbs.has(g.lemma(call))) continue;
    const called = new Set(g.children(call, 'obj'));
    const controlled = g.children(verb, 'nsubj:xsubj');
    if (controlled.length && controlled.every((s) => called.has(s))) return g.children(call, 'nsubj');
  }
  return [];
}

/**
 * A passive participle: it has a passive subject or auxiliary, or it is a bare participle with a "by" agent and no
 * object ("forces, backed by Russia, ..."; "is armed and financed by Iran" where the parse makes the second a conjunct).
 */
export function isPassive(g: DependencyGraph, verb: number): boolean {
  if (g.pos(verb) !== 'VBN') return false;
  if (g.children(verb, 'nsubj:pass').length || g.children(verb, 'aux:pass').length) return true;
  const perfect = g.children(verb, 'aux').some((a) => g.lemma(a) === 'have');
  return !perfect && !g.children(verb, 'obj').length && (g.children(verb, 'obl:agent').length > 0 || g.children(verb, 'obl:by').length > 0);
}

/** The patients of a passive participle: its subject ("the group is financed by"), or the noun it modifies ("forces, backed by Russia"). */
export function passivePatients(g: DependencyGraph, verb: number): number[] {
  return [...g.children(verb, 'nsubj:pass'), ...g.children(verb, 'nsubj'), ...g.parents(verb, 'acl')];
}

/** A dateline's place, in capitals at the opening of the sentence ("NAIROBI, July 10 -", "KUALA LUMPUR -"). */
const DATELINE_PLACE = /^[A-Z][A-Z.'-]{2,}$/;
/** The dash that ends a dateline. */
const DATELINE_DASHES = new Set(['-', '--', '—', '–']);
/** How far into the sentence a dateline's place may stand (a two- or three-word city). */
const DATELINE_REACH = 3;

/**
 * "NAIROBI, July 10 - Rwandan President Paul Kagame urged …": CoreNLP makes the dateline's place the verb's subject and
 * the real subject its apposition; the subject is then the apposition.
 */
function datelineSubject(g: DependencyGraph, subject: number): number[] {
  if (subject > DATELINE_REACH || !DATELINE_PLACE.test(g.sentence.tokens[subject]?.word ?? '')) return [subject];
  // (past the dateline's dash: "BATUMI, Georgia, May 6 (Reuters) - Aslan Abashidze" is Abashidze, not Georgia)
  const dash = g.sentence.tokens.findIndex((t, i) => i > subject && DATELINE_DASHES.has(t.word));
  const named = dash < 0 ? [] : g.children(subject, 'appos').filter((a) => a > dash);
  return named.length ? named : [subject];
}
