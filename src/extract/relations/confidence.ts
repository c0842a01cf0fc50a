import type { Mention } from '../mentions.js';

/** How much less sure a relation is when an actor was found through a pronoun, a pair phrase, a facility or an organ. */
export function viaPenalty(m: Mention): number {
  switch (m.via) {
    case 'pronoun':
    case 'anaphor':
    case 'event':
      return 0.85;
    case 'pair':
      return 0.85;
    case 'facility':
      return 0.7;
    case 'organ':
      return 0.9;
    default:
      return 1;
  }
}

/** A confidence clamped to [0, 1] with two decimals. */
export function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
