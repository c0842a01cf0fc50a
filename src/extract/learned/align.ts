import type { ParsedDocument } from '../../nlp/document.js';
import { goldActorIndex, goldActorKeys, type GoldFile } from '../../eval/gold.js';
import { RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { PairCandidate } from './candidates.js';

/** The class of a pair: a relation type from its first mention to its second, or none. */
export const NONE = 'NONE';
export type PairLabel = RelationType | typeof NONE;

/** A candidate with the class the gold gives it; pairs the gold holds only as optional are left out (neither for nor against). */
export interface LabelledPair {
  candidate: PairCandidate;
  label: PairLabel;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

/**
 * Labels candidate pairs with the gold relations, as src/eval/score.ts matches them: an actor is a gold actor when any of
 * their folded names or aliases agree; a gold relation holds for a pair in the sentence it cites as evidence (the parse
 * sentence is inside the evidence, or the evidence inside it), from its source to its target or any `alt_targets` (either
 * way round for a symmetric type). Every other pair is NONE; a pair only an optional gold relation names is left out.
 */
export function labelPairs(text: string, doc: ParsedDocument, candidates: PairCandidate[], gold: GoldFile, resolve: (a: Actor) => Actor): LabelledPair[] {
  const goldKeys = goldActorKeys(gold);
  const goldIndexByName = (name: string) => goldActorIndex(goldKeys, name);
  const goldIndexOf = new Map<Actor, number>();
  const indexOfActor = (actor: Actor) => {
    const resolved = resolve(actor);
    let i = goldIndexOf.get(resolved);
    if (i === undefined) {
      i = goldActorIndex(goldKeys, resolved.name, [...resolved.aliases]);
      goldIndexOf.set(resolved, i);
    }
    return i;
  };
  const relations = gold.relations
    .filter((g) => KNOWN_TYPES.has(g.type) && g.evidence)
    .map((g) => ({
      type: g.type as RelationType,
      optional: g.optional ?? false,
      source: goldIndexByName(g.source),
      targets: [g.target, ...(g.alt_targets ?? [])].map(goldIndexByName),
      evidence: normalise(g.evidence!),
    }));
  const sentenceText = doc.sentences.map((s) => normalise(text.slice(s.start, s.end)));
  const out: LabelledPair[] = [];
  for (const c of candidates) {
    const sa = indexOfActor(c.a.actor);
    const sb = indexOfActor(c.b.actor);
    const here = sentenceText[c.sentence]!;
    const holding =
      sa < 0 || sb < 0
        ? []
        : relations.filter(
            (r) =>
              (r.evidence.includes(here) || here.includes(r.evidence)) &&
              ((r.source === sa && r.targets.includes(sb)) || (RELATION_TYPE_INFO[r.type].symmetric && r.source === sb && r.targets.includes(sa))),
          );
    const stated = holding.find((r) => !r.optional);
    if (stated) out.push({ candidate: c, label: stated.type });
    else if (!holding.length) out.push({ candidate: c, label: NONE });
  }
  return out;
}
