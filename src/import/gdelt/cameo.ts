import { RELATION_TYPES, RELATION_TYPE_INFO, type RelationType } from '../../vocabulary/relation-types.js';

/** The vocabulary's CAMEO codes, each to its relation type (AFFILIATED_WITH has none). */
const BY_CAMEO: ReadonlyMap<string, RelationType> = new Map(
  RELATION_TYPES.flatMap((type) => {
    const code = RELATION_TYPE_INFO[type].cameo;
    return code ? [[code, type] as const] : [];
  }),
);

/**
 * A CAMEO event code to the relation type the vocabulary maps it to: the code itself, else its
 * three-digit base ("0431" → "043" HOSTED), else its root's general code ("193" → "190"
 * ATTACKED, "0311" → "030" AGREED_WITH). Null when the vocabulary has no type for it.
 */
export function relationTypeOfCameo(code: string): RelationType | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  for (const candidate of [code, code.slice(0, 3), `${code.slice(0, 2)}0`]) {
    const type = BY_CAMEO.get(candidate);
    if (type) return type;
  }
  return null;
}
