import type { ParsedDocument } from '../../nlp/document.js';
import { graphOf } from '../structure/dependency-graph.js';
import { toldNotDone } from '../structure/evaluative.js';

/** Character span of a word of the text. */
export interface CharSpan {
  start: number;
  end: number;
}

/** An event noun of a sentence and the words that name who made the event ("Iraq's pledge", "the initiative of Abdullah"). */
export interface NounEvent {
  /** The noun as written, lower case ("declaration", "attacks"): a later "the declaration" points back to it. */
  noun: string;
  /** Where the noun starts in the text. */
  at: number;
  makers: CharSpan[];
}

/** The words of the vocabulary this reading needs (cues.json eventNounMakers). */
export interface NounEventWords {
  /** Event nouns (lower case, as written): the nouns "the …" may later use for their makers. */
  nouns: ReadonlySet<string>;
  /** Of those, the ones whose "of" names the maker ("the initiative of Crown Prince Abdullah"), not what is done to ("the removal of Gorbachev"). */
  ofMaker: ReadonlySet<string>;
  /** Lemmas of verbs whose subject makes the event their object names ("issued a declaration", "put forward a proposal"). */
  makingVerbs: ReadonlySet<string>;
  /** Lemmas of speech verbs whose subject speaks in the event their "in" names ("In a declaration …, the heads of government … said"). */
  speechVerbs: ReadonlySet<string>;
  /** Verb lemma → the nouns that name its deed ("execute" → "executions"): a later "the executions" was done by the verb's subject. */
  verbNouns: ReadonlyMap<string, readonly string[]>;
}

/** The vocabulary from cues.json: every event noun "the …" may stand for its makers by, and how the parse names them. */
export function nounEventWords(cues: {
  eventAnaphors: Readonly<Record<string, readonly string[]>>;
  eventNounMakers: {
    ofMaker: readonly string[];
    makingVerbs: readonly string[];
    speechVerbs: readonly string[];
    verbNouns: Readonly<Record<string, readonly string[]>>;
  };
}): NounEventWords {
  const { ofMaker, makingVerbs, speechVerbs, verbNouns } = cues.eventNounMakers;
  return {
    nouns: new Set(Object.keys(cues.eventAnaphors)),
    ofMaker: new Set(ofMaker),
    makingVerbs: new Set(makingVerbs),
    speechVerbs: new Set(speechVerbs),
    verbNouns: new Map(Object.entries(verbNouns)),
  };
}

const SUBJECT_RELS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:xsubj']);
/** The maker of a noun's event named in the noun phrase itself: "Iraq's pledge", "the decision by the Council". */
const OWN_MAKER_RELS: ReadonlySet<string> = new Set(['nmod:poss', 'nmod:by', 'nmod:agent']);

/**
 * Who made an event a noun names, read from the parse, so that a later "the declaration", "the proposal" stands for
 * them: the noun phrase's possessor or "by" ("Iraq's pledge", "the decision by the Council"), its "of" for nouns that
 * take their maker so ("the initiative of Saudi Crown Prince Abdullah"), the subject of the verb that makes it ("the
 * Seven issued a declaration"), or of the speech verb it frames ("In a declaration issued at the summit, the heads of
 * government of … said"). Each maker comes with the words coordinated with it ("A and B issued …", "of A, B and C").
 *
 * Why: an event noun that no relation rule read as an event (no target, or a verb the rules do not know) left "the
 * declaration" pointing to nothing or to the latest event of another kind. Pure.
 */
