import type { Token } from '../tokenize.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import { foldName } from '../../text/fold.js';
import type { Rules } from '../rules.js';
import type { Sentence } from '../segment.js';
import type { Mention } from '../mentions.js';
import type { MentionScan } from './mention-scan.js';

/** The head words of a state's diplomatic missions, named with the city they sit in when the text gives it, as annotators name them. */
const MISSION_HEADS: ReadonlySet<string> = new Set(['Embassy', 'Commission', 'Section', 'Consulate']);

/** Heads that open a state organ's name before its portfolio: "Ministry of Foreign Affairs of China". */
const OPENING_HEADS: ReadonlySet<string> = new Set(['Ministry', 'Department', 'Office']);

/** Bodies named by a capitalised run with a head word ("Russian Defense Ministry"), and their organ nouns ("NATO leaders"). */

/** A body's name read off a capitalised run; `unseated` the name of a mission without its city. */
export interface OrgChunk {
  start: number;
  end: number;
  name: string;
  kind: ActorKind;
  place: boolean;
  unseated?: string;
}

/**
 * A capitalised article opening a name's run, no part of the name: "The", "A Foreign Ministry spokesman", "An
 * International Monetary Fund team" ("An" only before a vowel: "An Giang" is a province).
 */
export function openingArticle(tok: Token | undefined, next: Token | undefined): boolean {
  if (!tok || !next?.cap) return false;
  return tok.text === 'The' || tok.text === 'A' || (tok.text === 'An' && /^[AEIOU]/.test(next.text));
}

/** An organization named by a capitalized run holding a head word ("Russian Defense Ministry"). */
export function orgChunkAt(s: MentionScan, i: number): OrgChunk | undefined {
  const { t, rules, sets, textOf, capitalRun, titleAt } = s;
  let start = i;
  if (openingArticle(t[start], t[start + 1])) start += 1;
  // "But the Government", "When the Security Council", "Has the Arab League": a word before a lower-case article is
  // capitalised only because it opens the sentence; the name, if any, starts after the article (a participle opening
  // the sentence, "Briefing the Council", is read below with the name it governs)
  else if (t[start + 1]?.text === 'the' && !/\p{Ll}ing$/u.test(t[start]!.text)) return undefined;
  const end = capitalRun(start);
  // "In Moscow the Soviet Defence Ministry said", "In New York the U.N. Security Council": a fronted place runs into
  // the body's name over "the"; the body is named after the article when its head word stands there (a word right
  // before the article opens the sentence: "Briefing the Council" is read below)
  const article = t.slice(start + 1, end).findIndex((x, d) => x.text === 'the' && t[start + d]!.cap && t[start + d]!.word);
  if (article >= 1 && t.slice(start + article + 2, end).some((x) => rules.cues.orgHeads[x.text])) start += article + 2;
  if (end - start < 2) return undefined;
  let kind: ActorKind | undefined;
  let place = false;
  for (let k = start; k < end; k += 1) {
    const head = rules.cues.orgHeads[t[k]!.text];
    if (head && (k > start || (OPENING_HEADS.has(t[k]!.text) && t[k + 1]?.lower === 'of' && t[k + 2]?.cap) || namedGovernmentAt(s, k))) kind = head;
    if (sets.placeHeads.has(t[k]!.text) && k > start) place = true;
  }
  if (!kind && !place) return undefined;
  let stop = end;
  // "Foreign Ministry Spokesperson Zhao Lijian", "Commission President Ursula von der Leyen": a person's title after the
  // body's head word ends the body's name (not one the name takes with "of": "Office of the President")
  // (and not a title the head word is part of: "Presidential Press Secretary", "Armed Forces Minister Florence Parly")
  const firstHead = t.slice(start, end).findIndex((x, d) => d > 0 && rules.cues.orgHeads[x.text] !== undefined);
  if (firstHead > 0)
    for (let k = start + firstHead + 1; k < end && !sets.connectors.has(t[k]!.lower); k += 1) {
      const titled = rules.titleHeads.has(t[k]!.text) || titleAt(k);
      if (titled && !genericUnit(s, start, k) && !titleRunsOver(s, start, k)) {
        stop = k;
        break;
      }
    }
  while (stop > start && sets.connectors.has(t[stop - 1]!.lower)) stop -= 1;
  // "the Indian High Commission in Dhaka", "the U.S. Interests Section in Havana": a state's mission is named with its city
  // (and known without it: "the Botswana High Commission")
  let unseated: string | undefined;
  if (kind && MISSION_HEADS.has(t[stop - 1]!.text) && t[stop]?.lower === 'in') {
    let seat = stop + 1;
    while (t[seat]?.word && t[seat]!.cap) seat += 1;
    if (seat > stop + 1) {
      unseated = textOf(start, stop);
      stop = seat;
    }
  }
  return { start, end: stop, name: textOf(start, stop), kind: kind ?? 'ORGANIZATION', place: place && !kind, ...(unseated ? { unseated } : {}) };
}

