import { RELATION_TYPE_INFO } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { Token } from '../tokenize.js';
import type { MentionScan } from './mention-scan.js';
import { POSSESSIVE } from './scan-words.js';

/** A lone capitalised word no list knows, read as a person by its place in the clause ("Tshisekedi accused Rwanda", "praised Lula"). */

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['you', 'she', 'they', 'we', 'he', 'it', 'his', 'her', 'our', 'their', 'your', 'its']);

/** The word before is a count ("two", "both", "three"; groupPhrases.numbers starts at three, "two" being a pair). */
function countedTitle(s: MentionScan, k: number): boolean {
  const before = s.t[k - 1]?.lower ?? '';
  return before === 'both' || before === 'two' || s.rules.cues.groupPhrases.numbers[before] !== undefined;
}

/** A capitalised word ("Tshisekedi", "Al-Burhan") that no gazetteer, title, head word or earlier actor knows. */
function unknownNameWord(s: MentionScan, k: number): boolean {
  const { t, rules, registry, sets, gazetteerAt, titleAt } = s;
  const w = t[k]!;
  if (w.allCaps || w.text.length < 3 || !/^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)?$/u.test(w.text)) return false;
  // "Reporter: You summoned the Russian Ambassador": a pronoun capitalised after a label is no name
  if (PERSONAL_PRONOUNS.has(w.lower)) return false;
  return !(
    gazetteerAt(k) ||
    registry.find(w.text) ||
    (registry.firstBySurname(w.text) && !sets.familyNameFirst.has(w.lower)) ||
    rules.titleHeads.has(w.text) ||
    // "The two Presidents jointly opened", "both Ministers": a title's plural after a number is no name
    (countedTitle(s, k) && rules.titleHeads.has(w.text.replace(/s$/, ''))) ||
    titleAt(k) ||
    rules.cues.orgHeads[w.text]
  );
}

/** A lone capitalised word, unknown to every list, directly before a past-tense speech or trigger verb (one adverb may come between). */
export function loneSubjectName(s: MentionScan, k: number): boolean {
  const { t, rules, sets } = s;
  const w = t[k]!;
  if (!unknownNameWord(s, k)) return false;
  const before = t[k - 1];
  const initial = !before || /^[“"‘(]$/.test(before.text);
  // "Critics said", "Officials accused": a capitalised plural or stock opener at the start of a sentence is no name
  if (initial && (/s$/.test(w.lower) || sets.starters.has(w.lower))) return false;
  if (before && (sets.determiners.has(before.lower) || POSSESSIVE.has(before.text) || before.cap)) return false;
  let v = k + 1;
  if (t[v]?.word && sets.adverbs.has(t[v]!.lower)) v += 1;
  const verb = t[v];
  if (!verb || !verb.word || verb.cap) return false;
  const past = /ed$/.test(verb.lower) || sets.irregularPast.has(verb.lower);
  if ((sets.speech.has(verb.lower) && past) || (past && rules.verbTriggers.has(verb.lower))) return true;
  // "Kuleba held talks with": a past light verb whose object is a trigger noun
  return past && sets.light.has(verb.lower) && !!t[v + 1] && rules.nounTriggers.has(t[v + 1]!.lower);
}

/** A lone capitalised word, unknown to every list, as the object of a past-tense trigger verb ("praised Lula") or after "with" closing a trigger ("talks with Museveni"). */
export function loneObjectName(s: MentionScan, k: number): boolean {
  const { t, rules, sets } = s;
  if (!unknownNameWord(s, k)) return false;
  const next = t[k + 1];
  if (next && next.cap && next.word) return false;
  if (next && POSSESSIVE.has(next.text)) return false;
  // "accused Western countries": an adjective before its noun is no name
  if (next?.word && !sets.preps.has(next.lower) && !sets.coordinators.has(next.lower) && next.lower !== 'as') return false;
  const before = t[k - 1];
  if (!before || !before.word || before.cap) return false;
  const past = (x: Token) => /ed$/.test(x.lower) || sets.irregularPast.has(x.lower);
  // only relations whose target is typically someone, not somewhere ("visited Mariupol", "struck Kharkiv" stay places)
  if (rules.verbTriggers.has(before.lower) && past(before))
    return (rules.verbTriggers.get(before.lower) ?? []).some((r) => r.direct && !r.places && RELATION_TYPE_INFO[r.type].objectIsPerson);
  if (before.lower === 'with') {
    const trigger = t[k - 2];
    return !!trigger && (rules.nounTriggers.has(trigger.lower) || (rules.verbTriggers.has(trigger.lower) && past(trigger)));
  }
  return false;
}

/** A lone capitalised word, unknown to every list, that is the given name of one person the text named in full ("Isaias, for his part, …"). */
export function loneGivenName(s: MentionScan, k: number): Actor | undefined {
  const { t, sets, registry, env } = s;
  // CoreNLP must read the word as a person's name ("Organ" of "the SADC Organ on Politics" is none), and that person
  // must have been named in full before
  if (!env.resolve || !env.personWords?.has(t[k]!.start)) return undefined;
  const before = t[k - 1];
  if (before && (sets.determiners.has(before.lower) || POSSESSIVE.has(before.text))) return undefined;
  if (!unknownNameWord(s, k)) return undefined;
  const person = registry.personByGivenName(t[k]!.text);
  return person && env.seen.has(person) ? person : undefined;
}
