import { openingArticle } from './organization-names.js';
import { foldName } from '../../text/fold.js';
import { editDistance } from '../../text/edit-distance.js';
import type { Actor } from '../actors.js';
import type { Rules, TitleRule } from '../rules.js';
import type { Token } from '../tokenize.js';
import type { GazetteerMatch as Match, MentionScan } from './mention-scan.js';

/** Lookups in the rule data at a token: gazetteer names (and actors registered earlier), titles, listed persons and misspelt listed bodies. */

export function gazetteerAt(s: MentionScan, i: number): Match | undefined {
  const { t, rules, registry, sets, particleName, textOf, gazetteerAt } = s;
  const first = t[i];
  if (!first || !first.word || !(first.cap || particleName(first))) return undefined;
  // "The Economic Community of West African States", "An International Monetary Fund team": a listed name after a capitalised article
  if (openingArticle(first, t[i + 1])) {
    const inner = gazetteerAt(i + 1);
    if (inner && inner.entries.length) return inner;
  }
  const max = Math.min(t.length, i + Math.max(rules.gazetteerMaxTokens, 6));
  // Only runs of words are looked up; their keys are built once, each from the one before, as this runs at
  // every token of every sentence, for several rules
  let words = i;
  while (words < max && t[words]!.word) words += 1;
  const folded = foldedWords(t);
  const keys = runKeys(t, i, words, (x, k) => (folded[k] ??= foldName(x.text) || x.lower));
  for (let end = words; end > i; end -= 1) {
    const key = keys[end - i - 1]!;
    const text = textOf(i, end);
    // "received Hague in Moscow": a capital named with its article ("The Hague") is not named without it
    const withoutArticle = rules.articleCapitals.has(key) && t[i - 1]?.lower !== 'the';
    const listed = rules.gazetteer.get(key);
    const entries = withoutArticle ? listed?.filter((e) => e.kind !== 'capital') : listed;
    if (entries?.length) {
      if (end - i === 1 && rules.caseSensitive.has(first.text.toUpperCase()) && !first.allCaps && first.text.length <= 3) continue;
      if (end - i === 1 && !first.allCaps && first.text.length <= 3 && [...rules.caseSensitive].some((c) => foldName(c) === key && c !== first.text)) continue;
      return { end, text, entries };
    }
    const actor = registry.find(text) ?? (end - i === 1 && !first.allCaps ? (nearestNamesake(s, text) ?? registry.findFuzzy(text, 'PERSON', true)) : undefined);
    // "Kim Yong Chol" after "Kim Jong Un": a family name that opens a longer run of name words is not the known person
    const familyOpensName = end - i === 1 && sets.familyNameFirst.has(first.lower) && !!t[end]?.word && !!t[end]?.cap && !t[end]?.allCaps;
    // a lower-case word alone names no one known, save a surname with its particle ("al-Burhan", "el-Sisi")
    if (actor && !(end - i === 1 && !first.cap && !particleName(first)) && !familyOpensName) return { end, text, entries: [], actor };
  }
  return undefined;
}

export function titleAt(s: MentionScan, i: number): { end: number; rule: TitleRule; text: string } | undefined {
  const { t, rules, textOf } = s;
  // a title's key opens with its first word: most words open none, and are turned away before any key is built
  const lower = t[i]?.lower;
  if (lower === undefined || (!lower.includes(' ') && !titleFirstWords(rules).has(lower))) return undefined;
  const max = Math.min(t.length, i + rules.titleMaxTokens);
  const keys = runKeys(t, i, max, (x) => x.lower);
  for (let end = max; end > i; end -= 1) {
    const rule = rules.titles.get(keys[end - i - 1]!);
    if (rule) return { end, rule, text: textOf(i, end) };
  }
  return undefined;
}

