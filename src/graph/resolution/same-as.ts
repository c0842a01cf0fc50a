import { foldName } from '../../text/fold.js';

export interface SameAsCandidate {
  id: string;
  name: string;
  kind: string;
  aliases: string[] | null;
  wikidata: string | null;
}

export type SameAsReason = 'FOLDED_NAME' | 'ALIAS' | 'TRANSLITERATION' | 'INITIALS';

export interface SameAsSuggestion {
  a: string;
  b: string;
  reason: SameAsReason;
  score: number;
}

const SCORES: Record<SameAsReason, number> = { FOLDED_NAME: 0.95, ALIAS: 0.9, TRANSLITERATION: 0.8, INITIALS: 0.7 };

/**
 * Spelling variants that romanisations of the same name produce (Shoigu/Shoygu,
 * Sergei/Sergey/Sergej, Mevlut/Mevluet, Hamedani/Hamadani is NOT one: vowels other than these stay).
 */
const TRANSLITERATION_RULES: readonly [RegExp, string][] = [
  [/ue/g, 'u'],
  [/oe/g, 'o'],
  [/ae/g, 'a'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/dzh|dj|zh/g, 'j'],
  [/tch|tsch/g, 'ch'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/[yj](?=[aeiou])/g, 'y'],
  [/(?<=[aeiou])[yj]/g, 'i'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

export function transliterationKey(name: string): string {
  let key = foldName(name);
  for (const [pattern, replacement] of TRANSLITERATION_RULES) key = key.replace(pattern, replacement);
  return key;
}

function namesOf(actor: SameAsCandidate): string[] {
  return [actor.name, ...(actor.aliases ?? [])];
}

/** "V. Putin" and "Vladimir Putin": same surname, and every given name agrees with an initial. */
function initialsAgree(short: string, long: string): boolean {
  const a = foldName(short).split(' ');
  const b = foldName(long).split(' ');
  if (a.length !== b.length || a.length < 2 || a.at(-1) !== b.at(-1)) return false;
  const givenA = a.slice(0, -1);
  const givenB = b.slice(0, -1);
  const usesInitial = givenA.some((part, i) => part !== givenB[i]);
  return (
    usesInitial &&
    givenA.every(
      (part, i) => part === givenB[i] || (part.length === 1 && givenB[i]!.startsWith(part)) || (givenB[i]!.length === 1 && part.startsWith(givenB[i]!)),
    )
  );
}

function reasonFor(a: SameAsCandidate, b: SameAsCandidate): SameAsReason | null {
  if (foldName(a.name) === foldName(b.name)) return 'FOLDED_NAME';
  const keysA = new Set(namesOf(a).map(foldName));
  const keysB = new Set(namesOf(b).map(foldName));
  if (keysA.has(foldName(b.name)) || keysB.has(foldName(a.name))) return 'ALIAS';
  if (transliterationKey(a.name) === transliterationKey(b.name)) return 'TRANSLITERATION';
  if (initialsAgree(a.name, b.name) || initialsAgree(b.name, a.name)) return 'INITIALS';
  return null;
}

/**
 * Likely duplicate actors, likeliest first. Only actors of the same kind are compared, and two
 * actors with different Wikidata QIDs are known to differ. Candidates are blocked by the
 * transliteration key of their last name word, so the work grows with the graph, not its square.
 */
export function suggestSameAs(actors: readonly SameAsCandidate[]): SameAsSuggestion[] {
  const blocks = new Map<string, SameAsCandidate[]>();
  for (const actor of actors) {
    const blockKeys = new Set(namesOf(actor).map((name) => `${actor.kind}:${transliterationKey(name).split(' ').at(-1)}`));
    for (const key of blockKeys) blocks.set(key, [...(blocks.get(key) ?? []), actor]);
  }
  const seen = new Set<string>();
  const suggestions: SameAsSuggestion[] = [];
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const [a, b] = [block[i]!, block[j]!].sort((x, y) => x.id.localeCompare(y.id)) as [SameAsCandidate, SameAsCandidate];
        const pair = `${a.id}|${b.id}`;
        if (a.id === b.id || seen.has(pair)) continue;
        seen.add(pair);
        if (a.wikidata && b.wikidata && a.wikidata !== b.wikidata) continue;
        const reason = reasonFor(a, b);
        if (reason) suggestions.push({ a: a.id, b: b.id, reason, score: SCORES[reason] });
      }
    }
  }
  return suggestions.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
