import { RELATION_TYPE_INFO, type RelationType } from '../graph/vocabulary/relation-types.js';
import type { Modality } from '../graph/vocabulary/modalities.js';
import type { Actor } from './actors.js';
import { asStates } from './descriptions.js';
import { findDates, type DateMention } from './dates.js';
import type { Mention } from './mentions.js';
import type { Rules, TriggerRule } from './rules.js';
import type { Sentence } from './segment.js';
import type { Token } from './tokenize.js';

export interface DraftRelation {
  source: Actor;
  target: Actor;
  type: RelationType;
  date: string | null;
  modality: Modality;
  negated: boolean;
  confidence: number;
  sentence: Sentence;
  speaker: Actor | null;
}

/** A relation whose agent is "a Syrian politician": bound to the next person the text introduces. */
export interface PendingRelation {
  relation: Omit<DraftRelation, 'source'>;
  title: string;
  state: Actor | null;
  /** The indefinite is the target, not the source. */
  asTarget: boolean;
}

type Unit = { kind: 'm'; m: Mention; start: number; end: number } | { kind: 't'; tok: Token; start: number; end: number };

interface Party {
  actors: Actor[];
  penalty: number;
  indef?: Mention;
  /** Token index where the subject ends (for the modality window). */
  end: number;
}

export interface RelationEnv {
  rules: Rules;
  publishedAt: string;
  sectionDay: string | null;
  /** A digest of several news items (the day of each item's news may date its undated events); else one story. */
  digest: boolean;
  /** The last day named earlier in the sentence's paragraph (null after a vague time such as "last month"). */
  paragraphDate: string | null;
  /** The story's own date, from its dateline. */
  dateline: string | null;
  /** Speaker of a quotation left open by the previous sentence. */
  quoteSpeaker: Actor | null;
}

export interface SentenceRelations {
  relations: DraftRelation[];
  pending: PendingRelation[];
  roles: { actor: Actor; title: string; of: Actor }[];
  /** Speaker of a quotation still open at the end of the sentence. */
  openQuoteSpeaker: Actor | null;
  /** Events told with their agent (with or without a target), for "the move", "the accusation" later on. */
  events: { type: RelationType; agent: Actor; trigger: string; plural: boolean }[];
  /** Parties of the sentence's events with three or more of them, for "the three leaders" later on. */
  groups: Actor[][];
}

const ROLE_VERBS: Record<string, string> = {
  heads: 'head',
  headed: 'head',
  head: 'head',
  leads: 'leader',
  led: 'leader',
  lead: 'leader',
  chairs: 'chair',
  chaired: 'chair',
  commands: 'commander',
  commanded: 'commander',
  runs: 'head',
  ran: 'head',
};
const QUOTE_OPEN = new Set(['“', '"', '‘']);
const QUOTE_CLOSE = new Set(['”', '"']);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const NON_EVENT_DATE_PREPS = new Set(['since', 'from', 'until', 'till', 'through', 'by', 'before']);
const NOUN_DATE_PREPS = new Set(['of', 'for']);