/** The keys of the runs [start, start + 1), [start, start + 2), … [start, end): their tokens' keys joined by spaces. */
function runKeys(t: readonly Token[], start: number, end: number, keyOf: (tok: Token, k: number) => string): string[] {
  const keys: string[] = [];
  for (let k = start; k < end; k += 1) keys.push(k === start ? keyOf(t[k]!, k) : `${keys[k - start - 1]} ${keyOf(t[k]!, k)}`);
  return keys;
}

const foldedBySentence = new WeakMap<readonly Token[], string[]>();

/** A sentence's tokens folded as gazetteer keys, filled in as looked up: each is folded once, not at every lookup over it. */
function foldedWords(t: readonly Token[]): string[] {
  let folded = foldedBySentence.get(t);
  if (!folded) {
    folded = [];
    foldedBySentence.set(t, folded);
  }
  return folded;
}

const firstWordsByTitles = new WeakMap<Rules['titles'], Set<string>>();

/** The first words of the listed titles. */
function titleFirstWords(rules: Rules): Set<string> {
  let words = firstWordsByTitles.get(rules.titles);
  if (!words) {
    words = new Set([...rules.titles.keys()].map((key) => key.split(' ')[0]!));
    firstWordsByTitles.set(rules.titles, words);
  }
  return words;
}

export function gazetteerPerson(s: MentionScan, name: string): Actor | undefined {
  const { sentence, t, rules, registry } = s;
  const entries = rules.gazetteer.get(t.length ? foldName(name) : '');
  const tail = rules.personTails.get(foldName(name));
  const entry = entries?.find((e) => e.kind === 'actor') ?? tail;
  if (!entry || entry.kind !== 'actor') return undefined;
  const actor = registry.getOrCreate(entry.name, entry.actorKind, [], entry.state ?? null);
  if (foldName(name) !== foldName(actor.name)) registry.addAlias(actor, name);
  if (entry.state && entry.title && !actor.roles.some((r) => r.of)) {
    actor.roles.push({ title: entry.title, of: registry.state(entry.state), sentence: sentence.index });
  }
  return actor;
}

/** A misspelt well-known body ("Revoutionary Guards"): within a small edit distance of a gazetteer name. */
export function fuzzyGazetteer(s: MentionScan, name: string): Actor | undefined {
  const { rules, registry } = s;
  const folded = foldName(name);
  if (folded.length < 8) return undefined;
  for (const [key, entries] of rules.gazetteer) {
    const entry = entries.find((e) => e.kind === 'actor' && e.actorKind !== 'PERSON');
    if (!entry || entry.kind !== 'actor' || Math.abs(key.length - folded.length) > 2) continue;
    if (editDistance(key, folded, 2) <= (folded.length < 12 ? 1 : 2)) {
      const actor = registry.getOrCreate(
        entry.name,
        entry.actorKind,
        entry.aliases.filter((a) => foldName(a) === key),
      );
      registry.addAlias(actor, name);
      actor.fuzzy = true;
      return actor;
    }
  }
  return undefined;
}

/**
 * "Clinton" where Bill Clinton and Hillary Clinton are both named: the one named last before it (in this sentence, then
 * the section), as a reader takes it; undefined when the surname is not shared, is an East Asian family name, or
 * neither was named yet.
 */
function nearestNamesake(s: MentionScan, word: string): Actor | undefined {
  const { registry, env, mentions, sets } = s;
  // "Kim" after Kim Jong Un and Kim Yong Chol: a family name shared by many unrelated persons names the story's
  // protagonist (registry.firstBySurname), not the last one named
  if (!env.resolve || sets.familyNameFirst.has(foldName(word))) return undefined;
  const namesakes = registry.personsBySurname(word);
  if (namesakes.length < 2) return undefined;
  const before = [...mentions.map((m) => m.actor).reverse(), ...[...env.ctx.recent].reverse()];
  for (const a of before) {
    const actor = a && registry.resolve(a);
    if (actor && namesakes.includes(actor)) return actor;
  }
  return undefined;
}
