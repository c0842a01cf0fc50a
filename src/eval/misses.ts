/**
 * Why a required gold relation was missed: one category per miss, from what the extractor read of the briefing
 * (src/eval/miss-facts.ts gathers the facts from the draft, the gold and the stored parse). Pure.
 *
 * (a) an actor of the relation was not detected at all;
 * (b) both detected, but in the evidence sentence one is named only by something the actor layer did not link to it
 *     (its name or alias unlinked, a pronoun, a capital or organ, a description);
 * (c) both linked in the sentence, and a rule read a relation between them there, of another type or direction;
 * (d) both linked, and no rule read anything between them there (the detail says what the parse shows between them);
 * (e) implicit or cross-sentence: an actor is not mentioned in the evidence at all, or the two only in different
 *     sentences of it;
 * (f) other: the evidence is not in the text, or the right reading was made and then dropped (a precision guard, the
 *     combine mode), or a matching relation was drafted yet not counted.
 */

export const MISS_CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type MissCategory = (typeof MISS_CATEGORIES)[number];

export const MISS_CATEGORY_NAMES: Readonly<Record<MissCategory, string>> = {
  a: 'actor not detected',
  b: 'actor detected, not linked in the sentence',
  c: 'both linked, wrong type or direction proposed',
  d: 'both linked, no proposal',
  e: 'implicit or cross-sentence',
  f: 'other',
};

/** How the evidence names an actor it does not link (category b). */
export type UnlinkedHint = 'name' | 'coref' | 'pronoun' | 'entity';

/** What the parse shows between two linked actors no rule read anything between (category d), most telling first. */
export type PathShape = 'list-sentence' | 'no-path' | 'coordination' | 'passive' | 'noun-trigger' | 'clause-away' | 'known-trigger' | 'unknown-trigger';

/** What a rule read between the two actors in the evidence sentence. */
export interface PairReading {
  type: string;
  /** Read from the gold source to the gold target (or either way for a symmetric type). */
  sameDirection: boolean;
  /** Still in the draft after the guards and the combine mode. */
  drafted: boolean;
}

export interface MissFacts {
  /** The evidence quote was found in the briefing text. */
  evidenceFound: boolean;
  sourceDetected: boolean;
  targetDetected: boolean;
  /** An actor detected and then dropped (CoreNLP's entities ruled it out): reported as a detail of (a). */
  droppedActor: boolean;
  /** Linked in at least one sentence of the evidence. */
  sourceLinked: boolean;
  targetLinked: boolean;
  /** Linked together in one sentence of the evidence. */
  linkedTogether: boolean;
  /** For an actor detected but not linked: how the evidence may name it, null when nothing does. */
  unlinkedHint: UnlinkedHint | null;
  /** The relations the rules read between the two in the evidence sentence (any type, either way). */
  readings: PairReading[];
  goldTypes: readonly string[];
  /** The shape of the parse between the two mentions (when linked together). */
  path: PathShape | null;
}

export interface MissVerdict {
  category: MissCategory;
  detail: string;
}

export function classifyMiss(f: MissFacts): MissVerdict {
  if (!f.evidenceFound) return { category: 'f', detail: 'evidence not in text' };
  if (!f.sourceDetected || !f.targetDetected) return { category: 'a', detail: f.droppedActor ? 'dropped by the entity check' : 'never detected' };
  if (!f.linkedTogether) {
    if (f.sourceLinked && f.targetLinked) return { category: 'e', detail: 'cross-sentence' };
    if (f.unlinkedHint) return { category: 'b', detail: f.unlinkedHint };
    return { category: 'e', detail: 'implicit' };
  }
  const right = f.readings.filter((r) => r.sameDirection && f.goldTypes.includes(r.type));
  if (right.some((r) => r.drafted)) return { category: 'f', detail: 'drafted, not counted' };
  if (right.length) return { category: 'f', detail: 'read, then dropped' };
  if (f.readings.length) {
    const typeRight = f.readings.some((r) => f.goldTypes.includes(r.type));
    return { category: 'c', detail: typeRight ? 'wrong direction' : 'wrong type' };
  }
  return { category: 'd', detail: f.path ?? 'no-path' };
}