export function extractRelations(sentence: Sentence, mentions: Mention[], env: RelationEnv): SentenceRelations {
  const { rules } = env;
  const sets = rules.cues.sets;
  const tokens = sentence.tokens;
  const units: Unit[] = [];
  {
    let i = 0;
    let m = 0;
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    while (i < tokens.length) {
      const mention = sorted[m];
      if (mention && mention.start === i) {
        units.push({ kind: 'm', m: mention, start: mention.start, end: mention.end });
        i = mention.end;
        m += 1;
        continue;
      }
      if (mention && mention.start < i) {
        m += 1;
        continue;
      }
      units.push({ kind: 't', tok: tokens[i]!, start: i, end: i + 1 });
      i += 1;
    }
  }
  const word = (u: Unit | undefined) => (u && u.kind === 't' ? u.tok.lower : '');
  const isAgent = (u: Unit | undefined): u is Extract<Unit, { kind: 'm' }> => !!u && u.kind === 'm' && u.m.role === 'agent' && !!u.m.actor;

  // quotation state of each unit, and the speakers
  const inQuote: boolean[] = [];
  {
    let open = sentence.openQuoteAtStart;
    for (const u of units) {
      const w = u.kind === 't' ? u.tok.text : '';
      if (QUOTE_OPEN.has(w) && !(w === '"' && open)) {
        open = true;
        inQuote.push(true);
        continue;
      }
      inQuote.push(open);
      if (QUOTE_CLOSE.has(w)) open = false;
    }
  }

  const dates = findDates(tokens, env.publishedAt, env.dateline);
  const dateTokens = new Set<number>();
  for (const d of dates) for (let i = d.start - (d.preposition === 'on' || d.preposition === 'in' ? 1 : 0); i < d.end; i += 1) dateTokens.add(i);
  const relations: DraftRelation[] = [];
  const events: SentenceRelations['events'] = [];
  const pending: PendingRelation[] = [];
  /** Verbs met so far with their subjects: a coordinated or participial verb without its own takes theirs. */
  const clauses: { at: number; party: Party; form: VerbForm }[] = [];
  /** The pair of the sentence's own symmetric event, for "both sides" later in it. */
  let localPair: [Actor, Actor] | null = null;
  let quoteVoice: Actor | null = null;
  const pairOf = (m: Mention): [Actor, Actor] | null => localPair ?? m.pair ?? null;
  /** The sentence's own groups of three or more, for "… hosted A and B, and the three leaders agreed". */
  const groups: Actor[][] = [];
  /** Who a "the two sides" or "the three leaders" phrase stands for. */
  const partyOf = (m: Mention): Actor[] | null => {
    if (!m.group) return pairOf(m);
    const { size, head } = m.group;
    if (m.group.fixed) return m.group.members;
    const local = [...groups].reverse().find((g) => (size === null ? true : g.length === size));
    if (local) return rules.cues.pairKinds[head] === 'state' ? asStates(local) : local;
    return m.group.members ?? (size === null ? pairOf(m) : null);
  };
  const isAdverb = (w: string) => sets.adverbs.has(w) || (/^\p{Ll}+ly$/u.test(w) && !sets.notAdverbs.has(w));
  const formOf = (w: string): VerbForm => (/ing$/.test(w) ? 'ing' : /ed$/.test(w) || sets.irregularPast.has(w) ? 'past' : /s$/.test(w) ? 'present' : 'base');
  const earlierClause = (k: number, form: VerbForm | null): Party | null => {
    for (let c = clauses.length - 1; c >= 0; c -= 1) {
      const entry = clauses[c]!;
      if (entry.at >= k) continue;
      if (form && entry.form !== form && (form === 'past' || form === 'present') && (entry.form === 'past' || entry.form === 'present')) continue;
      return { ...entry.party, penalty: entry.party.penalty * 0.9 };
    }
    return null;
  };
  const roles: SentenceRelations['roles'] = [];
  const consumed = new Set<number>();

  /** The subject of the verb at unit k: the actor just before it, past auxiliaries, adverbs and relative clauses. */
  const findSubject = (k: number): Party | null => {
    let j = k - 1;
    let penalty = 1;
    let commas = 0;
    while (j >= 0) {
      const u = units[j]!;
      if (u.kind === 'm') {
        if (u.m.role === 'agent' && u.m.actor && !u.m.possessive) return withCoordination(j, penalty);
        if (u.m.role === 'pair' && partyOf(u.m)) return { actors: [...partyOf(u.m)!], penalty: penalty * 0.85, end: u.end };
        if (u.m.role === 'indef') return { actors: [], penalty: penalty * 0.75, indef: u.m, end: u.end };
        return null;
      }
      const w = u.tok.lower;
      if ((sets.organ.has(w) || sets.partitive.has(w)) && isAgent(units[j - 1]) && !(units[j - 1] as Extract<Unit, { kind: 'm' }>).m.possessive) {
        j -= 1;
        continue;
      }
      // "Chinese coast guard vessels fired": a demonym heading a plain noun phrase stands for its state
      if (plainModifier(u) && j === k - 1) {
        let p = j;
        while (p > j - 3 && plainModifier(units[p - 1])) p -= 1;
        const head = units[p - 1];
        const before = word(units[p - 2]);
        if (
          head?.kind === 'm' &&
          head.m.role === 'demonym' &&
          head.m.actor &&
          !head.m.possessive &&
          (p - 2 < 0 || !units[p - 2] || sets.articles.has(before) || before === ',' || sets.subordinators.has(before) || sets.coordinators.has(before))
        ) {
          return { actors: [head.m.actor], penalty: penalty * 0.8, end: head.end };
        }
      }
      // "the Saudi foreign ministry welcomed": one plain modifier between the name and its organ noun
      if (
        (sets.organ.has(w) || sets.partitive.has(w)) &&
        isAgent(units[j - 2]) &&
        !(units[j - 2] as Extract<Unit, { kind: 'm' }>).m.possessive &&
        plainModifier(units[j - 1])
      ) {
        j -= 2;
        continue;
      }
      if (sets.firstPerson.has(w) && inQuote[j] && quoteVoice) return { actors: [quoteVoice], penalty: penalty * 0.85, end: u.end };
      if (sets.aux.has(w) || isAdverb(w) || sets.negations.has(w) || sets.control.has(w) || w === 'to' || w === 'not' || dateTokens.has(u.start)) {
        j -= 1;
        continue;
      }
      // "… said X and urged Washington", "travelled to Qatar and is expected to meet": the earlier verb's subject
      if (sets.coordinators.has(w)) {
        const direct = j === k - 1 || (j === k - 2 && word(units[k - 1]) === ',');
        const shared = earlierClause(j, direct ? formOf(word(units[k])) : null) ?? clauseSubject(j);
        // the cues of this verb (negation, modals) are those after the coordinator, not the earlier clause's
        return shared ? { ...shared, end: Math.max(shared.end, u.end) } : null;
      }
      // "announced … after hosting talks": a participle after a subordinator takes the main clause's subject
      if (sets.subordinators.has(w) && j === k - 1 && /ing$/.test(word(units[k]))) return earlierClause(j, null) ?? clauseSubject(j);
      if (w === ')') {
        while (j >= 0 && word(units[j]) !== '(') j -= 1;
        j -= 1;
        continue;
      }
      // "Zarif said, accusing Israel of": a participle after a comma takes the main clause's subject
      if (w === ',' && j === k - 1 && /ing$/.test(word(units[k]))) {
        const shared = earlierClause(j, null) ?? clauseSubject(j);
        if (shared) return shared;
      }
      // ", then travelled to": the coordinated verb takes the earlier clause's subject
      if (w === ',' && sets.coordinators.has(word(units[j + 1])) && j + 1 < k) {
        const shared = earlierClause(j, null) ?? clauseSubject(j);
        return shared ? { ...shared, end: Math.max(shared.end, units[j + 1]!.end) } : null;
      }
      if (w === ',') {
        let p = j - 1;
        while (p >= 0 && !(units[p]!.kind === 't' && word(units[p]) === ',')) p -= 1;
        if (p >= 0 && sets.relative.has(word(units[p + 1]))) {
          j = p - 1;
          penalty *= 0.9;
          continue;
        }
        // "Turkey, Qatar's main ally in the region, slammed": an apposition between the subject and its verb
        // (not when the apposition is a bare name: "Somalia's president, Hassan Sheikh Mohamud, accused" takes the name)
        if (
          p >= 1 &&
          j - p <= 12 &&
          !(p === j - 2 && isAgent(units[j - 1])) &&
          isAgent(units[p - 1]) &&
          !(units[p - 1] as Extract<Unit, { kind: 'm' }>).m.possessive &&
          !units.slice(p + 1, j).some((v, q) => v.kind === 't' && (sets.speech.has(v.tok.lower) || matchTrigger(p + 1 + q)?.nominal === false))
        ) {
          return withCoordination(p - 1, penalty * 0.9);
        }
        if (commas < 1) {
          commas += 1;
          j -= 1;
          continue;
        }
        return null;
      }
      if (sets.relative.has(w)) {
        // "Qatar and Egypt, which have mediated …": the antecedent with its coordinated names
        const at = word(units[j - 1]) === ',' ? j - 2 : j - 1;
        const before = units[at];
        if (isAgent(before) && !before.m.possessive) return withCoordination(at, penalty * 0.9);
      }
      return null;
    }
    return null;
  };

  const withCoordination = (j: number, penalty: number): Party => {
    const u = units[j] as Extract<Unit, { kind: 'm' }>;
    const actors = [u.m.actor!];
    let p = j;
    // "Iran and the European Union": an article may stand between the conjunction and the name
    while (true) {
      const skip = word(units[p - 1]) === 'the' ? 1 : 0;
      const joint = word(units[p - 1 - skip]);
      // a comma joins names only in a list closed by "and" ("A, B and C"), not after a fronted phrase ("Under the deal, Sweden")
      if (joint !== 'and' && !(joint === ',' && actors.length >= 2)) break;
      const other = units[p - 2 - skip];
      if (isAgent(other) && !other.m.possessive) {
        actors.unshift(other.m.actor!);
        p -= 2 + skip;
      } else break;
    }
    return { actors, penalty: penalty * viaPenalty(u.m), end: u.end };
  };

  /** Targets after the trigger: a direct object or the object of one of the rule's prepositions. */
  const findTargets = (from: number, rule: TriggerRule): { actors: Actor[]; penalty: number; pair?: [Actor, Actor] } => {
    for (let j = from; j < Math.min(units.length, from + 10); j += 1) {
      const u = units[j]!;
      if (u.kind === 't') {
        const w = u.tok.lower;
        if (w === '.' || w === ';' || w === ':' || w === ',' || w === '“' || w === '”' || sets.speech.has(w)) break;
        if (sets.boundaries.has(w) && w !== 'as' && w !== 'including') break;
        if (w === 'between' && (rule.preps.includes('between') || rule.direct)) {
          const both = between(j);
          if (both && rule.preps.includes('between') && !rule.mediator) return { actors: [], penalty: both.penalty, pair: both.pair };
          if (both) return { actors: [...both.pair], penalty: both.penalty };
        }
        // "accused mercenaries of the Wagner Group": the body the object belongs to
        if (sets.partitive.has(w) && word(units[j + 1]) === 'of' && (rule.direct || rule.preps.includes(word(units[j - 1])))) {
          const owner = word(units[j + 2]) === 'the' ? units[j + 3] : units[j + 2];
          if (isAgent(owner)) return { actors: [owner.m.actor!], penalty: viaPenalty(owner.m) * 0.9 };
        }
        continue;
      }
      // "with visiting President X", "on a US warship": past articles and name modifiers to the preposition
      let b = j - 1;
      while (b > from && (sets.articles.has(word(units[b])) || sets.nameModifiers.has(word(units[b])))) b -= 1;
      const prev = word(units[b]);
      const viaPrep = rule.preps.includes(prev);
      const bare = !sets.preps.has(prev);
      // "condemned what he called India's aggression": the subject of an embedded clause is no object
      if (u.m.role === 'agent' && !u.m.possessive && (sets.speech.has(word(units[j + 1])) || sets.namingVerbs.has(word(units[j + 1])))) continue;
      if (u.m.role === 'agent' && u.m.actor) {
        if ((rule.direct && bare && !rule.nominal) || viaPrep || u.m.possessive || u.m.via === 'facility') {
          const actors = [u.m.actor];
          let q = j;
          while (
            (word(units[q + 1]) === 'and' || word(units[q + 1]) === ',') &&
            isAgent(units[q + 2]) &&
            !(units[q + 2] as Extract<Unit, { kind: 'm' }>).m.possessive &&
            !opensClause(q + 3)
          ) {
            actors.push((units[q + 2] as Extract<Unit, { kind: 'm' }>).m.actor!);
            q += 2;
          }
          return { actors, penalty: viaPenalty(u.m) };
        }
        continue;
      }
      // "sanctions on two Qatari banks", "struck an Israeli base"
      if (
        u.m.role === 'demonym' &&
        u.m.actor &&
        !u.m.possessive &&
        (demonymAfterPrep(j, rule) || (rule.direct && bare && sets.facility.has(word(units[j + 1]))))
      )
        return { actors: [u.m.actor], penalty: 0.85 };
      if (u.m.role === 'place' && rule.places && u.m.actor && ((rule.direct && bare) || viaPrep)) {
        return { actors: [u.m.actor], penalty: 0.95 };
      }
      if (u.m.role === 'pair' && partyOf(u.m) && (viaPrep || (rule.direct && bare))) return { actors: [...partyOf(u.m)!], penalty: 0.85 };
    }
    return { actors: [], penalty: 1 };
  };

  /** "between A and B", "between negotiators from both countries": the two parties, within the clause. */
  const between = (j: number): { pair: [Actor, Actor]; penalty: number } | null => {
    const a = units[j + 1];
    const b = units[j + 3];
    if (isAgent(a) && word(units[j + 2]) === 'and' && isAgent(b) && !b.m.possessive) return { pair: [a.m.actor!, b.m.actor!], penalty: 1 };
    for (let q = j + 1; q < Math.min(units.length, j + 9); q += 1) {
      const v = units[q]!;
      if (v.kind === 't' && (sets.boundaries.has(v.tok.lower) || v.tok.lower === ',' || v.tok.lower === '.')) break;
      if (v.kind === 'm' && v.m.role === 'pair' && pairOf(v.m)) return { pair: pairOf(v.m)!, penalty: 0.85 };
    }
    return null;
  };

  // speakers: "X said", "…,” X asserted", "according to X"
  let sentenceSpeaker: { actor: Actor; at: number } | null = null;
  let quoteSpeaker: Actor | null = env.quoteSpeaker;
  let accordingTo: Actor | null = null;
  for (let k = 0; k < units.length; k += 1) {
    const u = units[k]!;
    if (u.kind === 't' && u.tok.lower === 'according' && word(units[k + 1]) === 'to') {
      const next = units[k + 2] ?? units[k + 3];
      if (isAgent(units[k + 2])) accordingTo = (units[k + 2] as Extract<Unit, { kind: 'm' }>).m.actor;
      else if (isAgent(next)) accordingTo = next.m.actor;
    }
    if (u.kind !== 't' || !sets.speech.has(u.tok.lower) || inQuote[k]) continue;
    let speaker: Actor | null = null;
    const subject = findSubject(k);
    if (subject && subject.actors.length === 1) speaker = subject.actors[0]!;
    else if (isAgent(units[k + 1]) && (QUOTE_CLOSE.has(word(units[k - 1])) || word(units[k - 1]) === ','))
      speaker = (units[k + 1] as Extract<Unit, { kind: 'm' }>).m.actor;
    if (!speaker) continue;
    if (subject && subject.actors.length) clauses.push({ at: k, party: subject, form: formOf(u.tok.lower) });
    if (!sentenceSpeaker) sentenceSpeaker = { actor: speaker, at: k };
    const hasQuote = units.some((x, i) => inQuote[i] && x.kind === 't' && !QUOTE_OPEN.has(x.tok.text));
    if (hasQuote || sentence.openQuoteAtStart) quoteSpeaker = speaker;
  }

  clauses.sort((a, b) => a.at - b.at);
  quoteVoice = units.some((x, i) => inQuote[i] && x.kind === 't' && sets.firstPerson.has(x.tok.lower))
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
    const roleTitle = ROLE_VERBS[u.tok.lower];
    if (roleTitle) {
      const subject = findSubject(k);
      if (subject?.actors.length === 1 && subject.actors[0]!.kind === 'PERSON') {
        for (let j = k + 1; j < Math.min(units.length, k + 8); j += 1) {
          const v = units[j]!;
          if (isAgent(v) && v.m.actor!.kind !== 'PERSON' && v.m.actor!.kind !== 'STATE') {
            roles.push({ actor: subject.actors[0]!, title: roleTitle, of: v.m.actor! });
            break;
          }
          if (v.kind === 't' && (v.tok.lower === '.' || v.tok.lower === ';')) break;
        }
      }
      continue;
    }

    const match = matchTrigger(k);
    if (!match) continue;
    const { rules: candidates, end: triggerEnd, nominal } = match;
    const rule = candidates[0]!;
    const tokenIndex = u.start;
    // "denied meeting X": the denial is carried by the inner relation (negated, DENIED)
    if (rule.type === 'DENIED' && !nominal && matchTrigger(triggerEnd)) continue;

    let source: Party | null = null;
    let target: { actors: Actor[]; penalty: number; pair?: [Actor, Actor] } = { actors: [], penalty: 1 };
    let passive = false;
    let type: RelationType = rule.type;

    if (!nominal) {
      const beforeVerb = (() => {
        let j = k - 1;
        while (j >= 0 && sets.adverbs.has(word(units[j]))) j -= 1;
        return word(units[j]);
      })();
      passive = sets.be.has(beforeVerb) && rule.participles.has(u.tok.lower);
      if (passive) {
        const by = word(units[triggerEnd]) === 'by' ? units[triggerEnd + 1] : undefined;
        if (!isAgent(by)) continue;
        const agents = [by.m.actor!];
        for (let q = triggerEnd + 1; (word(units[q + 1]) === 'and' || word(units[q + 1]) === ',') && isAgent(units[q + 2]); q += 2)
          agents.push((units[q + 2] as Extract<Unit, { kind: 'm' }>).m.actor!);
        source = { actors: agents, penalty: viaPenalty(by.m), end: by.end };
        const patient = findSubject(k);
        // "a pact was signed by A and B": no actor undergoes it, the agents are its parties
        if (!patient && !(agents.length >= 2 && (RELATION_TYPE_INFO[rule.type].symmetric || rule.type === 'SIGNED_AGREEMENT'))) continue;
        if (patient) target = { actors: patient.actors, penalty: patient.penalty };
      } else {
        source = findSubject(k);
        // "agreed to share …", "agreed to meet X"
        if ((rule.type === 'AGREED_WITH' || rule.infinitive) && word(units[triggerEnd]) === 'to') {
          // "agreed to share …", "threatened to impose sanctions on X": the trigger, or the noun after a light verb
          const lightNext = sets.light.has(word(units[triggerEnd + 1]));
          const inner = matchTrigger(triggerEnd + 1) ?? (lightNext ? (matchTrigger(triggerEnd + 2) ?? matchTrigger(triggerEnd + 3)) : undefined);
          if (inner) {
            consumed.add(triggerEnd + 1);
            if (inner.rules[0]!.type === 'MET' && rule.type === 'AGREED_WITH') type = 'AGREED_TO_MEET';
            target = findTargets(inner.end, inner.rules[0]!);
          }
        }
        if (!target.actors.length && !target.pair) target = findTargets(triggerEnd, rule);
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
          const noun = word(units[at - 1]);
          const types = rules.cues.eventAnaphors[noun];
          if (at > 0 && types && at < k) {
            const hit = [...events].reverse().find((e) => types.some((t) => t === '*' || t === e.type));
            if (hit) target = { actors: [hit.agent], penalty: 0.8 };
          }
        }
        if (!target.actors.length && !target.pair && rule.complement && word(units[triggerEnd]) === 'that') {
          // "The Kremlin warned that Moscow would …": the state an organ serves is its own side, not its target
          const own = new Set([
            ...(source?.actors ?? []),
            ...(source?.actors ?? []).flatMap((a) => a.roles.flatMap((r) => (r.of && a.kind !== 'PERSON' ? [r.of] : []))),
          ]);
          for (let q = triggerEnd + 1; q < units.length; q += 1) {
            const v = units[q]!;
            if (v.kind === 't' && (v.tok.lower === '.' || v.tok.lower === ';' || sets.speech.has(v.tok.lower))) break;
            if (isAgent(v) && !own.has(v.m.actor!)) {
              target = { actors: [v.m.actor!], penalty: 0.8 };
              break;
            }
          }
        }
      }
    } else {
      source = nominalAgent(k);
      const after = word(units[triggerEnd]);
      const after2 = word(units[triggerEnd + 1]);
      if (rule.preps.includes(after) || rule.preps.includes(after2)) {
        target = findTargets(triggerEnd, rule);
      }
      // "criticism of X by Y"
      for (let j = triggerEnd; j < Math.min(units.length, triggerEnd + 8); j += 1) {
        if (word(units[j]) === 'by') {
          const by: Unit | undefined = units[j + 1];
          if (by && by.kind === 'm' && by.m.role === 'agent' && by.m.actor) source = { actors: [by.m.actor], penalty: viaPenalty(by.m), end: by.end };
          else if (by && by.kind === 'm' && by.m.role === 'indef') source = { actors: [], penalty: 0.75, indef: by.m, end: by.end };
          break;
        }
        if (word(units[j]) === '.' || word(units[j]) === ';') break;
      }
    }

    if (source?.actors.length && !nominal) clauses.push({ at: k, party: source, form: formOf(u.tok.lower) });
    clauses.sort((a, b) => a.at - b.at);
    const symmetric = RELATION_TYPE_INFO[type].symmetric;
    let pairs: [Actor, Actor][] = [];
    const sources = source?.actors ?? [];
    if (target.pair) pairs.push(target.pair);
    else if (target.actors.length) for (const s of sources) for (const t of target.actors) pairs.push([s, t]);
    // "X and Y agreed", "the three leaders agreed": every two of the subjects
    else if (sources.length >= 2 && (symmetric || type === 'SIGNED_AGREEMENT'))
      for (let a = 0; a < sources.length; a += 1) for (let b = a + 1; b < sources.length; b += 1) pairs.push([sources[a]!, sources[b]!]);
    pairs = pairs.filter(([a, b]) => a !== b);
    {
      const parties = [...sources, ...target.actors, ...(target.pair ?? [])].filter((a, i, all) => all.indexOf(a) === i);
      if (parties.length >= 3) groups.push(parties);
    }
    if (symmetric && pairs[0] && !localPair) localPair = pairs[0];

    // modality, negation, date
    const leftFrom = source && source.end <= tokenIndex ? source.end : Math.max(0, tokenIndex - 4);
    const negated =
      hasPhrase(rules.cues.negations, leftFrom, tokenIndex) ||
      hasPhrase(rules.cues.negatingVerbs, leftFrom, tokenIndex) ||
      hasPhrase(rules.cues.denyVerbs, leftFrom, tokenIndex);
    const denied = hasPhrase(rules.cues.denyVerbs, leftFrom, tokenIndex);
    const plannedCue =
      hasPhrase(rules.cues.planned, leftFrom, tokenIndex) ||
      (nominal && hasPhrase(['upcoming', 'planned', 'scheduled', 'forthcoming'], tokenIndex - 2, tokenIndex));
    const own = pickDate(dates, tokenIndex, units[triggerEnd - 1]!.end, tokens, rules);
    const date = own && own.kind !== 'vague' && own.kind !== 'month' ? (plannedCue && own.forward ? own.forward : own.date) : null;
    const planned = plannedCue || (date !== null && date > env.publishedAt);
    const hypothetical = hasPhrase(rules.cues.hypothetical, leftFrom, tokenIndex);
    const quoted = inQuote[k] ?? false;
    const speaker = accordingTo ?? (quoted ? quoteSpeaker : sentenceSpeaker && sentenceSpeaker.at < k ? sentenceSpeaker.actor : null);
    const progressive = u.tok.lower.endsWith('ing')
      ? PROGRESSIVE_AUX.has(prevWordOf(k))
      : nominal && /ing$/.test(word(units[k - 2])) && PROGRESSIVE_AUX.has(word(units[k - 3]));
    const progressiveNominal =
      nominal &&
      (() => {
        for (let j = k - 1; j >= Math.max(0, k - 4); j -= 1) if (/ing$/.test(word(units[j])) && PROGRESSIVE_AUX.has(word(units[j - 1]))) return true;
        return false;
      })();
    const modality = (denied ? 'DENIED' : hypothetical && !planned ? 'HYPOTHETICAL' : planned ? 'PLANNED' : 'ASSERTED') as Modality;
    if (!negated && modality !== 'HYPOTHETICAL')
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
          },
          title: source.indef.indef?.title ?? 'person',
          state: source.indef.indef?.state ?? null,
          asTarget: false,
        });
      }
      continue;
    }

    for (const [a, b] of pairs) {
      const finalType = a.kind === 'PERSON' && b.kind === 'PERSON' && rule.personType ? rule.personType : type;
      let m = modality;
      if (m === 'ASSERTED' && (reportedInSentence || (speaker && speaker !== a && speaker !== b))) m = 'REPORTED';
      const fuzzy = a.fuzzy || b.fuzzy ? 0.9 : 1;
      relations.push({ source: a, target: b, type: finalType, date: relationDate, modality: m, negated, confidence: round(base * fuzzy), sentence, speaker });
    }
  }

  relations.push(...modeAdjunctRelations());
  return { relations, pending, roles, openQuoteSpeaker: sentence.openQuoteAtEnd ? quoteSpeaker : null, events, groups };

  /**
   * "X told Y in a call on Monday", "X informed Y and Z … in a phone call": the mode phrase makes the clause's
   * subject and its objects take part in the event (cues.json `modeAdjuncts`).
   */
  function modeAdjunctRelations(): DraftRelation[] {
    const out: DraftRelation[] = [];
    for (const [type, phrases] of Object.entries(rules.cues.modeAdjuncts) as [RelationType, string[]][]) {
      for (const phrase of phrases) {
        const words = phrase.split(' ');
        for (let p = 0; p < units.length; p += 1) {
          if (!words.every((w, i) => word(units[p + i]) === w)) continue;
          let start = p - 1;
          while (start >= 0 && !(units[start]!.kind === 't' && (sets.boundaries.has(word(units[start])) || word(units[start]) === ';' || inQuote[start])))
            start -= 1;
          const agents: Extract<Unit, { kind: 'm' }>[] = [];
          for (let q = start + 1; q < p; q += 1) {
            const v = units[q]!;
            // "spoke with X by phone": an object of "with" takes part too
            const prep = word(units[q - 1]) === 'the' ? word(units[q - 2]) : word(units[q - 1]);
            if (isAgent(v) && !v.m.possessive && (!sets.preps.has(prep) || prep === 'with')) agents.push(v);
          }
          const [subject, ...objects] = agents;
          if (!subject || !objects.length) continue;
          const own = pickDate(dates, p, p + words.length, tokens, rules);
          const date = own && own.kind !== 'vague' && own.kind !== 'month' ? own.date : own ? null : inheritedDate(dates, p, tokens, rules, env);
          for (const o of objects) {
            if (o.m.actor === subject.m.actor) continue;
            out.push({
              source: subject.m.actor!,
              target: o.m.actor!,
              type,
              date,
              modality: reportedInSentence ? 'REPORTED' : 'ASSERTED',
              negated: false,
              confidence: round(0.7 * viaPenalty(subject.m) * viaPenalty(o.m)),
              sentence,
              speaker: null,
            });
          }
        }
      }
    }
    return out;
  }

  function prevWordOf(k: number): string {
    let j = k - 1;
    while (j >= 0 && sets.adverbs.has(word(units[j]))) j -= 1;
    return word(units[j]);
  }

  function matchTrigger(k: number): { rules: TriggerRule[]; end: number; nominal: boolean } | undefined {
    const u = units[k];
    if (!u || u.kind !== 't' || !u.tok.word) return undefined;
    for (let len = rules.triggerMaxTokens; len >= 1; len -= 1) {
      const slice = units.slice(k, k + len);
      if (slice.length < len || slice.some((x) => x.kind !== 't')) continue;
      const key = slice.map((x) => (x as Extract<Unit, { kind: 't' }>).tok.lower).join(' ');
      const verbs = rules.verbTriggers.get(key);
      const nouns = rules.nounTriggers.get(key);
      if (!verbs && !nouns) continue;
      const prev = word(units[k - 1]);
      const prevUnit = units[k - 1];
      // "pledged military support to": an adjective after a light verb or determiner keeps the noun reading
      const prev2 = word(units[k - 2]);
      const nounContext =
        sets.determiners.has(prev) ||
        (prevUnit?.kind === 'm' && prevUnit.m.possessive) ||
        POSSESSIVE_TOKENS.has(prev) ||
        /^\d/.test(prev) ||
        (sets.light.has(prev) && !sets.aux.has(prev)) ||
        (!!nouns && plainModifier(prevUnit) && (sets.articles.has(prev2) || (sets.light.has(prev2) && !sets.aux.has(prev2))));
      let useNoun = !!nouns && (!verbs || nounContext);
      if (verbs && nouns && !nounContext) useNoun = false;
      // 'after' and 'objects' condition the entry's verbs, not its nouns ("a phone conversation with")
      const fits = (r: TriggerRule) =>
        useNoun ||
        ((!r.after || r.after.some((phrase) => phrase.every((w, i) => word(units[k + len + i]) === w))) &&
          (!r.objects || objectEnd(r, k + len) > 0) &&
          (!r.objectThen || objectThenFits(r, k + len)));
      // a rule whose condition holds ("struck a deal") before one without ("struck")
      const constrained = (r: TriggerRule) => (r.after || r.objects || r.objectThen ? 1 : 0);
      let ok = (useNoun ? nouns! : verbs!).filter(fits).sort((a, b) => constrained(b) - constrained(a));
      if (!ok.length && !useNoun && nouns) {
        useNoun = true;
        ok = nouns.filter(fits);
      }
      if (!ok.length) continue;
      const afterLen = ok[0]!.after?.find((phrase) => phrase.every((w, i) => word(units[k + len + i]) === w))?.length ?? 0;
      if (!useNoun && ok[0]!.objects) return { rules: ok, end: objectEnd(ok[0]!, k + len), nominal: false };
      return { rules: ok, end: k + len + (ok[0]!.after && !useNoun ? afterLen : 0), nominal: useNoun };
    }
    return undefined;
  }

  /** "foreign" in "Saudi foreign ministry": a lower-case word that is no function word, verb or trigger. */
  function plainModifier(u: Unit | undefined): boolean {
    if (!u || u.kind !== 't' || !u.tok.word || u.tok.cap) return false;
    const w = u.tok.lower;
    if (sets.preps.has(w) || sets.aux.has(w) || sets.coordinators.has(w) || sets.speech.has(w) || sets.determiners.has(w) || sets.boundaries.has(w))
      return false;
    return !matchTrigger(units.indexOf(u));
  }

  /** "Khartoum warned": the unit at q begins a new clause (a verb of its own follows the name). */
  function opensClause(q: number): boolean {
    const w = word(units[q]);
    if (!w) return false;
    if (sets.speech.has(w) || (sets.aux.has(w) && w !== 'to')) return true;
    const m = matchTrigger(q);
    return !!m && !m.nominal;
  }

  /** "on two Qatari banks", "against Syrian positions": a demonym led by one of the rule's prepositions, past determiners and quantifiers. */
  function demonymAfterPrep(j: number, rule: TriggerRule): boolean {
    let p = j - 1;
    while (p >= 0 && (sets.determiners.has(word(units[p])) || sets.quantifiers.has(word(units[p])) || /^\d/.test(word(units[p])))) p -= 1;
    return rule.preps.includes(word(units[p]));
  }

  /** "welcomed Sheikh Hasina to New Delhi": an actor object, then one of the rule's prepositions and a place or state. */
  function objectThenFits(rule: TriggerRule, from: number): boolean {
    let j = from;
    while (sets.articles.has(word(units[j]))) j += 1;
    if (!isAgent(units[j]) || !rule.objectThen!.has(word(units[j + 1]))) return false;
    const place = sets.articles.has(word(units[j + 2])) ? units[j + 3] : units[j + 2];
    return !!place && place.kind === 'm' && (place.m.role === 'place' || place.m.actor?.kind === 'STATE');
  }

  /** The unit after the object noun a rule asks for, within the next few words of the clause; -1 when absent. */
  function objectEnd(rule: TriggerRule, from: number): number {
    for (let j = from; j < Math.min(units.length, from + 7); j += 1) {
      const v = units[j]!;
      if (v.kind === 'm' && rule.objects!.has(tokens[v.end - 1]!.lower)) return j + 1;
      if (v.kind === 'm' && !v.m.possessive && v.m.role !== 'demonym') return -1;
      const w = word(v);
      if (rule.objects!.has(w)) return QUOTE_CLOSE.has(word(units[j + 1])) ? j + 2 : j + 1;
      // "$500 million in aid", "a pact of mutual defence": 'of' and 'in' may stand inside the object
      if (w === '.' || w === ',' || w === ';' || w === ':' || sets.boundaries.has(w) || (sets.preps.has(w) && w !== 'of' && w !== 'in')) return -1;
    }
    return -1;
  }

  /** The subject of the clause around unit k: a relative pronoun's antecedent, else its first bare actor. */
  function clauseSubject(k: number): Party | null {
    let candidate: Extract<Unit, { kind: 'm' }> | null = null;
    for (let j = k - 1; j >= 0; j -= 1) {
      const v = units[j]!;
      if (v.kind === 'm') {
        const prev = word(units[j - 1]) === 'the' ? word(units[j - 2]) : word(units[j - 1]);
        if (isAgent(v) && !v.m.possessive && !sets.preps.has(prev)) candidate = v;
        continue;
      }
      const w = v.tok.lower;
      if (sets.relative.has(w) && w !== 'which') {
        const before = word(units[j - 1]) === ',' ? units[j - 2] : units[j - 1];
        return isAgent(before) ? { actors: [before.m.actor!], penalty: 0.85, end: before.end } : null;
      }
      if (w === ';' || w === 'that' || (sets.boundaries.has(w) && w !== 'as' && w !== 'including') || sets.speech.has(w) || inQuote[j]) break;
    }
    return candidate ? { actors: [candidate.m.actor!], penalty: 0.8 * viaPenalty(candidate.m), end: candidate.end } : null;
  }

  /** The agent of a nominal trigger: a possessor ("Russia's strikes"), or the subject of a light verb ("held talks"). */
  function nominalAgent(k: number): Party | null {
    const prev = units[k - 1];
    if (prev?.kind === 'm' && prev.m.role === 'agent' && prev.m.actor && prev.m.possessive)
      return { actors: [prev.m.actor], penalty: viaPenalty(prev.m), end: prev.end };
    if (word(prev) === '’s' || word(prev) === "'s") {
      const owner = units[k - 2];
      if (isAgent(owner)) return { actors: [owner.m.actor!], penalty: viaPenalty(owner.m), end: owner.end };
    }
    let j = k - 1;
    let adjectives = 0;
    let light = false;
    let lightAt = -1;
    let triedClause = false;
    while (j >= 0) {
      const v = units[j]!;
      if (v.kind === 'm') {
        if (v.m.role === 'agent' && v.m.actor && v.m.possessive && !light) return { actors: [v.m.actor], penalty: viaPenalty(v.m) * 0.9, end: v.end };
        if (!light) return null;
        if (v.m.role === 'agent' && v.m.actor && !v.m.possessive) return withCoordination(j, 1);
        if (v.m.role === 'pair' && partyOf(v.m)) return { actors: [...partyOf(v.m)!], penalty: 0.85, end: v.end };
        return null;
      }
      const w = v.tok.lower;
      // "who held talks with", "Lavrov, who was in Beijing for talks with": the relative pronoun's antecedent
      if (sets.relative.has(w) && w !== 'which') {
        const before = word(units[j - 1]) === ',' ? units[j - 2] : units[j - 1];
        return isAgent(before) ? { actors: [before.m.actor!], penalty: 0.9, end: before.end } : null;
      }
      if (!light && (w === 'for' || w === 'in')) return clauseSubject(j);
      if (sets.light.has(w) && !sets.determiners.has(w)) {
        if (
          ![
            'a',
            'an',
            'the',
            'new',
            'fresh',
            'further',
            'more',
            'similar',
            'joint',
            'official',
            'bilateral',
            'direct',
            'indirect',
            'first',
            'two-day',
            'three-day',
            'surprise',
            'state',
            'lengthy',
            'intensive',
            'high-level',
            'several',
            'recent',
            '“deconfliction”',
          ].includes(w)
        ) {
          if (!light) lightAt = j;
          light = true;
        }
        j -= 1;
        continue;
      }
      if (
        sets.aux.has(w) ||
        isAdverb(w) ||
        sets.determiners.has(w) ||
        w === '“' ||
        w === '”' ||
        w === '"' ||
        sets.negations.has(w) ||
        dateTokens.has(v.start)
      ) {
        j -= 1;
        continue;
      }
      if (!light && adjectives < 2 && v.tok.word && !v.tok.cap && !sets.boundaries.has(w) && !sets.preps.has(w) && !sets.speech.has(w)) {
        adjectives += 1;
        j -= 1;
        continue;
      }
      if (w === ')') {
        while (j >= 0 && word(units[j]) !== '(') j -= 1;
        j -= 1;
        continue;
      }
      if (w === ',' && light) {
        // "Benedetti, Colombia's ambassador to Caracas, held talks": the light verb's own subject, past any apposition
        if (lightAt >= 0 && !triedClause) {
          triedClause = true;
          const subject = clauseSubject(lightAt);
          if (subject) return subject;
        }
        j -= 1;
        continue;
      }
      return null;
    }
    return null;
  }
}

