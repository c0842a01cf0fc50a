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
  const [first, ...rest] = evidence;
  if (!first) throw new Error('a relation is created with at least one piece of evidence');
  let facts = factsOfOne(first);
  for (const more of rest) facts = combinedFacts(facts, factsOfOne(more));
  return facts;
}

/** The facts one piece of evidence alone gives its relation. */
export function factsOfOne(evidence: EvidenceFacts): DerivedRelationFacts {
  return {
    mentions: 1,
    firstSeen: evidence.publishedAt,
    lastSeen: evidence.publishedAt,
    confidence: evidence.confidence,
    modality: evidence.modality,
    from: evidence.from,
    to: evidence.to,
  };
}

/**
 * The facts of a relation from the facts of two disjoint sets of its evidence: every fact is a
 * count, a least, a greatest or the surest, so evidence can be tallied in any grouping (an offline
 * load tallies it in several threads) and give what derivedFactsOf gives for all of it.
 */
export function combinedFacts(a: DerivedRelationFacts, b: DerivedRelationFacts): DerivedRelationFacts {
  return {
    mentions: a.mentions + b.mentions,
    firstSeen: b.firstSeen < a.firstSeen ? b.firstSeen : a.firstSeen,
    lastSeen: b.lastSeen > a.lastSeen ? b.lastSeen : a.lastSeen,
    confidence: a.confidence === null ? b.confidence : b.confidence === null ? a.confidence : Math.max(a.confidence, b.confidence),
    modality: SUREST_FIRST.indexOf(b.modality) < SUREST_FIRST.indexOf(a.modality) ? b.modality : a.modality,
    from: a.from === null || (b.from !== null && b.from < a.from) ? b.from : a.from,
    to: a.to === null || (b.to !== null && b.to > a.to) ? b.to : a.to,
  };
}
