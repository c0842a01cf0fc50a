import type { ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/** Words that, just before a name, say it is an outlet's ("the tabloid Ilta-Sanomat", "Portuguese radio RDP Africa"). */
const OUTLET_BEFORE = /\b(tabloid|newspaper|daily|weekly|radio|television|broadcaster|channel|news agency|magazine)\s+$/i;

/**
 * Organisations that are outlets, whatever the rule that named them made them: a name holding a media head word
 * ("Radio Rwanda", "Syrian state television": `orgHeads` marked MEDIA, or a media noun of `mediaNouns`), or a name the
 * text introduces with one ("the tabloid Ilta-Sanomat", "told Portuguese radio RDP Africa", "the public broadcaster
 * ERR"). Only an ORGANIZATION becomes an outlet (a person, a state or an armed group keeps its kind). Mutates the
 * registry's actors.
 */
export function markOutlets(text: string, spans: readonly ActorSpan[], registry: ActorRegistry, rules: Rules): void {
  const mediaWords = new Set(Object.entries(rules.cues.orgHeads).flatMap(([w, kind]) => (kind === 'MEDIA' ? [w.toLowerCase()] : [])));
  for (const noun of rules.cues.mediaNouns) mediaWords.add(noun.toLowerCase());
  for (const span of spans) {
    const actor = registry.resolve(span.actor);
    if (actor.kind !== 'ORGANIZATION') continue;
    const words = actor.name.toLowerCase().split(/[\s-]+/);
    const named = words.some((w) => mediaWords.has(w)) || [...mediaWords].some((n) => n.includes(' ') && actor.name.toLowerCase().includes(n));
    const introduced = OUTLET_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
    if (named || introduced) actor.kind = 'MEDIA';
  }
}
