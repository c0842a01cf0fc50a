import type { Modality } from '../../vocabulary/modalities.js';
import { WISH_FORMS } from '../wish-verbs.js';
import { RELATION_TYPE_INFO, type RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { Mention } from '../mentions.js';
import type { Sentence } from '../segment.js';
import { round, viaPenalty } from './confidence.js';
import { inheritedDate, pickDate } from './event-date.js';
import { modeAdjunctRelations } from './mode-adjuncts.js';
import { nominalAgent } from './nominal-agent.js';
import { SentenceView } from './sentence-view.js';
import { findSpeakers } from './speakers.js';
import { findSubject } from './subjects.js';
import { findTargets, type Targets } from './targets.js';
import { matchTrigger } from './triggers.js';
import { venueVisits } from './venue-visits.js';
import { isJointAct } from './joint-acts.js';
import { eventGroups } from '../descriptions.js';
import type { DraftRelation, MentionUnit, Party, PendingRelation, RelationEnv, SentenceRelations, Unit } from './types.js';

export type { DraftRelation, PendingRelation, RelationEnv, SentenceRelations } from './types.js';

/** "is", "were" before an -ing trigger: the event is under way, so it takes no date from elsewhere. */
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/**
 * The surface relation rules over one sentence and its mentions: each trigger of relations.json (a verb or an event
 * noun) with its subject, its targets, and the modality, negation, date, speaker and confidence of its clause.
 */
export function extractRelations(sentence: Sentence, mentions: Mention[], env: RelationEnv): SentenceRelations {
  const view = new SentenceView(sentence, mentions, env);
  const relations: DraftRelation[] = [];
  const events: SentenceRelations['events'] = [];
  const pending: PendingRelation[] = [];
  const roles: SentenceRelations['roles'] = [];
  const consumed = new Set<number>();
  const { sentenceSpeaker, quoteSpeaker, accordingTo } = findSpeakers(view);
  const { units, tokens, sets, rules, inQuote, dateTokens, dates, clauses, groups } = view;
  clauses.sort((a, b) => a.at - b.at);
  view.quoteVoice = units.some((x, i) => inQuote[i] && x.kind === 't' && sets.firstPerson.has(x.tok.lower))
    ? (quoteSpeaker ?? sentenceSpeaker?.actor ?? null)
    : null;
  const lowerTokens = tokens.map((t) => t.lower);
  const sentenceLower = ` ${lowerTokens.join(' ')} `;
  // "in May 2021", "on May 3": a date's words are no modal cue ("may")
  const cueTokens = lowerTokens.map((w, i) => (dateTokens.has(i) ? '' : w));
  const hasPhrase = (list: string[], from: number, to: number) => {
    const window = ` ${cueTokens.slice(Math.max(0, from), Math.max(0, to)).join(' ')} `;
    return list.some((p) => window.includes(` ${p.toLowerCase()} `));
  };
  const reportedInSentence = rules.cues.reported.some((p) => sentenceLower.includes(` ${p.toLowerCase()} `));
  const durativeInSentence = rules.cues.durative.some((p) => sentenceLower.includes(` ${p.toLowerCase()} `));

  for (let k = 0; k < units.length; k += 1) {
    if (consumed.has(k)) continue;
    const u = units[k]!;
    if (u.kind !== 't' || !u.tok.word) continue;

    // role verbs: "who now heads a group called X"
    const roleTitle = rules.cues.roleVerbs[u.tok.lower];
    if (roleTitle) {
      const subject = findSubject(view, k);
      if (subject?.actors.length === 1 && subject.actors[0]!.kind === 'PERSON') {
        for (let j = k + 1; j < Math.min(units.length, k + 8); j += 1) {
          const v = units[j]!;
          if (view.isAgent(v) && v.m.actor!.kind !== 'PERSON' && v.m.actor!.kind !== 'STATE') {
            roles.push({ actor: subject.actors[0]!, title: roleTitle, of: v.m.actor! });
            break;
          }
          if (v.kind === 't' && (v.tok.lower === '.' || v.tok.lower === ';')) break;
        }
      }
      continue;
    }

    const match = matchTrigger(view, k);
    if (!match) continue;
    const { rules: candidates, end: triggerEnd, nominal } = match;
    const rule = candidates[0]!;
    const tokenIndex = u.start;
    // "denied meeting X": the denial is carried by the inner relation (negated, DENIED)
    if (rule.type === 'DENIED' && !nominal && matchTrigger(view, triggerEnd)) continue;

    let source: Party | null = null;
    let target: Targets = { actors: [], penalty: 1 };
    let passive = false;
    let type: RelationType = rule.type;
    // "Abe said he wanted to meet Chinese and South Korean leaders": a meeting wished or offered is an offer to meet
    if (type === 'MET' && prevWordOf(view, k) === 'to' && WISH_FORMS.has(view.word(view.units[k - 2]))) type = 'AGREED_TO_MEET';

    if (!nominal) {
      const beforeVerb = (() => {
        let j = k - 1;
        while (j >= 0 && sets.adverbs.has(view.word(units[j]))) j -= 1;
        return view.word(units[j]);
      })();
      passive = sets.be.has(beforeVerb) && rule.participles.has(u.tok.lower);
      if (passive) {
        const by = view.word(units[triggerEnd]) === 'by' ? units[triggerEnd + 1] : undefined;
        if (!view.isAgent(by)) continue;
        const agents = [by.m.actor!];
        for (let q = triggerEnd + 1; (view.word(units[q + 1]) === 'and' || view.word(units[q + 1]) === ',') && view.isAgent(units[q + 2]); q += 2)
          agents.push((units[q + 2] as MentionUnit).m.actor!);
        source = { actors: agents, penalty: viaPenalty(by.m), end: by.end };
        const patient = findSubject(view, k);
        // "a pact was signed by A and B": no actor undergoes it, the agents are its parties
        if (!patient && !isJointAct(rule.type, agents.length, rule)) continue;
        if (patient) target = { actors: patient.actors, penalty: patient.penalty };
      } else {
        source = findSubject(view, k);
        // "agreed to share …", "agreed to meet X"
        if ((rule.type === 'AGREED_WITH' || rule.infinitive) && view.word(units[triggerEnd]) === 'to') {
          // "agreed to share …", "threatened to impose sanctions on X": the trigger, or the noun after a light verb
          const lightNext = sets.light.has(view.word(units[triggerEnd + 1]));
          const inner =
            matchTrigger(view, triggerEnd + 1) ?? (lightNext ? (matchTrigger(view, triggerEnd + 2) ?? matchTrigger(view, triggerEnd + 3)) : undefined);
          if (inner) {
            consumed.add(triggerEnd + 1);
            if (inner.rules[0]!.type === 'MET' && rule.type === 'AGREED_WITH') type = 'AGREED_TO_MEET';
            target = findTargets(view, inner.end, inner.rules[0]!);
          }
        }
        if (!target.actors.length && !target.pair) target = findTargets(view, triggerEnd, rule);
        // "was in Beirut" (not "was in contact with Tonga", "is expected in both capitals"): the place right after the phrase
        if (rule.placeNext && !placeAt(view, triggerEnd, target)) continue;
        // "summoned the Japanese ambassador", "summoned Russia's envoy": the state whose object it is
        if (!target.actors.length && !target.pair && rule.objects) {
          for (let q = k + 1; q < triggerEnd; q += 1) {
            const v = units[q]!;
            if (v.kind === 'm' && v.m.actor && (v.m.role === 'demonym' || (v.m.role === 'agent' && (v.m.possessive || v.m.via === 'organ')))) {
              target = { actors: [v.m.actor], penalty: 0.85 };
              break;
            }
          }
        }
        // "…, a charge Islamabad rejected": the event noun before the subject names the target by its agent
        if (!target.actors.length && !target.pair && source?.actors.length) {
          const at = units.findIndex((v) => v.kind === 'm' && v.end === source!.end);
          const noun = view.word(units[at - 1]);
          const types = rules.cues.eventAnaphors[noun];
          if (at > 0 && types && at < k) {
            const hit = [...events].reverse().find((e) => types.some((t) => t === '*' || t === e.type));
            if (hit) target = { actors: [hit.agent], penalty: 0.8 };
          }
        }
        if (!target.actors.length && !target.pair && rule.complement && view.word(units[triggerEnd]) === 'that') {
          const isModal = (word: string) => rules.cues.planned.includes(word) || rules.cues.hypothetical.includes(word);
          // "The Kremlin warned that Moscow would …": the state an organ serves is its own side, not its target
          const own = new Set([
            ...(source?.actors ?? []),
            ...(source?.actors ?? []).flatMap((a) => a.roles.flatMap((r) => (r.of && a.kind !== 'PERSON' ? [r.of] : []))),
          ]);
          for (let q = triggerEnd + 1; q < units.length; q += 1) {
            const v = units[q]!;
            if (v.kind === 't' && (v.tok.lower === '.' || v.tok.lower === ';' || sets.speech.has(v.tok.lower))) break;
            // "warned that it would respond if …", "warned that Moscow would retaliate": whoever would act in a threat's
            // clause is the threatener's side, not the threatened
            if (view.isAgent(v) && type === 'THREATENED' && isModal(view.word(units[q + 1]))) continue;
            if (view.isAgent(v) && !own.has(v.m.actor!)) {
              target = { actors: [v.m.actor!], penalty: 0.8 };
              break;
            }
          }
        }
      }
    } else {
      source = nominalAgent(view, k);
      const after = view.word(units[triggerEnd]);
      const after2 = view.word(units[triggerEnd + 1]);
      if (rule.preps.includes(after) || rule.preps.includes(after2)) {
        target = findTargets(view, triggerEnd, rule);
      }
      // "criticism of X by Y"
      for (let j = triggerEnd; j < Math.min(units.length, triggerEnd + 8); j += 1) {
        if (view.word(units[j]) === 'by') {
          const by: Unit | undefined = units[j + 1];
          if (by && by.kind === 'm' && by.m.role === 'agent' && by.m.actor) source = { actors: [by.m.actor], penalty: viaPenalty(by.m), end: by.end };
          else if (by && by.kind === 'm' && by.m.role === 'indef') source = { actors: [], penalty: 0.75, indef: by.m, end: by.end };
          break;
        }
        if (view.word(units[j]) === '.' || view.word(units[j]) === ';') break;
      }
    }

    if (source?.actors.length && !nominal) clauses.push({ at: k, party: source, form: view.formOf(u.tok.lower) });
    clauses.sort((a, b) => a.at - b.at);
    const symmetric = RELATION_TYPE_INFO[type].symmetric;
    let pairs: [Actor, Actor][] = [];
    const sources = source?.actors ?? [];
    if (target.pair) pairs.push(target.pair);
    else if (target.actors.length) for (const s of sources) for (const t of target.actors) pairs.push([s, t]);
    // "X and Y agreed", "the three leaders agreed": every two of the subjects
    else if (isJointAct(type, sources.length, rule) && !withPhraseAfter(view, triggerEnd))
      for (let a = 0; a < sources.length; a += 1) for (let b = a + 1; b < sources.length; b += 1) pairs.push([sources[a]!, sources[b]!]);
    pairs = pairs.filter(([a, b]) => a !== b);
    groups.push(...eventGroups([sources, target.actors, target.pair ?? []]));
    if (symmetric && pairs[0] && !view.localPair) view.localPair = pairs[0];

    // modality, negation, date
    const leftFrom = source && source.end <= tokenIndex ? source.end : Math.max(0, tokenIndex - 4);
    const negated =
      hasPhrase(rules.cues.negations, leftFrom, tokenIndex) ||
      hasPhrase(rules.cues.negatingVerbs, leftFrom, tokenIndex) ||
      hasPhrase(rules.cues.denyVerbs, leftFrom, tokenIndex);
    const denied = hasPhrase(rules.cues.denyVerbs, leftFrom, tokenIndex);
    const plannedCue =
      hasPhrase(rules.cues.planned, leftFrom, tokenIndex) ||
      (!nominal && !!rule.plannedAfter?.some((phrase) => phrase.every((w, i) => view.word(units[k + 1 + i]) === w))) ||
      (nominal && hasPhrase(['upcoming', 'planned', 'scheduled', 'forthcoming'], tokenIndex - 2, tokenIndex));
    const own = pickDate(dates, tokenIndex, units[triggerEnd - 1]!.end, tokens, rules);
    const date = own && own.kind !== 'vague' && own.kind !== 'month' ? (plannedCue && own.forward ? own.forward : own.date) : null;
    const planned = plannedCue || (date !== null && date > env.publishedAt);
    const hypothetical = hasPhrase(rules.cues.hypothetical, leftFrom, tokenIndex);
    const quoted = inQuote[k] ?? false;
    const speaker = accordingTo ?? (quoted ? quoteSpeaker : sentenceSpeaker && sentenceSpeaker.at < k ? sentenceSpeaker.actor : null);
    const progressive = u.tok.lower.endsWith('ing')
      ? PROGRESSIVE_AUX.has(prevWordOf(view, k))
      : nominal && /ing$/.test(view.word(units[k - 2])) && PROGRESSIVE_AUX.has(view.word(units[k - 3]));
    const progressiveNominal =
      nominal &&
      (() => {
        for (let j = k - 1; j >= Math.max(0, k - 4); j -= 1) if (/ing$/.test(view.word(units[j])) && PROGRESSIVE_AUX.has(view.word(units[j - 1]))) return true;
        return false;
      })();
    const modality = (denied ? 'DENIED' : hypothetical && !planned ? 'HYPOTHETICAL' : planned ? 'PLANNED' : 'ASSERTED') as Modality;
    // "announced that the attack was the work of …": a definite event noun points back to an event, it tells no new one
    // whose maker a later "condemned the attack" could take; nor does an attack told with no one attacked (cues'
    // makerNeedsTarget: "condemned the attack" then names no one)
    const anaphoric = nominal && prevWordOf(view, k) === 'the' && rules.cues.eventAnaphors[u.tok.lower] !== undefined;
    const targetless = target.actors.length === 0 && !target.pair;
    if (!negated && modality !== 'HYPOTHETICAL' && !anaphoric && !(targetless && rules.cues.makerNeedsTarget.includes(type)))
      for (const agent of sources)
        events.push({ type, agent, trigger: u.tok.lower, plural: nominal && /s$/.test(tokens[units[triggerEnd - 1]!.end - 1]!.lower) });
    let relationDate = date;
    if (own === null && modality === 'ASSERTED' && !durativeInSentence && !progressive && !progressiveNominal && !RELATION_TYPE_INFO[type].durative) {
      relationDate = inheritedDate(dates, tokenIndex, tokens, rules, env);
    }

    const base = rule.confidence * (source?.penalty ?? 1) * target.penalty * (nominal ? 0.9 : 1) * (passive ? 0.95 : 1);

    if (source?.indef && target.actors.length) {
      for (const t of target.actors) {
        pending.push({
          relation: {
            target: t,
            type,
            date: relationDate,
            modality: modality === 'ASSERTED' && reportedInSentence ? 'REPORTED' : modality,
            negated,
            confidence: round(base),
            sentence,
            speaker,
            trigger: u.tok.start,
          },
          title: source.indef.indef?.title ?? 'person',
          state: source.indef.indef?.state ?? null,
          asTarget: false,
        });
      }
      continue;
    }

    // an assertion someone other than its parties makes, or a sentence's report, is told as reported
    const toldBy = (...parties: Actor[]): Modality =>
      modality === 'ASSERTED' && (reportedInSentence || (speaker && !parties.includes(speaker))) ? 'REPORTED' : modality;
    for (const [a, b] of pairs) {
      if (rule.persons && (a.kind !== 'PERSON' || b.kind !== 'PERSON')) continue;
      const finalType = a.kind === 'PERSON' && b.kind === 'PERSON' && rule.personType ? rule.personType : type;
      const m = toldBy(a, b);
      const fuzzy = a.fuzzy || b.fuzzy ? 0.9 : 1;
      relations.push({
        source: a,
        target: b,
        type: finalType,
        date: relationDate,
        modality: m,
        negated,
        confidence: round(base * fuzzy),
        sentence,
        speaker,
        trigger: u.tok.start,
      });
    }
    if (type === 'MET' || type === 'NEGOTIATED_WITH' || type === 'HOSTED')
      for (const { visitor, place } of venueVisits(view, triggerEnd, pairs)) {
        relations.push({
          source: visitor,
          target: place,
          type: 'VISITED',
          date: relationDate,
          modality: toldBy(visitor),
          negated,
          confidence: round(base * 0.9),
          sentence,
          speaker,
          trigger: u.tok.start,
        });
      }
  }

  relations.push(...modeAdjunctRelations(view, reportedInSentence));
  return { relations, pending, roles, openQuoteSpeaker: sentence.openQuoteAtEnd ? quoteSpeaker : null, events, groups };
}

/** A place named right at unit `at` (past an article: "in Beirut", "in the Chinese capital") that the targets hold. */
function placeAt(view: SentenceView, at: number, target: Targets): boolean {
  const k = view.word(view.units[at]) === 'the' ? at + 1 : at;
  const next = view.units[k];
  if (next?.kind !== 'm' || !next.m.actor || !target.actors.includes(next.m.actor)) return false;
  return next.m.role === 'place' || (next.m.role === 'demonym' && view.word(view.units[k + 1]) === 'capital');
}

/** The word before unit k, past adverbs ("is now meeting"). */
function prevWordOf(view: SentenceView, k: number): string {
  let j = k - 1;
  while (j >= 0 && view.sets.adverbs.has(view.word(view.units[j]))) j -= 1;
  return view.word(view.units[j]);
}

/** Possessives of the parties' own company ("met in Sochi with their advisers"), no other party. */
const OWN_COMPANY: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its', 'our', 'each']);
/** How far after a trigger a "with" still names its other party ("signed preliminary agreements with the … Board"). */
const WITH_REACH = 5;

/** A "with" phrase right after the trigger: the clause names its other party, so its subjects are not each other's. */
function withPhraseAfter(view: SentenceView, from: number): boolean {
  for (let j = from; j < Math.min(view.units.length, from + WITH_REACH); j += 1) {
    const w = view.word(view.units[j]);
    // ("met in Sochi with their advisers": the parties' own company is no other party)
    if (w === 'with') return !OWN_COMPANY.has(view.word(view.units[j + 1]));
    if (w === ',' || w === '.' || w === ';' || w === 'and') return false;
  }
  return false;
}
