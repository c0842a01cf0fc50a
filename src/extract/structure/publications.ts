import type { DependencyGraph } from './dependency-graph.js';

/** An outlet carrying someone's words: its tokens and the tokens of whose words they are. */
export interface Publication {
  outlets: number[];
  speakers: number[];
}

/** What the publication rules read of a token besides the graph: whether it names an outlet, and a verb's agents. */
export interface PublicationContext {
  isOutlet: (token: number) => boolean;
  agentsOf: (verb: number) => number[];
  /** Lemmas of verbs of speech ("said in an interview with CNN", "said in a statement carried by RIA Novosti"). */
  speechVerbs: ReadonlySet<string>;
}

/** Nouns of what an outlet carries ("a statement carried by RIA Novosti"). */
const CARRIED_NOUNS = new Set([
  'statement',
  'communique',
  'communiqué',
  'letter',
  'message',
  'remarks',
  'comments',
  'address',
  'speech',
  'interview',
  'appeal',
]);
/** Nouns of a part of what an outlet carries, whose words are the whole's ("excerpts from a speech by Nyerere"). */
const PART_NOUNS = new Set(['excerpts', 'extracts', 'text', 'passages', 'parts', 'transcript']);
/** Verbs by which an outlet carries words ("carried by", "broadcast by", "published by"). */
const CARRYING_VERBS = new Set(['carry', 'broadcast', 'publish', 'air', 'run', 'read', 'print']);
/**
 * Nouns that stand for an outlet named beside them ("the Interfax news agency", "the broadcaster NRK", "the correspondent
 * of the Middle East News Agency"): the outlet is the named compound, apposition or "of" of such a noun.
 */
const OUTLET_STAND_INS = new Set([
  'agency',
  'broadcaster',
  'radio',
  'television',
  'channel',
  'station',
  'network',
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'magazine',
  'website',
  'outlet',
  'service',
  'correspondent',
  'reporter',
  'journalist',
]);

/**
 * "Pevkur told the public broadcaster ERR that …", "Blinken told CNN", "speaking to the BBC", "JANA quoted Gaddafi as
 * saying", "said in an interview with AFP", "in a broadcast on Radio Mogadishu", "said in a statement carried by RIA Novosti": an outlet publishing an actor's words is PUBLISHED
 * from the outlet to the speaker (docs/annotating.md). Read at one token of the parse; each rule names the outlet by
 * an actor of kind MEDIA, so "told reporters" and "quoted officials" are nothing. Pure.
 */
