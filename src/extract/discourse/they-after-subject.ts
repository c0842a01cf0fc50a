import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorSpan, GroupSpan } from '../structure/actor-spans.js';
import { graphOf } from '../structure/dependency-graph.js';

/** Actor kinds a plural pronoun may stand for alone: a body of several members, never one person or a state's name. */
const BODY_KINDS: ReadonlySet<string> = new Set(['ORGANIZATION', 'ARMED_GROUP']);

/**
 * "The leaders of the Economic Community of Central African States met in Malabo on Thursday. They condemned the use of
 * force …": a sentence opening with "They" as its subject, which CoreNLP's coreference joins to no actor, goes on with
 * the subject of the sentence before it — two or more actors named as that subject ("Armenia and Azerbaijan"), or one
 * body (an organisation or an armed group, whose members "they" are). Only the sentence right before, and only its
 * main clause's subject: anything further is a guess. Returns the pronoun as a group (two or more) or as a span (one
 * body). A pair or group phrase as that subject ("the two Presidents") stands for its members. Pure.
 */
export function theyAfterSubject(
  parse: ParsedDocument,
  spans: readonly ActorSpan[],
  groups: readonly GroupSpan[],
  resolve: (a: Actor) => Actor,
  chained: (sentence: number, token: number) => boolean,
): { spans: ActorSpan[]; groups: GroupSpan[] } {
  const found = { spans: [] as ActorSpan[], groups: [] as GroupSpan[] };
  const namedAt = (start: number, end: number) => spans.find((s) => s.start <= start && end <= s.end)?.actor;
  // "the two Presidents expressed grave concern … They called on …": a pair or group phrase stands for its members
  const groupAt = (start: number, end: number) => groups.find((g) => g.start <= start && end <= g.end)?.actors;
  parse.sentences.forEach((sentence, s) => {
    const they = sentence.tokens[0];
    const before = parse.sentences[s - 1];
    if (s === 0 || !before || they?.word !== 'They' || chained(s, 0)) return;
    if (
      !graphOf(sentence)
        .incoming(0)
        .some((a) => a.rel === 'nsubj')
    )
      return;
    const g = graphOf(before);
    const root = before.tokens.findIndex((_, t) => g.incoming(t).length === 0 && g.outgoing(t).length > 0);
    const subject = root < 0 ? undefined : g.children(root, 'nsubj')[0];
    if (subject === undefined) return;
    const heads = [subject, ...g.children(subject, (rel) => rel.startsWith('conj'))];
    const actors: Actor[] = [];
    for (const head of heads) {
      const token = before.tokens[head]!;
      const members = groupAt(token.start, token.end);
      if (members) {
        for (const member of members.map(resolve)) if (!actors.includes(member)) actors.push(member);
        continue;
      }
      // the head itself, or the body its "of" names ("the leaders of ECCAS")
      const actor =
        namedAt(token.start, token.end) ??
        g
          .children(head, 'nmod:of')
          .map((o) => namedAt(before.tokens[o]!.start, before.tokens[o]!.end))
          .find(Boolean);
      if (!actor) return;
      const resolved = resolve(actor);
      if (!actors.includes(resolved)) actors.push(resolved);
    }
    if (actors.length >= 2) found.groups.push({ start: they.start, end: they.end, actors });
    else if (actors.length === 1 && BODY_KINDS.has(actors[0]!.kind)) found.spans.push({ start: they.start, end: they.end, actor: actors[0]! });
  });
  return found;
}
