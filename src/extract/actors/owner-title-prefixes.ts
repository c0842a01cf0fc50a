import type { ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';
import { tokenize } from '../tokenize.js';

/**
 * "Commonwealth Secretary-General Kamalesh Sharma", "Pacific Islands Forum Secretary-General Meg Taylor": a title written
 * before a name may open with the body it is held in. When a person's title with no owner opens with the name or an
 * alias of another actor of the briefing (no person) and what follows is a known title, the role is that title in that
 * actor: the affiliation the text states. The longest opening that names an actor wins.
 */
export function ownTitlePrefixes(registry: ActorRegistry, rules: Pick<Rules, 'titles'>): void {
  for (const person of registry.actors) {
    if (person.mergedInto || person.kind !== 'PERSON') continue;
    for (const role of person.roles) {
      if (role.of) continue;
      const words = role.title.split(/\s+/);
      for (let cut = words.length - 1; cut >= 1; cut--) {
        const rest = words.slice(cut).join(' ');
        const restKey = tokenize(rest)
          .map((t) => t.lower)
          .join(' ');
        if (!rules.titles.has(restKey)) continue;
        const owner = registry.find(words.slice(0, cut).join(' '));
        if (!owner || owner === registry.resolve(person) || owner.kind === 'PERSON') continue;
        role.of = owner;
        role.title = rest;
        break;
      }
    }
  }
}
