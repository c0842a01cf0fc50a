import type { Actor, ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';

/**
 * Shorter names of a body the document also names in full become its aliases: "the Defense Ministry" is the
 * document's one "Russian Defense Ministry"; "the Permanent Council" its one "Permanent Council of the Organization of
 * American States"; and "the Council" (a body's head word alone) its one body named with that word anywhere ("UN
 * Security Council", "Department of Foreign Affairs"). Each only when exactly one body qualifies. A head word alone
 * never names a person, whatever kind a first reading gave it ("the Assembly voted"). Run after the names are read, and
 * again after the parse's entities and the labels have added their bodies, which may bring the short name or the full.
 */
export function mergeBareBodies(registry: ActorRegistry, rules: Rules): void {
  const demonyms = [...rules.states.values()].flatMap((s) => s.demonyms);
  // the full names first, so that "Council" finds one body once "Permanent Council" has joined its longer name
  mergeInto(registry, (bare, q) => q.name.startsWith(`${bare.name} of `) || demonyms.some((d) => q.name === `${d} ${bare.name}`), false);
  mergeInto(registry, (bare, q) => !!rules.cues.orgHeads[bare.name] && !bare.name.includes(' ') && q.name.split(' ').includes(bare.name), true);
}

function mergeInto(registry: ActorRegistry, names: (bare: Actor, body: Actor) => boolean, headWord: boolean) {
  const live = () => registry.actors.filter((a) => !a.mergedInto && a.kind !== 'STATE');
  for (const bare of live()) {
    if (bare.mergedInto || (bare.kind === 'PERSON' && !headWord)) continue;
    const qualified = live().filter((q) => q !== bare && q.kind !== 'PERSON' && names(bare, q));
    if (qualified.length === 1) registry.merge(bare, qualified[0]!);
  }
}
