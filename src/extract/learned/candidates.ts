import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import { ActorLocator, type ActorSpan } from '../structure/actor-spans.js';
import { graphOf } from '../structure/dependency-graph.js';
import type { Lexicon } from '../structure/lexicon.js';
import { dependencyPath, pathTop } from './dependency-path.js';
import { pairFeatures } from './features.js';
import { pathText } from './pair-text.js';
import { sentenceMentions, type ActorMention } from './mentions.js';
import type { RuleProposals } from './rule-proposals.js';

/** An ordered pair of mentions of two different actors in one parse sentence: a possible relation from `a` to `b`. */
export interface PairCandidate {
  sentence: number;
  a: ActorMention;
  b: ActorMention;
  /** The lowest common head of the two mentions: the clause whose modality, negation and date the relation takes. */
  clause: number;
  features: string[];
  /** What the sentence encoder reads of the pair: its dependency path as words (src/extract/learned/pair-text.ts). */
  text: string;
}

/** Sentences with more actor mentions than this are lists ("attended by A, B, C…"): their pairs are not read. */
export const MAX_MENTIONS_PER_SENTENCE = 12;

/**
 * Every ordered pair of mentions of distinct actors in each sentence of the parse, with its features, among them what the
 * rule layers read between the two (`rule=TYPE`, `rule=TYPE<` for the other direction, `rule=none`). Pure.
 */
export function pairCandidates(doc: ParsedDocument, spans: ActorSpan[], resolve: (a: Actor) => Actor, lex: Lexicon, proposals: RuleProposals): PairCandidate[] {
  const locate = new ActorLocator(doc, spans, resolve, lex.firstPerson);
  const out: PairCandidate[] = [];
  doc.sentences.forEach((_, s) => {
    const g = graphOf(doc.sentences[s]!);
    const mentions = firstOfEachActor(sentenceMentions(doc, s, g, locate));
    if (mentions.length > MAX_MENTIONS_PER_SENTENCE) return;
    for (const a of mentions)
      for (const b of mentions) {
        if (a.actor === b.actor) continue;
        const path = dependencyPath(g, a.head, b.head);
        const rules = proposals(s, a.actor, b.actor);
        const ruleFeatures = rules.length ? rules.map((r) => `rule=${r}`) : ['rule=none'];
        out.push({
          sentence: s,
          a,
          b,
          clause: path ? pathTop(a.head, path) : a.head,
          features: [...pairFeatures(doc, s, g, a, b, lex), ...ruleFeatures],
          text: pathText(g, a, b, path),
        });
      }
  });
  return out;
}

/** One mention per actor and sentence (its first named one, else its first): a pair of actors is one decision per sentence. */
function firstOfEachActor(mentions: ActorMention[]): ActorMention[] {
  const byActor = new Map<Actor, ActorMention>();
  for (const m of mentions) {
    const kept = byActor.get(m.actor);
    if (!kept || (kept.coref && !m.coref)) byActor.set(m.actor, m);
  }
  return [...byActor.values()].sort((x, y) => x.start - y.start);
}
