import type { DraftRelation } from '../relations/types.js';
import type { GuardReading } from './target-roles.js';

/**
 * "Chen told The Associated Press by phone", "speaking to the BBC by telephone": speaking to an outlet by phone is an
 * interview, no call between the two (the outlet publishes the words: structure/publications.ts). A PHONED with an
 * outlet for a party is dropped (all 3 development readings wrong; no gold call has an outlet for a party). Pure.
 */
export function withoutCallsToOutlets<R extends DraftRelation>(relations: readonly R[], reading: GuardReading): R[] {
  const outlet = (r: R) => reading.resolve(r.source).kind === 'MEDIA' || reading.resolve(r.target).kind === 'MEDIA';
  return relations.filter((r) => r.type !== 'PHONED' || !outlet(r));
}
