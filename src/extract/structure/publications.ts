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
const CARRIED_NOUNS = new Set(['statement', 'communique', 'communiqué', 'letter', 'message', 'remarks', 'comments', 'address', 'speech', 'interview']);
/** Verbs by which an outlet carries words ("carried by", "broadcast by", "published by"). */
const CARRYING_VERBS = new Set(['carry', 'broadcast', 'publish', 'air', 'run', 'read']);

/**
 * "Pevkur told the public broadcaster ERR that …", "Blinken told CNN", "speaking to the BBC", "JANA quoted Gaddafi as
 * saying", "said in an interview with AFP", "in a broadcast on Radio Mogadishu", "said in a statement carried by RIA Novosti": an outlet publishing an actor's words is PUBLISHED
 * from the outlet to the speaker (docs/annotating.md). Read at one token of the parse; each rule names the outlet by
 * an actor of kind MEDIA, so "told reporters" and "quoted officials" are nothing. Pure.
 */
export function publicationsAt(g: DependencyGraph, token: number, context: PublicationContext): Publication[] {
  const lemma = g.lemma(token).toLowerCase();
  const { isOutlet, agentsOf, speechVerbs } = context;
  const found: Publication[] = [];
  if (g.pos(token).startsWith('VB')) {
    // "told CNN", "told the Moldovan news agency Moldpres"
    if (lemma === 'tell') {
      const outlets = [...g.children(token, 'obj'), ...g.children(token, 'iobj')].filter(isOutlet);
      if (outlets.length) found.push({ outlets, speakers: agentsOf(token) });
    }
    // "Speaking to the BBC by telephone, Colonel Abdullahi said", "Lavrov told reporters after speaking to CNN"
    if (lemma === 'speak' || lemma === 'talk') {
      const outlets = [...g.children(token, 'obl:to'), ...g.children(token, 'obl:with')].filter(isOutlet);
      if (outlets.length) found.push({ outlets, speakers: agentsOf(token) });
    }
    // "TASS carried the Bulgarian Foreign Ministry statement in full", "Kabar carried a statement by the Foreign Ministry"
    // (CoreNLP hangs that "by" on the verb), "SANA carried a letter from Foreign Minister al-Sharaa"
    if (CARRYING_VERBS.has(lemma)) {
      const outlets = agentsOf(token).filter(isOutlet);
      const carried = g.children(token, 'obj').filter((n) => CARRIED_NOUNS.has(g.word(n).toLowerCase()));
      const speakers = [...carried.flatMap((n) => speakersOf(g, n)), ...g.children(token, 'obl:by'), ...g.children(token, 'obl:from')].filter(
        (t) => !isOutlet(t),
      );
      if (outlets.length && carried.length && speakers.length) found.push({ outlets, speakers });
      // "A Foreign Ministry statement carried by the Ethiopian News Agency said …", which CoreNLP reads as the statement
      // carrying something by the agency: the statement is the verb's subject, the outlet its "by"
      const statements = g.children(token, 'nsubj').filter((n) => CARRIED_NOUNS.has(g.word(n).toLowerCase()));
      const carriers = g.children(token, 'obl:by').filter(isOutlet);
      const owners = statements.flatMap((n) => speakersOf(g, n));
      if (carriers.length && owners.length) found.push({ outlets: carriers, speakers: owners });
    }
    // "JANA quoted Gaddafi as saying", "State television quoted Assad as telling Annan"
    // ("Amin was quoted by Radio Kabul as saying", "Klimkin, interviewed by the BBC, demanded": the one quoted is the
    // passive's subject or the noun the participle modifies)
    if (lemma === 'quote' || (lemma === 'interview' && g.pos(token) === 'VBN')) {
      const outlets = agentsOf(token).filter(isOutlet);
      const speakers = [...g.children(token, 'obj'), ...g.children(token, 'nsubj:pass'), ...(g.pos(token) === 'VBN' ? g.parents(token, 'acl') : [])];
      if (outlets.length && speakers.length) found.push({ outlets, speakers });
    }
  }
  if (g.pos(token).startsWith('NN')) {
    const word = g.word(token).toLowerCase();
    // "said in an interview with AFP", "in an interview with the BBC, Orban said", "In a broadcast on Radio Mogadishu, … said"
    if (word === 'interview' || word === 'interviews' || word === 'broadcast') {
      const outlets = [...g.children(token, 'nmod:with'), ...g.children(token, 'nmod:to'), ...g.children(token, 'nmod:on')].filter(isOutlet);
      const verbs = g
        .incoming(token)
        .filter((a) => a.rel.startsWith('obl:') && speechVerbs.has(g.lemma(a.gov).toLowerCase()))
        .map((a) => a.gov);
      if (outlets.length && verbs.length) found.push({ outlets, speakers: verbs.flatMap(agentsOf) });
    }
    // "said in a statement carried by RIA Novosti", "a statement carried by the Ethiopian News Agency said"
    if (CARRIED_NOUNS.has(word)) {
      const outlets = g
        .children(token, (rel) => rel === 'acl' || rel.startsWith('acl:'))
        .filter((v) => CARRYING_VERBS.has(g.lemma(v).toLowerCase()))
        .flatMap((v) => [...g.children(v, 'obl:by'), ...g.children(v, 'obl:on')])
        .filter(isOutlet);
      if (outlets.length) {
        const owners = speakersOf(g, token);
        const verbs = g
          .incoming(token)
          .filter((a) => a.rel.startsWith('obl:') && speechVerbs.has(g.lemma(a.gov).toLowerCase()))
          .map((a) => a.gov);
        const speakers = owners.length ? owners : verbs.flatMap(agentsOf);
        if (speakers.length) found.push({ outlets, speakers });
      }
    }
  }
  return found;
}

/** Whose words a carried noun holds: "the ministry's statement", "a statement from/by the ministry", "a Foreign Ministry statement". */
function speakersOf(g: DependencyGraph, noun: number): number[] {
  return [...g.children(noun, 'nmod:poss'), ...g.children(noun, 'nmod:from'), ...g.children(noun, 'nmod:by'), ...g.children(noun, 'compound')];
}
