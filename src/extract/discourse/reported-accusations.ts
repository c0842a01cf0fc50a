import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { DraftRelation } from '../relations/types.js';

/** Deeds that, told by someone else, accuse their doer. */
const ACCUSING_TYPES: ReadonlySet<RelationType> = new Set(['ATTACKED']);

/**
 * "'Rwanda is attacking Congo,' Tshisekedi said", "the FSB said the Ukrainian ships had illegally entered Russian
 * waters": a hostile deed told by a speaker who is not its doer is the speaker's accusation of the doer. Pure.
 */
export function reportedAccusations(
  drafts: readonly DraftRelation[],
  resolve: (a: Actor) => Actor,
  sameSide: (a: Actor, b: Actor) => boolean,
): DraftRelation[] {
  const out: DraftRelation[] = [];
  for (const d of drafts) {
    if (!d.speaker || d.negated || !ACCUSING_TYPES.has(d.type)) continue;
    const speaker = resolve(d.speaker);
    const doer = resolve(d.source);
    if (speaker === doer || sameSide(speaker, doer)) continue;
    out.push({ ...d, type: 'ACCUSED', source: speaker, target: doer, speaker: null, modality: 'ASSERTED', negated: false });
  }
  return out;
}
