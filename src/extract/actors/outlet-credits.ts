import type { ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/**
 * News outlets a briefing names only as the source of a story, outside any sentence the rules read:
 * a monitoring digest's source line: "YEMEN: Radio San'a, 17 December. …" (a country in capitals, the outlet,
 *   the day of the broadcast).
 * or a masthead line: "Windhoek Observer-Times, Tuesday, 10 November 2020" (the outlet, a weekday, a date, alone).
 * A known actor keeps its own entry (the gazetteer gives "AFP" its standard name); a person or a state never is an
 * outlet. (A wire dateline's credit, "ANKARA, Feb 16 (AFP) - ", was tried and left out: the annotations name it
 * as an actor in a few briefings and not in most, so it cost more false actors than it found.) Each gets a span on its words, so it is emitted as an actor of the draft.
 */

/** "Windhoek Observer-Times, Tuesday, 10 November 2020": a masthead line, the outlet, a weekday and a date alone. */
const MASTHEAD = /^(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,5}),\s+\p{Lu}\p{Ll}+day,\s+\d{1,2} \p{Lu}\p{Ll}+ \d{4}\s*$/u;
/** "COUNTRY: Outlet Name, 17 December." at the start of a line. */
const MONITORED_SOURCE = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*:\s+(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,5}),\s+\d{1,2} \p{Lu}\p{Ll}+\b/u;

export function addOutletCredits(text: string, spans: ActorSpan[], registry: ActorRegistry, rules: Rules): void {
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const lead = line.length - line.trimStart().length;
    const match = MONITORED_SOURCE.exec(line.trimStart()) ?? MASTHEAD.exec(line.trimStart());
    const name = match?.[1]?.trim();
    if (!match || !name) continue;
    const start = lineStart + lead + match[0].lastIndexOf(name);
    const known = registry.find(name);
    if (known && (known.kind === 'PERSON' || known.kind === 'STATE')) continue;
    // the name must read as an outlet ("Radio …", "… Times"): "IRAQ: Prime Minister X, 17 December" is no source line
    if (!known && !isOutletName(name, rules)) continue;
    const actor = known ?? registry.getOrCreate(name, 'MEDIA');
    actor.active = true;
    spans.push({ start, end: start + name.length, actor });
  }
}

/** A name holding a media head word: "Radio San'a", "Windhoek Observer-Times", "Central News Agency". */
function isOutletName(name: string, rules: Rules): boolean {
  return name.split(/[\s-]+/).some((w) => rules.cues.orgHeads[w] === 'MEDIA');
}
