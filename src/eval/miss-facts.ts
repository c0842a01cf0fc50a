import type { ParsedDocument } from '../nlp/document.js';
import type { Actor } from '../extract/actors.js';
import { proposeRelations, type BriefingMetaInput } from '../extract/extract-briefing.js';
import { MAX_MENTIONS_PER_SENTENCE } from '../extract/learned/candidates.js';
import { dependencyPath, pathTop } from '../extract/learned/dependency-path.js';
import { sentenceMentions } from '../extract/learned/mentions.js';
import { ActorLocator } from '../extract/structure/actor-spans.js';
import { DependencyGraph } from '../extract/structure/dependency-graph.js';
import { loadLexicon, type Lexicon } from '../extract/structure/lexicon.js';
import { foldName, lookupKeys } from '../text/fold.js';
import { RELATION_TYPE_INFO } from '../vocabulary/relation-types.js';
import { goldActorKeys, type GoldFile } from './gold.js';
import type { MissFacts, PairReading, PathShape, UnlinkedHint } from './misses.js';

/**
 * The facts `classifyMiss` decides on, for every required gold relation of a briefing, read from what the extractor
 * (default combine mode) makes of the text and its parse: which actors it detected, which it links in the evidence
 * sentence (by name, coreference or a group phrase, as the structural and learned layers see them), what its rules
 * read between them there, and the dependency path between them.
 */

type GoldRelation = GoldFile['relations'][number];

export interface GoldRelationFacts {
  relation: GoldRelation;
  facts: MissFacts;
  /**
   * The learned layer has the pair as a candidate: both actors among the mentions it reads (names, coreference; no turn
   * speakers or group phrases) in one evidence sentence of no more mentions than its limit.
   */
  candidate: boolean;
}

/** A path this many arcs long or longer puts the parties "a clause away". */
const DISTANT_PATH_ARCS = 5;

/** Arcs that enter another clause. */
const CLAUSE_ARCS = /^(ccomp|advcl|xcomp|acl|parataxis|csubj)/;

/** CoreNLP entity classes that may name an actor the actor layer did not link (a capital, an organ, a title). */
const ACTOR_LIKE_NER = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY', 'NATIONALITY', 'CITY', 'STATE_OR_PROVINCE', 'LOCATION', 'TITLE', 'IDEOLOGY', 'RELIGION']);

