import type { ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';

/** Letters of an acronym the text may write for a body's name ("DUP", "FARC"). */
const ACRONYM = /^[A-Z]{2,6}$/;
/** From this many letters an acronym may give its initials in another order: a name translated ("FARC" for "Revolutionary Armed Forces of Colombia"). */
const MIN_REORDERED_LETTERS = 3;

/**
 * One body named by its acronym in one place and by its full name in another, with no brackets joining them ("the
 * DUP" and "the Democratic Unionist Party", "KDF" and "Kenya Defence Forces"): the acronym is the initials of the
 * name's words (connectors and particles such as "of", "de" left out), or, from three letters, the same initials in
 * another order (a name translated: "FARC", "Revolutionary Armed Forces of Colombia"). The acronym becomes the name's
 * alias; an acronym matching two names is left alone.
 */
export function mergeAcronyms(registry: ActorRegistry, rules: Rules): void {
  const skip = new Set([...rules.cues.sets.connectors, ...rules.cues.sets.particles]);
  const initials = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{L}/u.test(w) && !skip.has(w.toLowerCase()))
      .map((w) => w[0]!.toUpperCase())
      .join('');
  const sorted = (letters: string) => Array.from(letters).sort().join('');
  const bodies = () => registry.actors.filter((a) => !a.mergedInto && a.kind !== 'PERSON' && a.kind !== 'STATE');
  for (const short of bodies()) {
    if (!ACRONYM.test(short.name)) continue;
    const full = bodies().filter((a) => {
      if (a === short || !a.name.includes(' ')) return false;
      const letters = initials(a.name);
      return letters === short.name || (short.name.length >= MIN_REORDERED_LETTERS && sorted(letters) === sorted(short.name));
    });
    if (full.length === 1) registry.merge(short, full[0]!);
  }
}