export function nounEventMakers(doc: ParsedDocument, words: NounEventWords): (start: number, end: number) => NounEvent[] {
  const briefingEvents = doc.sentences.flatMap((sentence) => {
    const g = graphOf(sentence);
    const span = (i: number): CharSpan => ({ start: sentence.tokens[i]!.start, end: sentence.tokens[i]!.end });
    // a maker and whoever is coordinated with it; a head noun ("the heads of government of A, B") by what it is "of"
    const withConjuncts = (i: number): number[] => [i, ...g.children(i, (rel) => rel.startsWith('conj'))];
    // "the heads of government of A, B and C": a common noun stands for whoever it is "of", two steps down at most
    const makersFrom = (i: number, depth = 2): number[] => {
      const own = withConjuncts(i);
      if (depth === 0 || g.pos(i).startsWith('NNP')) return own;
      return [...own, ...own.flatMap((k) => g.children(k, 'nmod:of')).flatMap((k) => makersFrom(k, depth - 1))];
    };
    // "Unanimously adopting resolution 1718, the Council decided": a participle's subject is its clause's
    const subjectsOf = (verb: number): number[] => {
      const own = g.children(verb, (rel) => SUBJECT_RELS.has(rel));
      if (own.length || !g.pos(verb).startsWith('VB')) return own;
      return g.parents(verb, (rel) => rel === 'advcl' || rel === 'xcomp').flatMap((v) => g.children(v, (rel) => SUBJECT_RELS.has(rel)));
    };
    const events: NounEvent[] = [];
    sentence.tokens.forEach((token, i) => {
      // "Indonesia executed two Australians" … "called the executions cruel": the deed's noun names the verb's doer
      // (told as done: not negated nor under a modal; a participle modifying a noun has no subject to make it)
      const deedNouns = g.pos(i).startsWith('VB') ? words.verbNouns.get(g.lemma(i)) : undefined;
      if (deedNouns && !toldNotDone(g, i) && !g.children(i, 'aux').some((a) => g.pos(a) === 'MD')) {
        const doers = [...g.children(i, 'nsubj'), ...g.children(i, 'obl:agent')];
        const makers = [...new Set(doers.flatMap(withConjuncts))].map(span);
        if (makers.length) for (const noun of deedNouns) events.push({ noun, at: token.start, makers });
      }
      const noun = token.word.toLowerCase();
      if (!words.nouns.has(noun) || !g.pos(i).startsWith('NN')) return;
      const makers: number[] = [];
      for (const arc of g.outgoing(i)) {
        if (OWN_MAKER_RELS.has(arc.rel) || (arc.rel === 'nmod:of' && words.ofMaker.has(noun))) makers.push(...withConjuncts(arc.dep));
      }
      if (!makers.length) {
        for (const arc of g.incoming(i)) {
          // (a statement of its own, "In a statement", not "in raids President Reagan says were …")
          const framing = arc.rel === 'obl:in' && words.speechVerbs.has(g.lemma(arc.gov)) && g.children(i, 'det').length > 0;
          const made = (arc.rel === 'obj' || arc.rel === 'nsubj:pass') && words.makingVerbs.has(g.lemma(arc.gov));
          if (!framing && !made) continue;
          for (const subject of subjectsOf(arc.gov)) makers.push(...makersFrom(subject));
          if (arc.rel === 'nsubj:pass') for (const agent of g.children(arc.gov, 'obl:agent')) makers.push(...withConjuncts(agent));
        }
      }
      if (makers.length) events.push({ noun, at: token.start, makers: [...new Set(makers)].map(span) });
    });
    return events;
  });
  // read once per briefing, then asked for each extractor sentence
  return (start, end) => briefingEvents.filter((e) => start <= e.at && e.at < end);
}

/** Arcs by which a clause's verb or a noun takes what it acts on: "rejected the resolution", "reacted to the decision". */
const TARGET_RELS = /^(obj|iobj|obl|nmod)/;

/**
 * Where a definite event noun is what a verb or noun acts on ("condemned the attack", "welcomed the decision",
 * "reaction to the resolution"): the start offsets of those tokens. Only there does "the decision" stand for the makers
 * the parse gave an earlier "decision": as a subject ("The resolution endorsed …", "the statement did not accuse …")
 * the noun is a document speaking, whose makers the rules would read as acting themselves. Pure.
 */
export function eventNounTargets(doc: ParsedDocument, words: NounEventWords): Set<number> {
  const starts = new Set<number>();
  for (const sentence of doc.sentences) {
    const g = graphOf(sentence);
    sentence.tokens.forEach((token, i) => {
      if (!words.nouns.has(token.word.toLowerCase()) || !g.pos(i).startsWith('NN')) return;
      const definite = g.children(i, 'det').some((d) => sentence.tokens[d]!.word.toLowerCase() === 'the');
      if (definite && g.incoming(i).some((arc) => TARGET_RELS.test(arc.rel))) starts.add(token.start);
    });
  }
  return starts;
}
