import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';

export type Gender = 'female' | 'male';

/** The gendered pronouns CoreNLP's coreference chains may hold, by the gender they say. */
const GENDERED: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/** The gender a personal pronoun says ("she" female), or null for any other word. */
export function pronounGender(word: string): Gender | null {
  return GENDERED.get(word.toLowerCase()) ?? null;
}

/**
 * "Compañera Rosario Murillo, said in her midday address …": a person CoreNLP's coreference chains join only to
 * pronouns of one gender is of that gender. A chain naming two persons, or holding pronouns of both genders, says
 * nothing; nor does a person whose chains disagree. `find` names the person a proper mention's words stand for (its
 * full text, else without its first words: "Compañera Rosario Murillo" → "Rosario Murillo"). Pure.
 */
export function personGenders(doc: ParsedDocument, find: (name: string) => Actor | undefined): Map<Actor, Gender> {
  const genders = new Map<Actor, Gender>();
  const disputed = new Set<Actor>();
  for (const chain of doc.corefs) {
    const said = new Set(chain.flatMap((m) => (m.type === 'PRONOMINAL' ? [pronounGender(m.text)] : [])).filter((g) => g !== null));
    if (said.size !== 1) continue;
    const gender = [...said][0]!;
    const persons = new Set(chain.flatMap((m) => (m.type === 'PROPER' ? [personNamed(m.text, find)] : [])).filter((a) => a !== null));
    if (persons.size !== 1) continue;
    const person = [...persons][0]!;
    if (genders.has(person) && genders.get(person) !== gender) disputed.add(person);
    genders.set(person, gender);
  }
  for (const person of disputed) genders.delete(person);
  return genders;
}

function personNamed(text: string, find: (name: string) => Actor | undefined): Actor | null {
  const words = text.split(/\s+/);
  for (let k = 0; k < words.length; k += 1) {
    const actor = find(words.slice(k).join(' '));
    if (actor) return actor.kind === 'PERSON' ? actor : null;
  }
  return null;
}
