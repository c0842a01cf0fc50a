import type { Modality } from '../vocabulary/modalities.js';

/**
 * The surest modality first: a relation shows the surest any of its evidence gives it. The same
 * order as relations/refresh.cypher, which derives these facts for relations that already had
 * evidence (tests/integration/bulk-ingest.test.ts compares the two graphs field by field).
 */
const SUREST_FIRST: readonly Modality[] = ['ASSERTED', 'REPORTED', 'PLANNED', 'HYPOTHETICAL', 'DENIED'];

/** What one piece of evidence says that a relation's derived facts follow from. */
export interface EvidenceFacts {
  modality: Modality;
  confidence: number | null;
  /** ISO days: the role period this evidence gives, and its briefing's day. */
  from: string | null;
  to: string | null;
  publishedAt: string;
}

/** A relation's facts derived from its evidence, as relations/refresh sets them (ISO days, written with date()). */
export interface DerivedRelationFacts {
  mentions: number;
  firstSeen: string;
  lastSeen: string;
  confidence: number | null;
  modality: Modality;
  from: string | null;
  to: string | null;
}

/**
 * The facts of a relation created by a batch of new briefings, derived from its evidence in the
 * batch (all the evidence it has: it did not exist before), so the batch writes them when it
 * creates the relation instead of reading its evidence back. ISO days compare as text in date order.
 */
export function derivedFactsOf(evidence: readonly EvidenceFacts[]): DerivedRelationFacts {
  const first = evidence[0];
  if (!first) throw new Error('a relation is created with at least one piece of evidence');
  const present = new Set(evidence.map((e) => e.modality));
  const confidences = evidence.flatMap((e) => (e.confidence === null ? [] : [e.confidence]));
  return {
    mentions: evidence.length,
    firstSeen: least(evidence.map((e) => e.publishedAt))!,
    lastSeen: greatest(evidence.map((e) => e.publishedAt))!,
    confidence: confidences.length > 0 ? Math.max(...confidences) : null,
    modality: SUREST_FIRST.find((modality) => present.has(modality)) ?? first.modality,
    from: least(evidence.flatMap((e) => (e.from === null ? [] : [e.from]))),
    to: greatest(evidence.flatMap((e) => (e.to === null ? [] : [e.to]))),
  };
}

const least = (days: readonly string[]) => (days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a)));
const greatest = (days: readonly string[]) => (days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a)));
