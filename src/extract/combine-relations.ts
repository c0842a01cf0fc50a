import { RELATION_TYPE_INFO } from '../vocabulary/relation-types.js';
import type { DraftRelation } from './relations/extract-relations.js';
import type { StructuralDraft } from './structure/structural-drafts.js';

/**
 * How surface and structural relations combine (chosen by measurement, see the README):
 * 'surface' the word-order rules only; 'structure' the dependency rules only; 'union' both;
 * 'supported' surface relations whose two actors the parse links within a few arcs, plus the structural ones;
 * 'surface+events' the surface rules plus the structural denials of a claim ("dismissed the report") and events
 * told as nouns ("held talks with", "drew condemnation from");
 * 'surface+structure' (the default) that, plus the structural verb relations of a sentence where the surface rules
 * read nothing of the same type, source or target (the parse fills the gaps, it does not contradict);
 * 'learned' the learned layer's relations alone (src/extract/learned/);
 * 'surface+structure+learned' the default's relations, plus the learned ones between two actors of a sentence the rules
 * read no relation between.
 */
export type CombineMode = 'surface' | 'structure' | 'union' | 'supported' | 'surface+events' | 'surface+structure' | 'learned' | 'surface+structure+learned';
export const COMBINE_MODES: readonly CombineMode[] = [
  'surface',
  'structure',
  'union',
  'supported',
  'surface+events',
  'surface+structure',
  'learned',
  'surface+structure+learned',
];
/** The modes that read the learned layer's relations (the others need not compute them). */
export const usesLearned = (mode: CombineMode) => mode === 'learned' || mode === 'surface+structure+learned';
export const DEFAULT_COMBINE_MODE: CombineMode = 'surface+structure';

export function combineRelations(
  mode: CombineMode,
  surface: DraftRelation[],
  structural: StructuralDraft[],
  linked: (r: DraftRelation) => boolean,
  learned: DraftRelation[] = [],
): DraftRelation[] {
  switch (mode) {
    case 'surface':
      return surface;
    case 'structure':
      return structural;
    case 'union':
      return [...surface, ...structural];
    case 'surface+events':
      return [
        ...surface,
        ...notSaid(
          surface,
          structural.filter((r) => r.via !== 'verb'),
        ),
      ];
    case 'learned':
      return learned;
    case 'surface+structure+learned': {
      const rules = combineRelations('surface+structure', surface, structural, linked);
      const read = new Set(rules.map((r) => pairKey(r)));
      return [...rules, ...learned.filter((r) => !read.has(pairKey(r)))];
    }
    case 'surface+structure': {
      // "the group is financed by Iran": where the two layers read the same relation in opposite directions, the
      // parse's reading stands (word order cannot tell a passive's agent from its patient)
      const reversed = structural.filter((r) => !RELATION_TYPE_INFO[r.type].symmetric && surface.some((d) => isReversal(d, r)));
      const kept = surface.filter((d) => !reversed.some((r) => isReversal(d, r)));
      const events = notSaid(
        kept,
        structural.filter((r) => r.via !== 'verb' && !reversed.includes(r)),
      );
      const verbs = structural.filter((r) => r.via === 'verb' && !reversed.includes(r) && !kept.some((d) => d.sentence === r.sentence && overlaps(d, r)));
      return [...kept, ...reversed, ...events, ...verbs];
    }
    case 'supported': {
      const found = new Set(structural.map((r) => pairKey(r)));
      return [...surface.filter((r) => found.has(pairKey(r)) || linked(r)), ...structural];
    }
  }
}

/** The structural relations the surface rules did not already read (same sentence, same two actors, same type): where both read an event, the surface reading (its date) stands. */
function notSaid(surface: DraftRelation[], structural: StructuralDraft[]): StructuralDraft[] {
  const said = new Set(surface.map((r) => `${pairKey(r)}|${r.type}`));
  return structural.filter((r) => !said.has(`${pairKey(r)}|${r.type}`));
}

/** Two readings of one sentence that share their type or an end: the surface one stands (the parse's would be a variant of it). */
const overlaps = (a: DraftRelation, b: DraftRelation) => a.type === b.type || a.source.key === b.source.key || a.target.key === b.target.key;

/** The same relation of one sentence with source and target swapped. */
const isReversal = (d: DraftRelation, r: DraftRelation) =>
  d.sentence === r.sentence && d.type === r.type && d.source.key === r.target.key && d.target.key === r.source.key;

const pairKey = (r: DraftRelation) => [r.sentence.index, ...[r.source.key, r.target.key].sort((x, y) => x - y)].join('|');
