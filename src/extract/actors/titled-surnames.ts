import type { Actor, ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';
import type { Sentence } from '../segment.js';

/**
 * "Mr Stoltenberg", "President Megawati", "Prime Minister Blair": a person the text names only by one name after an
 * honorific or a title. That titled form is the fullest the text gives, and annotators (like a reader looking the
 * person up) write it as the alias of the full name they know; the draft keeps it as an alias so the actor is found
 * by it. Persons the text names in full ("Jens Stoltenberg") gain nothing: their own name already says more. A
 * listed person the text never names in full ("Sergei Lavrov", written only "Foreign Minister Lavrov" and "Sergey")
 * is found by the surname the text gives.
 */
export function addTitledSurnameAliases(registry: ActorRegistry, sentences: readonly Sentence[], rules: Rules): void {
  const persons = new Map<string, Actor>();
  const written = (name: string) => sentences.some((s) => s.text.includes(name));
  for (const a of registry.actors) {
    if (a.mergedInto || a.kind !== 'PERSON') continue;
    if (!/\s/.test(a.name)) persons.set(a.name, a);
    else if (a.knownId === null && !written(a.name)) persons.set(a.name.split(/\s+/).at(-1)!, a);
  }
  if (!persons.size) return;
  const honorifics = rules.cues.sets.honorifics;
  for (const sentence of sentences) {
    const t = sentence.tokens;
    for (let i = 1; i < t.length; i += 1) {
      const person = persons.get(t[i]!.text);
      if (!person) continue;
      const before = t[i - 1]!;
      let from = -1;
      if (honorifics.has(before.lower.replace(/\.$/, '')) && before.cap) from = i - 1;
      else if (rules.titleHeads.has(before.text)) {
        from = i - 1;
        // "Prime Minister Blair": the title's earlier word when the two make a known title
        const two = i >= 2 ? `${t[i - 2]!.lower} ${before.lower}` : '';
        if (t[i - 2]?.cap && rules.titles.has(two)) from = i - 2;
      }
      if (from < 0) continue;
      registry.addAlias(person, sentence.text.slice(t[from]!.start - sentence.start, t[i]!.end - sentence.start));
    }
  }
}
