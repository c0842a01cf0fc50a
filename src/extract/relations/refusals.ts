import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import { sameSide } from '../same-side.js';
import type { DraftRelation } from './types.js';

/**
 * "Spain said it would not recognise Kosovo", "would not back any Chinese call": an act of one of `refusalTypes`
 * (rules/structure.json) that its agent refuses — negated by the clause's own negator or a negating verb above it, not
 * by a denial ("denied backing the rebels") — is a REJECTED of the same target, and so is an act of one of
 * `intendedRefusalTypes` refused as an intention ("Tokyo would not negotiate with Beijing", not "did not negotiate") (docs/annotating.md "Non-recognition";
 * the format has no negation, and a negated SUPPORTED would be read as support). Told by someone of the refusing side
 * ("Frazer said the United States would not recognise Mr Mugabe's government", "the White House said the United
 * States would not back …"), the refusal is the speaker's, as the annotations read it. Read after the layers combine,
 * so every layer's refusal is read the one way. Pure.
 */
export function refusalsAsRejections<R extends DraftRelation>(
  relations: readonly R[],
  types: { refusalTypes: ReadonlySet<RelationType>; intendedRefusalTypes: ReadonlySet<RelationType> },
  resolve: (a: Actor) => Actor,
): R[] {
  const intended = (r: R) => (r.modality === 'PLANNED' || r.modality === 'HYPOTHETICAL') && types.intendedRefusalTypes.has(r.type);
  return relations.map((r) => {
    if (!r.negated || r.modality === 'DENIED' || !(types.refusalTypes.has(r.type) || intended(r))) return r;
    const speaker = r.speaker && r.speaker !== r.target && sameSide(r.speaker, r.source, resolve) ? r.speaker : null;
    return { ...r, type: 'REJECTED' as const, negated: false, source: speaker ?? r.source };
  });
}

/**
 * "Brazil, Colombia and Mexico have not congratulated him", "said it did not endorse it": an act of one of
 * `unrecordedNegations` (rules/structure.json) told as not done — negated, not denied — is neither the act nor a
 * rejection as the annotations read it (the format has no negation: docs/annotating.md "The file"), so it is dropped. Pure.
 */
export function withoutUnrecordedNegations<R extends DraftRelation>(relations: readonly R[], unrecorded: ReadonlySet<RelationType>): R[] {
  return relations.filter((r) => !(r.negated && r.modality !== 'DENIED' && unrecorded.has(r.type)));
}

/**
 * "Frazer said the United States would not recognise Mr Mugabe's government", "SADC … said it would not recognise Mr
 * Rajoelina": a refusal told by one of `unreadRefusalWords` (rules/structure.json) is dropped, neither the act nor a
 * rejection: such refusals are told in reported speech whose refuser the rules link too loosely (on the development
 * briefings half of them named the wrong refuser), while the act itself, told as done ("recognised Croatia"), stands.
 * The words are matched at the relation's trigger, as written (lower case, any inflection of the stem). Pure.
 */
export function withoutUnreadRefusals<R extends DraftRelation>(relations: readonly R[], words: readonly string[]): R[] {
  return relations.filter((r) => {
    if (!r.negated || r.modality === 'DENIED' || r.trigger === undefined) return true;
    const word = /^[\p{L}-]+/u.exec(r.sentence.text.slice(r.trigger - r.sentence.start))?.[0]?.toLowerCase() ?? '';
    return !words.some((stem) => word.startsWith(stem));
  });
}

/**
 * Every refusal read the one way, after the layers combine: the unread refusals dropped, the refusals of support (or of
 * an intended meeting) read as rejections, the negations the annotations do not record dropped. Pure.
 */
export function readRefusals<R extends DraftRelation>(
  relations: readonly R[],
  lexicon: {
    refusalTypes: ReadonlySet<RelationType>;
    intendedRefusalTypes: ReadonlySet<RelationType>;
    unreadRefusalWords: readonly string[];
    unrecordedNegations: ReadonlySet<RelationType>;
  },
  resolve: (a: Actor) => Actor,
): R[] {
  return withoutUnrecordedNegations(
    refusalsAsRejections(withoutUnreadRefusals(relations, lexicon.unreadRefusalWords), lexicon, resolve),
    lexicon.unrecordedNegations,
  );
}
