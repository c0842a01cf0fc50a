import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ACTOR_KINDS, type ActorKind } from '../vocabulary/actor-kinds.js';
import { RELATION_TYPES, type RelationType } from '../vocabulary/relation-types.js';
import { foldName } from '../text/fold.js';
import { tokenize } from './tokenize.js';

/** The extractor's rules are data (`rules/*.json`), validated once when first used. */

const statesFile = z.object({
  states: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      demonyms: z.array(z.string()),
      capitals: z.array(z.string()),
      /** A state that no longer exists: its capitals are its own only in texts published before this day (YYYY-MM-DD). */
      until: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  ),
});
const orgsFile = z.object({
  organizations: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(ACTOR_KINDS),
      aliases: z.array(z.string()),
      described: z.array(z.string()).optional(),
      /** An organ of a state ("Kremlin", "State Department"): affiliated with it, under this role title. */
      state: z.string().optional(),
      title: z.string().optional(),
      /** Named after its building: after "at", "in", "to" it is the place ("met Biden at the White House"). */
      seat: z.boolean().optional(),
    }),
  ),
});
const peopleFile = z.object({
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), state: z.string().nullable(), title: z.string().nullable() })),
});
const titlesFile = z.object({
  titles: z.array(z.object({ title: z.string(), kind: z.enum(ACTOR_KINDS), state: z.boolean().optional(), copy: z.boolean().optional() })),
});
/** relations.json: what the surface rules and the structural lexicon (structure/lexicon.ts) both read. */
export const relationsFile = z.object({
  entries: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      verbs: z.array(z.string()).default([]),
      nouns: z.array(z.string()).default([]),
      /** Predicative adjectives, read by the structural rules only ("critical of", "supportive of"). */
      adjectives: z.array(z.string()).default([]),
      after: z.array(z.string()).optional(),
      objects: z.array(z.string()).optional(),
      mediator: z.boolean().optional(),
      infinitive: z.boolean().optional(),
      objectThen: z.array(z.string()).optional(),
      /** For verbs with 'after' phrases ending in a preposition: the place follows it directly ("was in Beirut", not "was in contact with Tonga"). */
      placeNext: z.boolean().optional(),
      /** For verbs: the 'after' phrases that tell the event as planned ("is due in Ankara", "is expected in Moscow"). */
      plannedAfter: z.array(z.string()).optional(),
      /** 'guest': the verb counts only when its object is an actor itself ("welcomed Clinton", "received him"); 'thing': only when it is not ("welcomed the agreement", "welcomed Kuwait's efforts"). */
      objectKind: z.enum(['guest', 'thing', 'state']).optional(),
      /** Read by the structural rules only: the verb counts only when its object is named nothing ("called Aliyev", not "called Kosovo a false state"). */
      bareObject: z.boolean().optional(),
      /** Read by the structural rules only: the verb counts only when it tells its object to do one of these ("ordered the ambassador to leave", "ordered him out"). */
      toldTo: z.array(z.string()).optional(),
      /** Read by the structural rules only: the verb counts only when it tells its object to do something, by a to-infinitive the object is the subject of ("ordered Caracas to refrain", "forced Mr Yeltsin to drop"). */
      tellsObjectTo: z.boolean().optional(),
      direct: z.boolean(),
      preps: z.array(z.string()),
      places: z.boolean().optional(),
      personType: z.enum(RELATION_TYPES).optional(),
      /** Read by the structural rules only: an event noun's target may be named as the owner of what its preposition names ("regret over the Iranian action"). */
      ownedTargets: z.boolean().optional(),
      /** Read by the structural rules only: the parse tells whose clause the verb is in ("said that Belgrade would not recognise Kosovo and accused Pristina": Vucic accused). */
      structural: z.boolean().optional(),
      /** The verb counts only between two persons ("the Prime Minister spoke with President Mbeki", not "spoke to the state broadcaster"). */
      persons: z.boolean().optional(),
      complement: z.boolean().optional(),
      confidence: z.number().min(0).max(1),
    }),
  ),
});
const cuesFile = z.object({
  auxiliaries: z.array(z.string()),
  beForms: z.array(z.string()),
  adverbs: z.array(z.string()),
  negations: z.array(z.string()),
  negatingVerbs: z.array(z.string()),
  denyVerbs: z.array(z.string()),
  planned: z.array(z.string()),
  reported: z.array(z.string()),
  hypothetical: z.array(z.string()),
  speechVerbs: z.array(z.string()),
  lightVerbs: z.array(z.string()),
  locativePreps: z.array(z.string()),
  prepositions: z.array(z.string()),
  clauseBoundaries: z.array(z.string()),
  relativePronouns: z.array(z.string()),
  determiners: z.array(z.string()),
  orgHeads: z.record(z.string(), z.enum(ACTOR_KINDS)),
  placeHeads: z.array(z.string()),
  places: z.array(z.string()),
  organNouns: z.array(z.string()),
  personPronouns: z.array(z.string()),
  possessivePersonPronouns: z.array(z.string()),
  thingPronouns: z.array(z.string()),
  pairPhrases: z.array(z.string()),
  definiteAnaphors: z.record(z.string(), z.string()),
  /** Definite anaphors for a state's government: "the government in Havana" is Cuba, "the government" a speaker names their own state. */
  governmentAnaphors: z.array(z.string()),
  /** Verbs of an appeal, addressed to "the government" of the state a section is about ("urged", "called on"). */
  appealVerbs: z.array(z.string()),
  /** Verb forms that give their subject a role in the organization they name ("who now heads a group called X"): form → title. */
  roleVerbs: z.record(z.string(), z.string()),
  facilityNouns: z.array(z.string()),
  indefiniteRoles: z.array(z.string()),
  governmentNouns: z.array(z.string()),
  particles: z.array(z.string()),
  nameConnectors: z.array(z.string()),
  sentenceStarters: z.array(z.string()),
  abbreviations: z.array(z.string()),
  sentenceOpeners: z.array(z.string()),
  durative: z.array(z.string()),
  kindCues: z.record(z.string(), z.array(z.string())),
  /** Head words of a body's name that say its kind, whatever the sentence's kindCues ("Foreign Ministry", "Security Council"). */
  institutionHeads: z.array(z.string()),
  notAdverbs: z.array(z.string()),
  controlVerbs: z.array(z.string()),
  pairKinds: z.record(z.string(), z.enum(['person', 'leader', 'state'])),
  leaderTitles: z.array(z.string()),
  /**
   * Relation types whose event, told with no one it was done to, gives no maker to a later eventAnaphors noun ("an
   * attack on Tuesday …; the minister condemned the attack"): its maker is read from a blame or a place more often
   * than from the deed (src/extract/relations/extract-relations.ts).
   */
  makerNeedsTarget: z.array(z.enum(RELATION_TYPES)),
  eventAnaphors: z.record(z.string(), z.array(z.string())),
  /** How the parse names who made an event an eventAnaphors noun names (src/extract/discourse/noun-event-makers.ts); verbNouns' nouns join eventAnaphors as it loads. */
  eventNounMakers: z.object({
    ofMaker: z.array(z.string()),
    makingVerbs: z.array(z.string()),
    speechVerbs: z.array(z.string()),
    verbNouns: z.record(z.string(), z.array(z.string())),
  }),
  partitiveHeads: z.array(z.string()),
  genericUnitWords: z.array(z.string()),
  modeAdjuncts: z.record(z.string(), z.array(z.string())),
  firstPersonPronouns: z.array(z.string()),
  coordinators: z.array(z.string()),
  irregularPast: z.array(z.string()),
  subordinators: z.array(z.string()),
  placeIntroducers: z.array(z.string()),
  vesselNouns: z.array(z.string()).default([]),
  documentHeads: z.array(z.string()),
  quantifiers: z.array(z.string()),
  nameModifiers: z.array(z.string()),
  nameSuffixes: z.array(z.string()),
  familyNameFirst: z.array(z.string()).default([]),
  acronymGroupNouns: z.record(z.string(), z.enum(['ORGANIZATION', 'ARMED_GROUP'])).default({}),
  honorifics: z.array(z.string()),
  innerTitles: z.array(z.string()),
  mediaNouns: z.array(z.string()).default([]),
  broadcastNouns: z.array(z.string()).default([]),
  broadcastPremises: z.array(z.string()).default([]),
  outletDescriptions: z.array(z.string()).default([]),
  namingVerbs: z.array(z.string()),
  groupPhrases: z.object({ numbers: z.record(z.string(), z.number().int().min(3)), heads: z.array(z.string()), bareHeads: z.array(z.string()) }),
});