export function goldRelationFacts(text: string, parse: ParsedDocument, gold: GoldFile, meta: BriefingMetaInput): GoldRelationFacts[] {
  const { reading, structural, proposed } = proposeRelations(text, meta, { parse });
  const { registry, spans, discourse, surface, dropped } = reading;
  const resolve = (a: Actor) => registry.resolve(a);
  const lexicon = loadLexicon();
  const rules = [...surface, ...structural];
  const locate = new ActorLocator(parse, spans, resolve, lexicon.firstPerson, discourse);
  // the learned layer's own view of a sentence: its candidate pairs read no turn speakers and no group phrases
  const candidateLocate = new ActorLocator(parse, spans, resolve, lexicon.firstPerson);
  const candidateActors = (s: number): Set<Actor> | null => {
    const mentions = sentenceMentions(parse, s, new DependencyGraph(parse.sentences[s]!), candidateLocate);
    return mentions.length > MAX_MENTIONS_PER_SENTENCE ? null : new Set(mentions.map((m) => m.actor));
  };
  const live = registry.actors.filter((a) => !a.mergedInto);
  const droppedResolved = new Set([...dropped].map(resolve));

  const goldKeys = goldActorKeys(gold);
  const goldKeysByName = new Map(gold.actors.map((a, i) => [a.name, goldKeys[i]!]));
  const keysOfName = (name: string): Set<string> => goldKeysByName.get(name) ?? new Set(lookupKeys(name, []));
  const actorsOf = (name: string): Actor[] => {
    const keys = keysOfName(name);
    return live.filter((a) => lookupKeys(a.name, [...a.aliases]).some((k) => keys.has(k)));
  };

  // per parse sentence: the actors linked in it and where (a mention's head), and how many mentions it has
  const linkedCache = new Map<number, { heads: Map<Actor, number>; count: number }>();
  const linkedIn = (s: number) => {
    const cached = linkedCache.get(s);
    if (cached) return cached;
    const g = new DependencyGraph(parse.sentences[s]!);
    const mentions = sentenceMentions(parse, s, g, locate);
    const heads = new Map<Actor, number>();
    for (const m of mentions) if (!heads.has(m.actor)) heads.set(m.actor, m.head);
    parse.sentences[s]!.tokens.forEach((_, t) => {
      for (const a of locate.groupAt(s, t)) if (!heads.has(a)) heads.set(a, t);
    });
    const found = { heads, count: mentions.length };
    linkedCache.set(s, found);
    return found;
  };

  return gold.relations
    .filter((r) => !r.optional)
    .map((relation) => {
      const types = [relation.type, ...(relation.alt_types ?? [])];
      const sources = actorsOf(relation.source).map(resolve);
      const targets = [relation.target, ...(relation.alt_targets ?? [])].flatMap(actorsOf).map(resolve);
      const detected = (xs: Actor[]) => xs.some((a) => !droppedResolved.has(a));
      const range = locateEvidence(text, relation.evidence ?? '');
      const inEvidence = range ? parse.sentences.flatMap((s, i) => (s.end > range.start && s.start < range.end ? [i] : [])) : [];
      const linked = (xs: Actor[], s: number) => xs.some((a) => linkedIn(s).heads.has(a));
      const sourceLinked = inEvidence.some((s) => linked(sources, s));
      const targetLinked = inEvidence.some((s) => linked(targets, s));
      const together = inEvidence.find((s) => linked(sources, s) && linked(targets, s) && sources.some((a) => !targets.includes(a)));
      const unlinked = !sourceLinked ? relation.source : !targetLinked ? relation.target : null;
      const unlinkedActors = unlinked === relation.source ? sources : targets;
      const unlinkedHint =
        unlinked && together === undefined ? hintOf(parse, inEvidence, keysOfName(unlinked), unlinkedActors, (s) => linkedIn(s).heads, locate) : null;

      const inSentence = (d: { sentence: { start: number; end: number } }) => range !== null && d.sentence.end > range.start && d.sentence.start < range.end;
      const between = (d: { source: Actor; target: Actor }) => {
        const s = resolve(d.source);
        const t = resolve(d.target);
        return (sources.includes(s) && targets.includes(t)) || (sources.includes(t) && targets.includes(s));
      };
      const readings: PairReading[] = rules
        .filter((d) => inSentence(d) && between(d))
        .map((d) => {
          const forward = sources.includes(resolve(d.source)) && targets.includes(resolve(d.target));
          return {
            type: d.type,
            sameDirection: forward || RELATION_TYPE_INFO[d.type].symmetric,
            drafted: proposed.some(
              (p) => p.sentence === d.sentence && p.type === d.type && resolve(p.source) === resolve(d.source) && resolve(p.target) === resolve(d.target),
            ),
          };
        });

      const path = together === undefined ? null : pathShape(parse, together, linkedIn(together), sources, targets, types, lexicon);
      const facts: MissFacts = {
        evidenceFound: range !== null,
        sourceDetected: detected(sources),
        targetDetected: detected(targets),
        droppedActor: [...sources, ...targets].some((a) => droppedResolved.has(a)),
        sourceLinked,
        targetLinked,
        linkedTogether: together !== undefined,
        unlinkedHint,
        readings,
        goldTypes: types,
        path,
      };
      const candidate = inEvidence.some((s) => {
        const seen = candidateActors(s);
        return !!seen && sources.some((a) => seen.has(a)) && targets.some((a) => seen.has(a) && !sources.includes(a));
      });
      return { relation, facts, candidate };
    });
}