/** A title begun in [start, k) runs on past k ("Presidential Press Secretary": the title holds the head word "Press"). */
function titleRunsOver(s: MentionScan, start: number, k: number): boolean {
  for (let j = start; j < k; j += 1) if ((s.titleAt(j)?.end ?? 0) > k) return true;
  return false;
}

/** A body named only by generic words and its head ("Marine Special Forces"). */
export function genericUnit(s: MentionScan, start: number, end: number): boolean {
  const { t, rules, sets } = s;
  let k = start;
  if (t[k]?.text === 'The') k += 1;
  const head = t[end - 1]!;
  if (rules.cues.orgHeads[head.text] !== 'ARMED_GROUP') return false;
  if (
    rules.gazetteer.has(
      t
        .slice(k, end)
        .map((x) => foldName(x.text))
        .join(' '),
    )
  )
    return false;
  for (let x = k; x < end - 1; x += 1) if (!sets.genericUnit.has(t[x]!.text)) return false;
  return end - 1 > k;
}

/**
 * "Government of National Unity", "Government of National Accord", "Government of National Salvation": a government
 * named for what it is, a body of its own (docs/annotating.md); "the Government of Sudan", "the Government of
 * Democratic Kampuchea", "the Government of President Boluarte" are the state.
 */
export function namedGovernmentAt(s: MentionScan, k: number): boolean {
  const { t } = s;
  return t[k]?.text === 'Government' && t[k + 1]?.lower === 'of' && t[k + 2]?.text === 'National' && !!t[k + 3]?.cap;
}

/** "NATO leaders", "Hamas officials": a body's organ noun after its name stays the body. */
export function withOrgan(s: MentionScan, m: Mention): Mention {
  const { t, sets, possessiveAfter } = s;
  const next = t[m.end];
  if (
    m.role === 'agent' &&
    m.actor &&
    m.actor.kind !== 'PERSON' &&
    m.actor.kind !== 'STATE' &&
    !m.possessive &&
    next &&
    !next.cap &&
    sets.organ.has(next.lower) &&
    !sets.personPronouns.has(next.lower)
  ) {
    return { ...m, end: m.end + 1, via: 'organ', possessive: possessiveAfter(m.end + 1) };
  }
  return m;
}

/**
 * The kind a sentence's wording gives an unknown body ("militants", "newspaper"), else the fallback. A name whose head
 * says what it is keeps the fallback: "the New China News Agency carried a Foreign Ministry statement" makes no outlet of
 * the ministry (`institutionHeads`).
 */
export function orgKindFromContext(sentence: Sentence, rules: Rules, fallback: ActorKind = 'ORGANIZATION', name?: string): ActorKind {
  const head = name?.split(/\s+/).at(-1)?.toLowerCase();
  if (head && rules.cues.institutionHeads.includes(head)) return fallback;
  const lower = sentence.text.toLowerCase();
  for (const [kind, cues] of Object.entries(rules.cues.kindCues)) {
    if (cues.some((c) => new RegExp(`\\b${c}\\b`).test(lower))) return kind as ActorKind;
  }
  return fallback;
}
