import type { TriggerRule } from '../rules.js';
import { QUOTE_CLOSE } from './quotes.js';
import type { SentenceView } from './sentence-view.js';
import type { Unit } from './types.js';

const POSSESSIVE_TOKENS = new Set(['’s', "'s", '’']);

/** A trigger at a unit: the rules it may fire (most constrained first), the unit after it, and whether it is read as a noun. */
export interface TriggerMatch {
  rules: TriggerRule[];
  end: number;
  nominal: boolean;
}

/** The longest verb or noun trigger of relations.json starting at unit k, with the reading (verb or noun) its context asks for. */
export function matchTrigger(view: SentenceView, k: number): TriggerMatch | undefined {
  const { units, sets, rules } = view;
  const u = units[k];
  if (!u || u.kind !== 't' || !u.tok.word) return undefined;
  // only runs of tokens are looked up (no mention inside); their keys are built once, each from the one before,
  // as this runs at nearly every token
  const keys: string[] = [];
  for (let e = k; e < units.length && keys.length < rules.triggerMaxTokens; e += 1) {
    const x = units[e]!;
    if (x.kind !== 't') break;
    keys.push(keys.length ? `${keys[keys.length - 1]} ${x.tok.lower}` : x.tok.lower);
  }
  for (let len = keys.length; len >= 1; len -= 1) {
    const key = keys[len - 1]!;
    const verbs = rules.verbTriggers.get(key);
    const nouns = rules.nounTriggers.get(key);
    if (!verbs && !nouns) continue;
    const prev = view.word(units[k - 1]);
    const prevUnit = units[k - 1];
    // "pledged military support to": an adjective after a light verb or determiner keeps the noun reading
    const prev2 = view.word(units[k - 2]);
    const nounContext =
      sets.determiners.has(prev) ||
      (prevUnit?.kind === 'm' && prevUnit.m.possessive) ||
      POSSESSIVE_TOKENS.has(prev) ||
      /^\d/.test(prev) ||
      (sets.light.has(prev) && !sets.aux.has(prev)) ||
      (!!nouns && plainModifier(view, prevUnit) && (sets.articles.has(prev2) || (sets.light.has(prev2) && !sets.aux.has(prev2))));
    let useNoun = !!nouns && (!verbs || nounContext);
    if (verbs && nouns && !nounContext) useNoun = false;
    // 'after' and 'objects' condition the entry's verbs, not its nouns ("a phone conversation with")
    const fits = (r: TriggerRule) =>
      useNoun ||
      ((!r.after || r.after.some((phrase) => phrase.every((w, i) => view.word(units[k + len + i]) === w))) &&
        (!r.objects || objectEnd(view, r, k + len) > 0) &&
        (!r.objectThen || objectThenFits(view, r, k + len)) &&
        (!r.objectKind || (r.objectKind === 'state' ? stateObject(view, k + len) : (r.objectKind === 'guest') === guestObject(view, k + len))));
    // a rule whose condition holds ("struck a deal") before one without ("struck")
    const constrained = (r: TriggerRule) => (r.after || r.objects || r.objectThen || r.objectKind ? 1 : 0);
    let ok = (useNoun ? nouns! : verbs!).filter(fits).sort((a, b) => constrained(b) - constrained(a));
    if (!ok.length && !useNoun && nouns) {
      useNoun = true;
      ok = nouns.filter(fits);
    }
    if (!ok.length) continue;
    const afterLen = ok[0]!.after?.find((phrase) => phrase.every((w, i) => view.word(units[k + len + i]) === w))?.length ?? 0;
    if (!useNoun && ok[0]!.objects) return { rules: ok, end: objectEnd(view, ok[0]!, k + len), nominal: false };
    return { rules: ok, end: k + len + (ok[0]!.after && !useNoun ? afterLen : 0), nominal: useNoun };
  }
  return undefined;
}

/** "foreign" in "Saudi foreign ministry": a lower-case word that is no function word, verb or trigger. */
export function plainModifier(view: SentenceView, u: Unit | undefined): boolean {
  const { units, sets } = view;
  if (!u || u.kind !== 't' || !u.tok.word || u.tok.cap) return false;
  const w = u.tok.lower;
  if (sets.preps.has(w) || sets.aux.has(w) || sets.coordinators.has(w) || sets.speech.has(w) || sets.determiners.has(w) || sets.boundaries.has(w)) return false;
  return !matchTrigger(view, units.indexOf(u));
}

