import type { ParsedDocument } from '../../nlp/document.js';
import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import { type ActorMention, sentenceMentions } from '../learned/mentions.js';
import type { DraftRelation } from '../relations/types.js';
import type { Sentence } from '../segment.js';
import type { ActorLocator } from '../structure/actor-spans.js';
import { covers, type DependencyGraph, graphOf, tokenCovering } from '../structure/dependency-graph.js';

/**
 * The mechanism of the guards that drop a relation whose target (or source) its sentence names only in one role
 * (patients.ts: a target named only as the one an event befalls; complement-targets.ts: only inside the infinitive a
 * request asks for; reactors.ts: a source named only as the one reacting to the event). "The relation's
 * sentence" is every parse sentence its extractor sentence overlaps (a relation the learned layer read has no trigger
 * to find one by).
 */

/** One parse sentence as the guards read it. */
export interface GuardSentence {
  graph: DependencyGraph;
  mentions: readonly ActorMention[];
}

/** The sentence among `sentences` holding character `at` (a relation's trigger) and the trigger's token, or null when none does. */
export function triggerIn(sentences: readonly GuardSentence[], at: number): { told: GuardSentence; token: number } | null {
  const told = sentences.find(({ graph }) => covers(graph.sentence, at));
  const token = told ? tokenCovering(told.graph.sentence, at) : -1;
  return told && token >= 0 ? { told, token } : null;
}

/**
 * A briefing's parse as the guards read it, made once per briefing and shared by every guard: a parse sentence's graph
 * and mentions are built on first use, and the parse sentences an extractor sentence overlaps found once, not once per
 * relation and guard.
 */
export class GuardReading {
  private readonly read = new Map<number, GuardSentence>();
  private readonly overlaps = new Map<Sentence, readonly GuardSentence[]>();

  constructor(
    private readonly parse: ParsedDocument,
    private readonly locate: ActorLocator,
    readonly resolve: (a: Actor) => Actor,
  ) {}

  /** The parse sentences `sentence` (an extractor sentence) overlaps. */
  overlapping(sentence: Sentence): readonly GuardSentence[] {
    const known = this.overlaps.get(sentence);
    if (known) return known;
    const found = this.parse.sentences.flatMap((ps, s) => (ps.start < sentence.end && sentence.start < ps.end ? [this.at(s)] : []));
    this.overlaps.set(sentence, found);
    return found;
  }

  private at(index: number): GuardSentence {
    const known = this.read.get(index);
    if (known) return known;
    const graph = graphOf(this.parse.sentences[index]!);
    const sentence = { graph, mentions: sentenceMentions(this.parse, index, graph, this.locate) };
    this.read.set(index, sentence);
    return sentence;
  }
}

/**
 * A guard's role, for one relation: the test that a mention (its sentence and head token) names the relation's party
 * in that role, or null when the guard has nothing to say of the relation (it is kept).
 */
export type TargetRole<R extends DraftRelation> = (r: R, sentences: readonly GuardSentence[]) => ((s: GuardSentence, head: number) => boolean) | null;

/** The relations of `types` left once those whose `party` (the target unless said) their sentence names, and names only in `role`, are dropped. */
export function withoutPartiesOnlyInRole<R extends DraftRelation>(
  relations: readonly R[],
  reading: GuardReading,
  types: ReadonlySet<RelationType>,
  role: TargetRole<R>,
  party: 'source' | 'target' = 'target',
): R[] {
  return relations.filter((r) => {
    if (!types.has(r.type)) return true;
    const sentences = reading.overlapping(r.sentence);
    const inRole = role(r, sentences);
    if (!inRole) return true;
    const actor = reading.resolve(r[party]);
    const named = sentences.flatMap((s) => s.mentions.filter((m) => m.actor === actor).map((m) => inRole(s, m.head)));
    return named.length === 0 || named.some((only) => !only);
  });
}