export function publicationsAt(g: DependencyGraph, token: number, context: PublicationContext): Publication[] {
  const lemma = g.lemma(token).toLowerCase();
  const { agentsOf, speechVerbs } = context;
  const outletsAmong = (tokens: number[]) => tokens.flatMap((t) => outletAt(g, t, context.isOutlet));
  const found: Publication[] = [];
  if (g.pos(token).startsWith('VB')) {
    // "told CNN", "told the Moldovan news agency Moldpres"
    if (lemma === 'tell') {
      const outlets = outletsAmong([...g.children(token, 'obj'), ...g.children(token, 'iobj')]);
      if (outlets.length) found.push({ outlets, speakers: agentsOf(token) });
    }
    // "wrote in the party's newspaper, La Padania", "said today, through KCNA,": words put out in or through an outlet
    if (lemma === 'write' || speechVerbs.has(lemma)) {
      const outlets = outletsAmong([...g.children(token, 'obl:in'), ...g.children(token, 'obl:through')]);
      if (outlets.length) found.push({ outlets, speakers: agentsOf(token) });
    }
    // "Speaking to the BBC by telephone, Colonel Abdullahi said", "Lavrov told reporters after speaking to CNN"
    if (lemma === 'speak' || lemma === 'talk') {
      const outlets = outletsAmong([...g.children(token, 'obl:to'), ...g.children(token, 'obl:with')]);
      if (outlets.length) found.push({ outlets, speakers: agentsOf(token) });
    }
    // "TASS carried the Bulgarian Foreign Ministry statement in full", "Kabar carried a statement by the Foreign Ministry"
    // (CoreNLP hangs that "by" on the verb), "SANA carried a letter from Foreign Minister al-Sharaa"
    if (CARRYING_VERBS.has(lemma)) {
      const outlets = outletsAmong(agentsOf(token));
      const carried = g.children(token, 'obj').flatMap((n) => carriedWords(g, n));
      const speakers = [...carried.flatMap((n) => speakersOf(g, n)), ...g.children(token, 'obl:by'), ...g.children(token, 'obl:from')].filter(
        (t) => !context.isOutlet(t),
      );
      if (outlets.length && carried.length && speakers.length) found.push({ outlets, speakers });
      // "A Foreign Ministry statement carried by the Ethiopian News Agency said …", which CoreNLP reads as the statement
      // carrying something by the agency: the statement is the verb's subject, the outlet its "by"
      const statements = g.children(token, 'nsubj').filter((n) => CARRIED_NOUNS.has(g.word(n).toLowerCase()));
      const carriers = outletsAmong(g.children(token, 'obl:by'));
      const owners = statements.flatMap((n) => speakersOf(g, n));
      if (carriers.length && owners.length) found.push({ outlets: carriers, speakers: owners });
    }
    // "JANA quoted Gaddafi as saying", "State television quoted Assad as telling Annan"
    // ("Amin was quoted by Radio Kabul as saying", "Klimkin, interviewed by the BBC, demanded": the one quoted is the
    // passive's subject or the noun the participle modifies)
    if (lemma === 'quote' || (lemma === 'interview' && g.pos(token) === 'VBN')) {
      const outlets = outletsAmong(agentsOf(token));
      const speakers = [...g.children(token, 'obj'), ...g.children(token, 'nsubj:pass'), ...(g.pos(token) === 'VBN' ? g.parents(token, 'acl') : [])];
      if (outlets.length && speakers.length) found.push({ outlets, speakers });
    }
  }
  if (g.pos(token).startsWith('NN')) {
    const word = g.word(token).toLowerCase();
    // "said in an interview with AFP", "in an interview with the BBC, Orban said", "In a broadcast on Radio Mogadishu, … said"
    if (word === 'interview' || word === 'interviews' || word === 'broadcast') {
      const outlets = outletsAmong([...g.children(token, 'nmod:with'), ...g.children(token, 'nmod:to'), ...g.children(token, 'nmod:on')]);
      const verbs = g
        .incoming(token)
        .filter((a) => isSpokenIn(g, a, speechVerbs))
        .map((a) => a.gov);
      if (outlets.length && verbs.length) found.push({ outlets, speakers: verbs.flatMap(agentsOf) });
    }
    // "said in a statement carried by RIA Novosti", "a statement carried by the Ethiopian News Agency said"
    if (CARRIED_NOUNS.has(word)) {
      const outlets = g
        .children(token, (rel) => rel === 'acl' || rel.startsWith('acl:'))
        .filter((v) => CARRYING_VERBS.has(g.lemma(v).toLowerCase()))
        .flatMap((v) => outletsAmong([...g.children(v, 'obl:by'), ...g.children(v, 'obl:on')]));
      if (outlets.length) {
        const owners = speakersOf(g, token);
        const verbs = g
          .incoming(token)
          .filter((a) => isSpokenIn(g, a, speechVerbs))
          .map((a) => a.gov);
        const speakers = owners.length ? owners : verbs.flatMap(agentsOf);
        if (speakers.length) found.push({ outlets, speakers });
      }
    }
  }
  return found;
}

/**
 * Whose words a carried noun holds: "the ministry's statement", "a statement from/by/of the ministry", "a Foreign
 * Ministry statement".
 */
function speakersOf(g: DependencyGraph, noun: number): number[] {
  return ['nmod:poss', 'nmod:from', 'nmod:by', 'nmod:of', 'compound'].flatMap((rel) => g.children(noun, rel));
}

/** The carried nouns a noun is or is part of: "a statement", "the following excerpts from a speech", "the text of the appeal". */
function carriedWords(g: DependencyGraph, noun: number): number[] {
  const word = g.word(noun).toLowerCase();
  if (CARRIED_NOUNS.has(word)) return [noun];
  if (!PART_NOUNS.has(word)) return [];
  return [...g.children(noun, 'nmod:from'), ...g.children(noun, 'nmod:of')].filter((n) => CARRIED_NOUNS.has(g.word(n).toLowerCase()));
}

/**
 * The outlet a token names: itself, or the outlet named beside a noun that stands for one ("the Interfax news agency",
 * "the public broadcaster NRK", "the correspondent of the Middle East News Agency").
 */
function outletAt(g: DependencyGraph, token: number, isOutlet: (token: number) => boolean): number[] {
  if (isOutlet(token)) return [token];
  if (!OUTLET_STAND_INS.has(g.word(token).toLowerCase())) return [];
  // "a private TV channel" is one of many, no outlet the text names
  if (g.children(token, 'det').some((d) => ['a', 'an'].includes(g.word(d).toLowerCase()))) return [];
  return ['compound', 'appos', 'nmod:of'].flatMap((rel) => g.children(token, rel)).filter(isOutlet);
}

/**
 * Whether a noun of words is the frame a verb's words were put in: "said in an interview with AFP" (a verb of speech),
 * "In a speech carried by Radio Uganda, President Idi Amin has accused …" (any verb framed "in" it).
 */
function isSpokenIn(g: DependencyGraph, arc: { gov: number; rel: string }, speechVerbs: ReadonlySet<string>): boolean {
  if (!arc.rel.startsWith('obl:')) return false;
  return speechVerbs.has(g.lemma(arc.gov).toLowerCase()) || (arc.rel === 'obl:in' && g.pos(arc.gov).startsWith('VB'));
}