const POSSESSIVE_TOKENS = new Set(['’s', "'s", '’']);

type VerbForm = 'past' | 'present' | 'ing' | 'base';

function viaPenalty(m: Mention): number {
  switch (m.via) {
    case 'pronoun':
    case 'anaphor':
      return 0.85;
    case 'pair':
      return 0.85;
    case 'facility':
      return 0.7;
    case 'organ':
      return 0.9;
    default:
      return 1;
  }
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/**
 * The time expression of the event at tokens [start, end): one written after it in its clause, one attached to it
 * ("Monday's meeting"), else one before it in its clause. Vague times and bare months count (they say the event is
 * not of a known day); "since", "from", "until" dates do not.
 */
function pickDate(dates: DateMention[], start: number, end: number, tokens: Token[], rules: Rules): DateMention | null {
  // "the end of April", "scheduled for May": a month qualifying a noun, not the clause
  const usable = dates.filter(
    (d) =>
      !NON_EVENT_DATE_PREPS.has(d.preposition ?? '') && (d.date || d.kind === 'vague' || (d.kind === 'month' && !NOUN_DATE_PREPS.has(d.preposition ?? ''))),
  );
  const after = usable.find((d) => d.start >= end && !d.possessive && !boundaryBetween(tokens, rules, end, d.start));
  if (after) return after;
  const attached = usable.find((d) => d.possessive && d.end === start);
  if (attached) return attached;
  const before = [...usable].reverse().find((d) => d.end <= start && !d.possessive && !boundaryBetween(tokens, rules, d.end, start));
  return before ?? null;
}

function boundaryBetween(tokens: Token[], rules: Rules, a: number, b: number): boolean {
  const sets = rules.cues.sets;
  for (let i = a; i < b; i += 1) {
    const w = tokens[i]!.lower;
    if (w === ';' || w === '“' || w === '”' || (sets.boundaries.has(w) && w !== 'including' && w !== 'as') || sets.speech.has(w)) return true;
  }
  return false;
}

/**
 * The day of an event whose clause names none (see `date-policy` in cues.json):
 * 1. the day its report is dated in the sentence ("X has agreed to Y, Z said on Monday");
 * 2. the last day named earlier in its paragraph, unless a vague time came in between;
 * 3. in a digest of several news items only, the day of the item's news.
 */
function inheritedDate(dates: DateMention[], at: number, tokens: Token[], rules: Rules, env: RelationEnv): string | null {
  const speech = rules.cues.sets.speech;
  const reported = dates.find((d) => {
    if (!d.date || d.possessive || d.kind === 'vague' || NON_EVENT_DATE_PREPS.has(d.preposition ?? '')) return false;
    const before = tokens[d.start - (d.preposition === 'on' ? 2 : 1)]?.lower ?? '';
    return speech.has(before) || speech.has(tokens[d.end]?.lower ?? '');
  });
  if (reported) return reported.date;
  const earlier = [...dates].reverse().find((d) => d.end <= at && !d.possessive && !NON_EVENT_DATE_PREPS.has(d.preposition ?? ''));
  if (earlier) return earlier.kind === 'vague' || earlier.kind === 'month' ? null : earlier.date;
  if (env.paragraphDate) return env.paragraphDate;
  return env.digest ? env.sectionDay : null;
}
