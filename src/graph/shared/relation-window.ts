import type { Modality } from '../vocabulary/modalities.js';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../vocabulary/relation-types.js';

/**
 * The filters every traversal honours. A relation's day is its event date, or the day it was
 * first reported when the text gives none, so "the graph as it stood in December 2015" also
 * keeps undated facts reported then.
 */
export interface RelationWindow {
  types?: readonly RelationType[] | null;
  since?: string | null;
  until?: string | null;
  modalities?: readonly Modality[] | null;
  /** null: both; false: only what happened; true: only what is stated as not happening. */
  negated?: boolean | null;
}

/** The parameters the cypher/ statements expect for a window (null meaning "no filter"). */
export function windowParams(window: RelationWindow): Record<string, unknown> {
  return {
    types: window.types && window.types.length > 0 ? [...window.types] : null,
    since: window.since ?? null,
    until: window.until ?? null,
    modalities: window.modalities && window.modalities.length > 0 ? [...window.modalities] : null,
    negated: window.negated ?? null,
    symmetricTypes: SYMMETRIC_RELATION_TYPES,
  };
}