/** One rules file of src/extract/rules/, checked against its schema; a mistake names the file. */
export function loadRulesFile<T>(schema: z.ZodType<T>, file: string): T {
  const url = new URL(`./rules/${file}`, import.meta.url);
  const result = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!result.success) throw new Error(`extractor rules ${file}: ${result.error.message}`);
  return result.data;
}

export interface StateInfo {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

/** Demonyms whose plural is their people ("Americans", "Israelis", "Soviets"); not "Chinese", "French", "British". */
const PLURAL_DEMONYM = /(an|i|et)$/;

/** What a run of tokens may name in the gazetteer. */
export type GazetteerEntry =
  | { kind: 'state'; state: string }
  | { kind: 'capital'; state: string }
  | { kind: 'demonym'; state: string }
  /** A state's people by the plural of its demonym ("the Americans", "the Russians"): the state itself after "the". */
  | { kind: 'people'; state: string }
  | { kind: 'actor'; name: string; actorKind: ActorKind; aliases: string[]; state?: string | null; title?: string | null; seat?: boolean }
  | { kind: 'place' };

export interface TitleRule {
  title: string;
  kind: ActorKind;
  state?: boolean;
  copy?: boolean;
}

export interface TriggerRule {
  type: RelationType;
  direct: boolean;
  preps: string[];
  places: boolean;
  personType?: RelationType;
  /** Counts only when both ends are persons. */
  persons?: boolean;
  complement: boolean;
  confidence: number;
  after?: string[][];
  /** For verbs: counts only when one of these nouns heads the object ("restored a … pact"); the trigger then runs to it. */
  objects?: Set<string>;
  /** "mediated between A and B": the subject acts towards each party rather than the two towards each other. */
  mediator?: boolean;
  /** "threatened to impose sanctions on X": the target is that of the trigger in the verb's to-infinitive. */
  infinitive?: boolean;
  /** For verbs: counts only when the object is followed by one of these and a place ("welcomed X to New Delhi"). */
  objectThen?: Set<string>;
  /** For verbs: the place follows the 'after' phrase directly ("was in Beirut"). */
  placeNext?: boolean;
  /** For verbs: 'after' phrases that tell the event as planned ("is due in"). */
  plannedAfter?: string[][];
  /** For verbs: counts only when the object is an actor itself ('guest': "welcomed Clinton") or only when it is not ('thing': "welcomed the decision"). */
  objectKind?: 'guest' | 'thing' | 'state';
  /** For verbs: the past participle forms (passive voice). */
  participles: Set<string>;
  /** Number of tokens in the trigger. */
  length: number;
  nominal: boolean;
}

export interface Rules {
  states: Map<string, StateInfo>;
  /** Folded token sequence (joined by spaces) → entries. */
  gazetteer: Map<string, GazetteerEntry[]>;
  gazetteerMaxTokens: number;
  /** Exact spellings that must match case-sensitively (short all-caps aliases: "US", "IS", "AP"). */
  caseSensitive: Set<string>;
  /** Capitals whose name holds its article ("The Hague"): without it the word is another name ("received Hague in Moscow", William Hague). */
  articleCapitals: Set<string>;
  titles: Map<string, TitleRule>;
  titleMaxTokens: number;
  /** Last words of capitalized titles ("Minister", "President"): a name after one is a person's. */
  titleHeads: Set<string>;
  /** Folded name of a well-known body → the nouns a definite description may use for it ("alliance"). */
  descriptions: Map<string, Set<string>>;
  /** Every such noun (one or two words). */
  descriptionNouns: Set<string>;
  /** Folded trailing words (two or more) of a well-known person's longer name ("tayyip erdogan") → the entry. */
  personTails: Map<string, GazetteerEntry>;
  verbTriggers: Map<string, TriggerRule[]>;
  nounTriggers: Map<string, TriggerRule[]>;
  triggerMaxTokens: number;
  cues: z.infer<typeof cuesFile> & {
    sets: {
      aux: Set<string>;
      be: Set<string>;
      adverbs: Set<string>;
      negations: Set<string>;
      negatingVerbs: Set<string>;
      denyVerbs: Set<string>;
      speech: Set<string>;
      light: Set<string>;
      locative: Set<string>;
      preps: Set<string>;
      boundaries: Set<string>;
      relative: Set<string>;
      determiners: Set<string>;
      placeHeads: Set<string>;
      organ: Set<string>;
      personPronouns: Set<string>;
      thingPronouns: Set<string>;
      facility: Set<string>;
      indefinite: Set<string>;
      government: Set<string>;
      particles: Set<string>;
      connectors: Set<string>;
      starters: Set<string>;
      abbreviations: Set<string>;
      openers: Set<string>;
      notAdverbs: Set<string>;
      control: Set<string>;
      partitive: Set<string>;
      genericUnit: Set<string>;
      firstPerson: Set<string>;
      coordinators: Set<string>;
      placeIntroducers: Set<string>;
      vesselNouns: Set<string>;
      documentHeads: Set<string>;
      quantifiers: Set<string>;
      nameModifiers: Set<string>;
      nameSuffixes: Set<string>;
      familyNameFirst: Set<string>;
      honorifics: Set<string>;
      innerTitles: Set<string>;
      namingVerbs: Set<string>;
      articles: Set<string>;
      irregularPast: Set<string>;
      subordinators: Set<string>;
    };
  };
}

const key = (text: string): string =>
  tokenize(text)
    .map((t) => foldName(t.text) || t.text)
    .join(' ');

/** Regular English inflection of a lemma; irregular forms are given as "lemma/past/participle". */
export function inflect(spec: string): { forms: string[]; participles: string[] } {
  const [lemma, pastGiven, participleGiven] = spec.split('/') as [string, string?, string?];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const past = pastGiven ?? (lemma.endsWith('e') ? lemma + 'd' : consonantY ? lemma.slice(0, -1) + 'ied' : lemma + 'ed');
  const participle = participleGiven ?? past;
  const doubled = /([b-df-hj-np-tv-z])\1ed$/.test(past);
  const ing = doubled ? past.slice(0, -2) + 'ing' : lemma.endsWith('ee') ? lemma + 'ing' : lemma.endsWith('e') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  return { forms: [...new Set([lemma, third, past, participle, ing])], participles: [participle, past] };
}

/** The rules of each era: which former states' capitals stand for them ("Moscow" is the Soviet Union's in 1986). */
const cached = new Map<string, Rules>();
let statesData: z.infer<typeof statesFile> | undefined;

/**
 * The rules, for a briefing published on `publishedAt` (today's world when null): a former state (states.json `until`)
 * takes its capitals from the state that succeeded it in texts published before it ended.
 */
export function loadRules(publishedAt: string | null = null): Rules {
  const states = (statesData ??= loadRulesFile(statesFile, 'states.json'));
  const former = states.states.filter((s) => s.until !== undefined && publishedAt !== null && publishedAt < s.until);
  const era = former.map((s) => s.name).join('|');
  const hit = cached.get(era);
  if (hit) return hit;
  const claimed = new Set(former.flatMap((s) => s.capitals.map(key)));
  const orgs = loadRulesFile(orgsFile, 'organizations.json');
  const people = loadRulesFile(peopleFile, 'people.json');
  const titles = loadRulesFile(titlesFile, 'titles.json');
  const relations = loadRulesFile(relationsFile, 'relations.json');
  const cues = loadRulesFile(cuesFile, 'cues.json');

  const gazetteer = new Map<string, GazetteerEntry[]>();
  const caseSensitive = new Set<string>();
  const articleCapitals = new Set<string>();
  let gazetteerMaxTokens = 1;
  const add = (text: string, entry: GazetteerEntry) => {
    const k = key(text);
    if (!k) return;
    gazetteerMaxTokens = Math.max(gazetteerMaxTokens, k.split(' ').length);
    // "LeT", "DoD": an acronym with a small letter inside must not match the word it spells ("Let me start")
    if (/^[A-Z.]{2,4}$/.test(text) || /^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?$/u.test(text) || text === 'IS') caseSensitive.add(text.replace(/^the /i, ''));
    const list = gazetteer.get(k) ?? [];
    list.push(entry);
    gazetteer.set(k, list);
  };
  const stateMap = new Map<string, StateInfo>();
  for (const s of states.states) {
    stateMap.set(s.name, s);
    for (const n of [s.name, ...s.aliases]) add(n.replace(/^the /i, ''), { kind: 'state', state: s.name });
    for (const d of s.demonyms) add(d, { kind: 'demonym', state: s.name });
    for (const d of s.demonyms) if (PLURAL_DEMONYM.test(d) && !gazetteer.has(key(`${d}s`))) add(`${d}s`, { kind: 'people', state: s.name });
    const ownCapitals = s.until === undefined ? s.capitals.filter((c) => !claimed.has(key(c))) : former.includes(s) ? s.capitals : [];
    for (const c of ownCapitals) {
      add(c.replace(/^the /i, ''), { kind: 'capital', state: s.name });
      if (/^the /i.test(c)) articleCapitals.add(key(c.replace(/^the /i, '')));
    }
  }
  const descriptions = new Map<string, Set<string>>();
  const descriptionNouns = new Set<string>();
  // "the radio", "the agency": an outlet named with its noun ("Tehran radio") is described by it
  for (const noun of cues.outletDescriptions) descriptionNouns.add(noun);
  for (const o of orgs.organizations) {
    if (o.described?.length) {
      descriptions.set(foldName(o.name), new Set(o.described));
      for (const d of o.described) descriptionNouns.add(d);
    }
    const entry: GazetteerEntry = {
      kind: 'actor',
      name: o.name,
      actorKind: o.kind,
      aliases: o.aliases,
      ...(o.state ? { state: o.state, title: o.title ?? null } : {}),
      ...(o.seat ? { seat: true } : {}),
    };
    for (const n of [o.name, ...o.aliases]) add(n.replace(/^the /i, ''), entry);
  }
  const personTails = new Map<string, GazetteerEntry>();
  for (const p of people.people) {
    const entry: GazetteerEntry = { kind: 'actor', name: p.name, actorKind: 'PERSON', aliases: p.aliases, state: p.state, title: p.title };
    for (const n of [p.name, ...p.aliases]) {
      add(n, entry);
      const words = key(n).split(' ');
      for (let i = 1; i <= words.length - 2; i += 1) if (!personTails.has(words.slice(i).join(' '))) personTails.set(words.slice(i).join(' '), entry);
    }
  }
  for (const place of cues.places) add(place, { kind: 'place' });

  const titleMap = new Map<string, TitleRule>();
  let titleMaxTokens = 1;
  const titleHeads = new Set<string>();
  for (const t of titles.titles) {
    const last = t.title.split(/\s+/).at(-1) ?? '';
    if (/^\p{Lu}\p{Ll}/u.test(last) && t.kind === 'PERSON' && !/\.$/.test(last) && !/ of /i.test(t.title)) titleHeads.add(last);
    const k = tokenize(t.title)
      .map((x) => x.lower)
      .join(' ');
    titleMaxTokens = Math.max(titleMaxTokens, k.split(' ').length);
    if (!titleMap.has(k)) titleMap.set(k, t);
  }

  const verbTriggers = new Map<string, TriggerRule[]>();
  const nounTriggers = new Map<string, TriggerRule[]>();
  let triggerMaxTokens = 1;
  const push = (map: Map<string, TriggerRule[]>, form: string, rule: TriggerRule) => {
    const k = tokenize(form)
      .map((x) => x.lower)
      .join(' ');
    triggerMaxTokens = Math.max(triggerMaxTokens, k.split(' ').length);
    const list = map.get(k) ?? [];
    list.push({ ...rule, length: k.split(' ').length });
    map.set(k, list);
  };
  // an entry that needs to see its object's complement ('bareObject', 'toldTo', 'tellsObjectTo') is left to the structural rules
  for (const e of relations.entries.filter((x) => !x.bareObject && !x.toldTo && !x.tellsObjectTo && !x.structural)) {
    const base = {
      type: e.type,
      direct: e.direct,
      preps: e.preps,
      places: e.places ?? false,
      complement: e.complement ?? false,
      ...(e.personType ? { personType: e.personType } : {}),
      ...(e.persons ? { persons: true } : {}),
      confidence: e.confidence,
      ...(e.after ? { after: e.after.map((a) => a.toLowerCase().split(/\s+/)) } : {}),
      ...(e.objects ? { objects: new Set(e.objects.map((o) => o.toLowerCase())) } : {}),
      ...(e.mediator ? { mediator: true } : {}),
      ...(e.infinitive ? { infinitive: true } : {}),
      ...(e.objectThen ? { objectThen: new Set(e.objectThen) } : {}),
      ...(e.placeNext ? { placeNext: true } : {}),
      ...(e.plannedAfter ? { plannedAfter: e.plannedAfter.map((a) => a.toLowerCase().split(/\s+/)) } : {}),
      ...(e.objectKind ? { objectKind: e.objectKind } : {}),
      length: 1,
    };
    for (const spec of e.verbs) {
      const { forms, participles } = inflect(spec);
      for (const f of forms) push(verbTriggers, f, { ...base, participles: new Set(participles), nominal: false });
    }
    for (const n of e.nouns) push(nounTriggers, n, { ...base, participles: new Set(), nominal: true });
  }

  const lower = (list: string[]) => new Set(list.map((x) => x.toLowerCase()));
  const rules: Rules = {
    states: stateMap,
    gazetteer,
    gazetteerMaxTokens,
    caseSensitive,
    articleCapitals,
    titles: titleMap,
    titleMaxTokens,
    titleHeads,
    descriptions,
    descriptionNouns,
    personTails,
    verbTriggers,
    nounTriggers,
    triggerMaxTokens,
    cues: {
      ...cues,
      // a deed's noun (eventNounMakers.verbNouns: "executions") points back to its event as the listed nouns do
      eventAnaphors: {
        ...Object.fromEntries(Object.values(cues.eventNounMakers.verbNouns).flatMap((nouns) => nouns.map((noun) => [noun, [] as string[]]))),
        ...cues.eventAnaphors,
      },
      sets: {
        aux: lower(cues.auxiliaries),
        be: lower(cues.beForms),
        adverbs: lower(cues.adverbs),
        negations: lower(cues.negations),
        negatingVerbs: lower(cues.negatingVerbs),
        denyVerbs: lower(cues.denyVerbs),
        speech: lower(cues.speechVerbs),
        light: lower(cues.lightVerbs),
        locative: lower(cues.locativePreps),
        preps: lower(cues.prepositions),
        boundaries: lower(cues.clauseBoundaries),
        relative: lower(cues.relativePronouns),
        determiners: lower(cues.determiners),
        placeHeads: new Set(cues.placeHeads),
        organ: lower(cues.organNouns),
        personPronouns: lower(cues.personPronouns),
        thingPronouns: lower(cues.thingPronouns),
        facility: lower(cues.facilityNouns),
        indefinite: lower(cues.indefiniteRoles),
        government: lower(cues.governmentNouns),
        particles: lower(cues.particles),
        connectors: lower(cues.nameConnectors),
        starters: lower(cues.sentenceStarters),
        abbreviations: lower(cues.abbreviations),
        openers: new Set(cues.sentenceOpeners),
        notAdverbs: lower(cues.notAdverbs),
        control: lower(cues.controlVerbs),
        partitive: lower(cues.partitiveHeads),
        genericUnit: new Set(cues.genericUnitWords),
        firstPerson: lower(cues.firstPersonPronouns),
        coordinators: lower(cues.coordinators),
        placeIntroducers: lower(cues.placeIntroducers),
        vesselNouns: lower(cues.vesselNouns),
        documentHeads: lower(cues.documentHeads),
        quantifiers: lower(cues.quantifiers),
        nameModifiers: lower(cues.nameModifiers),
        nameSuffixes: lower(cues.nameSuffixes),
        familyNameFirst: lower(cues.familyNameFirst),
        honorifics: lower(cues.honorifics),
        innerTitles: lower(cues.innerTitles),
        namingVerbs: lower(cues.namingVerbs),
        articles: lower(['a', 'an', 'the']),
        irregularPast: lower(cues.irregularPast),
        subordinators: lower(cues.subordinators),
      },
    },
  };
  cached.set(era, rules);
  return rules;
}