/** Where an evidence quote stands in the text, spacing aside: [start, end), or null. */
export function locateEvidence(text: string, evidence: string): { start: number; end: number } | null {
  const words = evidence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const exact = text.indexOf(evidence.trim());
  if (exact >= 0) return { start: exact, end: exact + evidence.trim().length };
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * How the evidence may name an actor it does not link: its name or alias; an unlinked pronoun; a mention in a
 * coreference chain that names the actor elsewhere; an unlinked entity of an actor-like class (a capital, an organ).
 */
function hintOf(
  parse: ParsedDocument,
  inEvidence: number[],
  keys: Set<string>,
  actors: Actor[],
  headsIn: (s: number) => Map<Actor, number>,
  locate: ActorLocator,
): UnlinkedHint | null {
  const folded = inEvidence.map((s) => ` ${foldName(parse.sentences[s]!.tokens.map((t) => t.word).join(' '))} `);
  if (folded.some((f) => [...keys].some((k) => k && f.includes(` ${k} `)))) return 'name';
  const linkedToken = (s: number, t: number) => [...headsIn(s).values()].includes(t) || locate.named(s, t) !== null;
  const chainInSentence = parse.corefs.some(
    (chain) =>
      chain.some((m) => inEvidence.includes(m.sentence) && !linkedToken(m.sentence, m.head)) &&
      chain.some((m) => {
        const named = locate.named(m.sentence, m.head);
        return named !== null && actors.includes(named);
      }),
  );
  const pronoun = inEvidence.some((s) => parse.sentences[s]!.tokens.some((t, i) => t.pos.startsWith('PRP') && !linkedToken(s, i)));
  if (pronoun) return 'pronoun';
  if (chainInSentence) return 'coref';
  const entity = inEvidence.some((s) => parse.sentences[s]!.entities.some((e) => ACTOR_LIKE_NER.has(e.ner) && !linkedToken(s, e.start)));
  return entity ? 'entity' : null;
}

/** What the parse shows between a source and a target linked in sentence `s` that no rule read anything between. */
function pathShape(
  parse: ParsedDocument,
  s: number,
  linked: { heads: Map<Actor, number>; count: number },
  sources: Actor[],
  targets: Actor[],
  types: readonly string[],
  lexicon: Lexicon,
): PathShape {
  if (linked.count > MAX_MENTIONS_PER_SENTENCE) return 'list-sentence';
  const g = new DependencyGraph(parse.sentences[s]!);
  const from = sources.map((a) => linked.heads.get(a)).find((h) => h !== undefined);
  const to = targets.map((a) => linked.heads.get(a)).find((h) => h !== undefined);
  if (from === undefined || to === undefined) return 'no-path';
  const path = dependencyPath(g, from, to);
  if (!path?.length) return 'no-path';
  const rels = path.map((p) => p.rel);
  if (rels.some((r) => r.startsWith('conj'))) return 'coordination';
  if (rels.some((r) => r === 'nsubj:pass' || r === 'obl:agent')) return 'passive';
  const top = pathTop(from, path);
  if (g.pos(top).startsWith('NN') && top !== from && top !== to) return 'noun-trigger';
  if (path.length >= DISTANT_PATH_ARCS || rels.some((r) => CLAUSE_ARCS.test(r))) return 'clause-away';
  const onPath = path.map((p) => p.to).filter((t) => t !== to);
  const triggers = (lemma: string) => [
    ...(lexicon.verbs.get(lemma) ?? []),
    ...(lexicon.adjectives.get(lemma) ?? []),
    ...(lexicon.nouns.get(lemma) ?? []).map((n) => n.rule),
  ];
  const known = onPath.some((t) => triggers(g.lemma(t)).some((r) => types.includes(r.type)));
  return known ? 'known-trigger' : 'unknown-trigger';
}