/** "Khartoum warned": the unit at q begins a new clause (a verb of its own follows the name). */
export function opensClause(view: SentenceView, q: number): boolean {
  const { units, sets } = view;
  const w = view.word(units[q]);
  if (!w) return false;
  if (sets.speech.has(w) || (sets.aux.has(w) && w !== 'to')) return true;
  const m = matchTrigger(view, q);
  return !!m && !m.nominal;
}

/** "on two Qatari banks", "against Syrian positions": a demonym led by one of the rule's prepositions, past determiners and quantifiers. */
export function demonymAfterPrep(view: SentenceView, j: number, rule: TriggerRule): boolean {
  const { units, sets } = view;
  let p = j - 1;
  while (p >= 0 && (sets.determiners.has(view.word(units[p])) || sets.quantifiers.has(view.word(units[p])) || /^\d/.test(view.word(units[p])))) p -= 1;
  return rule.preps.includes(view.word(units[p]));
}

/** "welcomed Sheikh Hasina to New Delhi": an actor object, then one of the rule's prepositions and a place or state. */
function objectThenFits(view: SentenceView, rule: TriggerRule, from: number): boolean {
  const { units, sets } = view;
  let j = from;
  while (sets.articles.has(view.word(units[j]))) j += 1;
  if (!view.isAgent(units[j]) || !rule.objectThen!.has(view.word(units[j + 1]))) return false;
  const place = sets.articles.has(view.word(units[j + 2])) ? units[j + 3] : units[j + 2];
  return !!place && place.kind === 'm' && (place.m.role === 'place' || place.m.actor?.kind === 'STATE');
}

/**
 * "welcomed Clinton in a ceremony", "received the visiting Kim", "received him": the object is an actor itself, a guest;
 * not a thing ("received a change in Bratislava's position", "received it"), an owner ("welcomed Kuwait's efforts") nor
 * a name modifying a noun ("welcomed the U.S. decision").
 */
export function guestObject(view: SentenceView, from: number): boolean {
  const { units, tokens, sets } = view;
  let j = from;
  while (sets.articles.has(view.word(units[j])) || sets.nameModifiers.has(view.word(units[j]))) j += 1;
  const u = units[j];
  // ("welcomed the agreement": an event noun standing for its makers is a thing, no guest)
  if (!view.isAgent(u) || u.m.possessive || u.m.via === 'event' || tokens[u.end - 1]!.lower === 'it') return false;
  return !plainModifier(view, units[j + 1]);
}

/** "suspended Gabon", "suspended the Central African Republic": the object is a state named as an actor. */
function stateObject(view: SentenceView, from: number): boolean {
  const { units, sets } = view;
  let j = from;
  while (sets.articles.has(view.word(units[j]))) j += 1;
  const u = units[j];
  return view.isAgent(u) && !u.m.possessive && u.m.actor!.kind === 'STATE' && !plainModifier(view, units[j + 1]);
}

/** The unit after the object noun a rule asks for, within the next few words of the clause; -1 when absent. */
function objectEnd(view: SentenceView, rule: TriggerRule, from: number): number {
  const { units, tokens, sets } = view;
  for (let j = from; j < Math.min(units.length, from + 7); j += 1) {
    const v = units[j]!;
    if (v.kind === 'm' && rule.objects!.has(tokens[v.end - 1]!.lower)) return j + 1;
    if (v.kind === 'm' && !v.m.possessive && v.m.role !== 'demonym') return -1;
    const w = view.word(v);
    if (rule.objects!.has(w)) return QUOTE_CLOSE.has(view.word(units[j + 1])) ? j + 2 : j + 1;
    // "$500 million in aid", "a pact of mutual defence": 'of' and 'in' may stand inside the object
    if (w === '.' || w === ',' || w === ';' || w === ':' || sets.boundaries.has(w) || (sets.preps.has(w) && w !== 'of' && w !== 'in')) return -1;
  }
  return -1;
}
