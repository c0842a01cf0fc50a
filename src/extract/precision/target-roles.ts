import type { ParsedDocument } from '../../nlp/document.js';
import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import { type ActorMention, sentenceMentions } from '../learned/mentions.js';
import type { DraftRelation } from '../relations/types.js';
import type { ActorLocator } from '../structure/actor-spans.js';
import { DependencyGraph } from '../structure/dependency-graph.js';

/**
 * The mechanism of the guards that drop a relation whose target its sentence names only in one role (patients.ts: only
 * as the one an event befalls; complement-targets.ts: only inside the infinitive a request asks for). "The relation's
 * sentence" is every parse sentence its extractor sentence overlaps (a relation the learned layer read has no trigger
 * to find one by); each parse sentence's graph and mentions are built once per briefing, not once per relation.
 */

/** One parse sentence as the guards read it. */
export interface GuardSentence {
  index: number;
  graph: DependencyGraph;
  mentions: readonly ActorMention[];
}

/**
 * A guard's role, for one relation: the test that a mention (its sentence and head token) names the target in that
 * role, or null when the guard has nothing to say of the relation (it is kept).
 */
export type TargetRole<R extends DraftRelation> = (r: R, sentences: readonly GuardSentence[]) => ((s: GuardSentence, head: number) => boolean) | null;

/** The relations of `types` left once those whose target their sentence names, and names only in `role`, are dropped. */
export function withoutTargetsOnlyInRole<R extends DraftRelation>(
  relations: readonly R[],
  parse: ParsedDocument,
  locate: ActorLocator,
  resolve: (a: Actor) => Actor,
  types: ReadonlySet<RelationType>,
  role: TargetRole<R>,
): R[] {
  const read = new Map<number, GuardSentence>();
  const sentenceAt = (index: number): GuardSentence => {
    const known = read.get(index);
    if (known) return known;
    const graph = new DependencyGraph(parse.sentences[index]!);
    const sentence = { index, graph, mentions: sentenceMentions(parse, index, graph, locate) };
    read.set(index, sentence);
    return sentence;
  };
  return relations.filter((r) => {
    if (!types.has(r.type)) return true;
    const sentences = parse.sentences.flatMap((ps, s) => (ps.start < r.sentence.end && r.sentence.start < ps.end ? [sentenceAt(s)] : []));
    const inRole = role(r, sentences);
    if (!inRole) return true;
    const target = resolve(r.target);
    const named = sentences.flatMap((s) => s.mentions.filter((m) => m.actor === target).map((m) => inRole(s, m.head)));
    return named.length === 0 || named.some((only) => !only);
  });
}
