import type { ParsedDocument } from '../../nlp/document.js';
import { RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';
import type { DraftRelation } from '../relations/types.js';
import type { Actor } from '../actors.js';
import { ActorLocator } from '../structure/actor-spans.js';
import { graphOf } from '../structure/dependency-graph.js';
import { loadLexicon } from '../structure/lexicon.js';
import { clauseDate, clauseModality } from '../structure/structural-relations.js';
import { isPastPerfect } from '../structure/past-perfect.js';
import type { DraftContext } from '../structure/structural-drafts.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { pairCandidates } from './candidates.js';
import { encodedPairs } from './encoded-pairs.js';
import { sharedEncoder } from '../../nlp/encoder/encoder-client.js';
import { NONE } from './align.js';
import { ruleProposals } from './rule-proposals.js';
import type { Classifier } from './model.js';

const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

/** A relation the model read: a draft with the probability the model gave it (its confidence, rounded). */
export interface LearnedDraft extends DraftRelation {
  probability: number;
}

/** What the model read: its relations, and how likely it finds any relation type between two actors of a sentence. */
export interface LearnedReading {
  drafts: LearnedDraft[];
  /** The probability of `type` from `source` to `target` in the briefing sentence, or null when the model saw no such pair. */
  probability(sentence: number, source: Actor, target: Actor, type: RelationType): number | null;
  /** What the model read of the ordered pair in the briefing sentence (every class's probability, the pair's features), or null when it saw no such pair. */
  pair(sentence: number, source: Actor, target: Actor): PairReading | null;
  /** The model's classes, in the order of `PairReading.probabilities`. */
  classes: readonly string[];
}

/** The first-stage model's reading of one ordered pair of mentions: what the reranker reads of it (src/extract/learned/rerank.ts). */
export interface PairReading {
  probabilities: readonly number[];
  features: readonly string[];
}

/**
 * The relations the model reads in a parsed briefing, knowing what the rules read (`rules`): for every ordered pair of
 * actor mentions in a sentence, the most
 * likely relation type, when the model gives it at least `minProbability` (even below NONE's: the threshold is the decision). Modality, negation and speaker come from the
 * structural layer's reading of the clause that joins the two mentions, the date from that clause, else as the
 * structural relations are dated.
 */
export function learnedDrafts(
  parse: ParsedDocument,
  spans: ActorSpan[],
  ctx: DraftContext,
  rules: readonly DraftRelation[],
  classifier: Classifier,
  minProbability: number,
): LearnedReading {
  const { registry, sentences, surface, sectionDays, dateline } = ctx;
  const lexicon = loadLexicon();
  const resolve = registry.resolve.bind(registry);
  const locate = new ActorLocator(parse, spans, resolve, lexicon.firstPerson);
  const out: LearnedDraft[] = [];
  const pairs = new Map<string, PairReading>();
  const pairKey = (sentence: number, a: Actor, b: Actor) => `${sentence}|${resolve(a).key}|${resolve(b).key}`;
  const candidates = pairCandidates(parse, spans, resolve, lexicon, ruleProposals(parse, rules, resolve));
  // the encoder runs only for a model that reads it (its thread and model load on first use)
  const dense = classifier.readsDense ? encodedPairs(candidates, sharedEncoder()) : null;
  for (const [i, c] of candidates.entries()) {
    const p = classifier.probabilities(c.features, dense?.[i]);
    const start = parse.sentences[c.sentence]!.start;
    const home = sentences.find((x) => x.start <= start && start < x.end);
    if (home) pairs.set(pairKey(home.index, c.a.actor, c.b.actor), { probabilities: p, features: c.features });
    let best = -1;
    for (let k = 0; k < p.length; k += 1) if (classifier.classes[k] !== NONE && (best < 0 || p[k]! > p[best]!)) best = k;
    const type = classifier.classes[best];
    if (best < 0 || !type || !KNOWN_TYPES.has(type) || p[best]! < minProbability) continue;
    const parsed = parse.sentences[c.sentence]!;
    const at = parsed.tokens[c.clause]!.start;
    const sentence = sentences.find((x) => x.start <= at && at < x.end);
    if (!sentence || sentence.kind !== 'body') continue;
    const g = graphOf(parsed);
    const { modality, negated, speaker } = clauseModality(g, c.clause, lexicon, (t) => locate.actorAt(c.sentence, t));
    const sameSentence = surface.find((d) => d.sentence === sentence);
    out.push({
      source: resolve(c.a.actor),
      target: resolve(c.b.actor),
      type: type as RelationType,
      // a standing relation (an affiliation, support) or a past perfect's background takes no event date from the
      // briefing's, only its clause's own
      date:
        clauseDate(g, c.clause) ??
        (RELATION_TYPE_INFO[type as RelationType].durative || isPastPerfect(g, c.clause)
          ? null
          : (sameSentence?.date ?? sectionDays.get(sentence.section) ?? dateline ?? null)),
      modality,
      negated,
      confidence: Math.round(p[best]! * 100) / 100,
      probability: p[best]!,
      sentence,
      speaker,
    });
  }
  const classIndex = new Map(classifier.classes.map((c, i) => [c, i]));
  return {
    drafts: out,
    classes: classifier.classes,
    pair: (sentence, source, target) => pairs.get(pairKey(sentence, source, target)) ?? null,
    probability(sentence, source, target, type) {
      const k = classIndex.get(type);
      const forward = pairs.get(pairKey(sentence, source, target))?.probabilities;
      const backward = RELATION_TYPE_INFO[type].symmetric ? pairs.get(pairKey(sentence, target, source))?.probabilities : undefined;
      if (k === undefined || (!forward && !backward)) return null;
      return Math.max(forward?.[k] ?? 0, backward?.[k] ?? 0);
    },
  };
}
