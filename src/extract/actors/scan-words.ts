import { isMonthWord, isWeekdayWord } from '../dates.js';
import { addressEnd, isAddressWord } from './forms-of-address.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../mentions.js';
import type { MentionScan } from './mention-scan.js';

/** Token-level helpers of the mention scan: name words, capitalised runs, the word before, possessives, and recording a mention. */

/** The possessive clitic as the tokenizer splits it off ("Russia's" → "Russia", "'s"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(['’s', "'s", '’']);

export function lowerAt(s: MentionScan, i: number): string {
  const { t } = s;
  return t[i]?.lower ?? '';
}

/** "al-Assaf", "el-Sisi", "al-Shabaab": a name particle joined to a capitalized name. */
export function particleName(s: MentionScan, tok: Token | undefined): boolean {
  const { sets } = s;
  // most words have no hyphen: spare them the pattern, which this runs at every token for several rules
  const m = tok && tok.text.includes('-') && /^(\p{Ll}+)-\p{Lu}/u.exec(tok.text);
  return !!m && sets.particles.has(m[1]!);
}

export function isNameWord(s: MentionScan, tok: Token | undefined, first: boolean): boolean {
  const { sets, particleName } = s;
  if (!tok || !tok.word) return false;
  if (particleName(tok)) return true;
  if (isWeekdayWord(tok.lower) || isMonthWord(tok.lower)) return false;
  // "His Royal Highness", "Her Excellency", "His Majesty": a form of address before a name or a title, never part of it
  if (isAddressWord(tok.lower)) return false;
  if (!first && sets.particles.has(tok.lower) && !tok.cap) return true;
  return tok.cap && !/^\d/.test(tok.text);
}

export function textOf(s: MentionScan, start: number, end: number): string {
  const { sentence, t } = s;
  return sentence.text.slice(t[start]!.start - sentence.start, t[end - 1]!.end - sentence.start);
}

/** Connectors a body's name runs on over when "the" follows them. */
const THE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);

/** A body's head word ("Council", "Office") after the first word of the run [i, end). */
function headBefore(s: MentionScan, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k += 1) if (s.rules.cues.orgHeads[s.t[k]!.text]) return true;
  return false;
}

/** A listed state's name opens at token k ("of the Islamic Republic of Iran" names the body's state, not the body). */
function stateAt(s: MentionScan, k: number): boolean {
  return !!s.gazetteerAt(k)?.entries.some((e) => e.kind === 'state' || e.kind === 'demonym');
}

/** Capitalized run from i: name words, with connectors ("for", "of", "and", "the") inside. */
export function capitalRun(s: MentionScan, i: number, allowCaps = true, connectors = allowCaps): number {
  const { t, sets, isNameWord } = s;
  let end = i;
  while (end < t.length) {
    const tok = t[end]!;
    if (isNameWord(tok, end === i) && (allowCaps || !tok.allCaps || tok.text.length > 4)) {
      end += 1;
      continue;
    }
    // "a meeting of the Security Council on Myanmar": what a body meets on is no part of its name when it is a state
    if (tok.lower === 'on' && stateAt(s, end + 1)) break;
    if (connectors && end > i && sets.connectors.has(tok.lower) && !tok.cap && isNameWord(t[end + 1], false) && t[end + 1]!.cap) {
      end += 1;
      continue;
    }
    // "the National Council for the Safeguard of the Homeland": a body's name goes on over "of the", "for the" (not
    // a title's or a person's: "Ambassador of the Russian Federation", "Vitaly Churkin of the Russian Federation")
    if (
      connectors &&
      THE_CONNECTORS.has(tok.lower) &&
      t[end + 1]?.text === 'the' &&
      isNameWord(t[end + 2], false) &&
      t[end + 2]!.cap &&
      headBefore(s, i, end) &&
      !stateAt(s, end + 2)
    ) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

export function prevWord(s: MentionScan, i: number): string {
  const { t } = s;
  let k = i - 1;
  while (k >= 0 && (t[k]!.text === 'the' || t[k]!.text === 'The')) k -= 1;
  return k >= 0 ? t[k]!.lower : '';
}

export function possessiveAfter(s: MentionScan, end: number): boolean {
  const { t } = s;
  return POSSESSIVE.has(t[end]?.text ?? '');
}

export function push(s: MentionScan, m: Mention): void {
  const { env, registry, mentions } = s;
  // "His Highness the Amir Sheikh Tamim bin Hamad Al Thani received …": the form of address (and the office after it)
  // is part of the named person's mention, so that a parse whose subject is "Highness" finds him
  if (m.actor?.kind === 'PERSON' && m.via === 'name') m.start = addressStart(s, m.start);
  if (m.actor) {
    const actor = registry.resolve(m.actor);
    m.actor = actor;
    m.introduces = !env.seen.has(actor);
    env.seen.add(actor);
  }
  mentions.push(m);
}

/** Where a form of address before a person's name starts ("His Royal Highness Prince …", "His Highness the Amir Sheikh …"), or the name's own start. */
function addressStart(s: MentionScan, start: number): number {
  const { t } = s;
  let k = start;
  // "the Amir", "the Crown Prince" between the form and the name
  let office = k;
  while (office > 0 && t[office - 1]!.cap && !isAddressWord(t[office - 1]!.lower) && start - office < 2) office -= 1;
  if (office < start && t[office - 1]?.lower === 'the') k = office - 1;
  // "His Highness" (two words) or "His Royal Highness" (three) ending where the office or the name begins
  for (const opening of [k - 2, k - 3]) if (addressEnd(t, opening) === k) return opening;
  return start;
}
