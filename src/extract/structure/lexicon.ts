import { z } from 'zod';
import { RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';
import { loadRulesFile, relationsFile } from '../rules.js';

/**
 * The predicate lexicon the structural rules read: relation triggers from rules/relations.json (shared with the
 * surface rules: one source for which word means which relation) and the structure-only cues of rules/structure.json.
 */
export interface PredicateRule {
  type: RelationType;
  /** The verb's direct object (or a passive subject) is the target. */
  direct: boolean;
  /** Prepositions whose oblique or nominal modifier is the target ("obl:with", "nmod:against"). */
  preps: string[];
  /** The verb counts only when its object is one of these nouns ("restored ties", "summoned the ambassador"). */
  objects: Set<string> | null;
  /** An event noun's target may be named as the owner of what its preposition names ("regret over the Iranian action", "concern over Kyiv's decision"). */
  ownedTargets: boolean;
  /** The verb counts only when followed by one of these phrases ("spoke by phone"). */
  after: string[] | null;
  /** A capital or country used as a place may be the target (visits). */
  places: boolean;
  /** With no object, the subject of its "that" clause is the target ("demanded that Bangkok take back the temple"). */
  complement: boolean;
  /** The verb counts only when its object is an actor itself ('guest': "welcomed Clinton"), a state ('state': "suspended Gabon") or only when it is not ('thing': "welcomed the decision"). */
  objectKind: 'guest' | 'thing' | 'state' | null;
  /** The type when both ends are persons ("hosted" → MET). */
  personType: RelationType | null;
  /** The verb counts only between two persons ("spoke with President Mbeki"). */
  persons: boolean;
  /** The verb counts only when nothing names its object: no predicate of the object ("called Kosovo a false state", "called Russia hostile"), no "as" phrase. */
  bareObject: boolean;
  /** The verb counts only when it tells its object to do one of these: its infinitive or particle ("ordered the ambassador to leave", "ordered him out"). */
  toldTo: Set<string> | null;
  /** The verb counts only when it tells its object to do something by a to-infinitive ("ordered Caracas to refrain"; never "expect", a forecast as often), an act no 'toldTo' of the verb names. */
  tellsObjectTo: boolean;
  /** A mediation: its agents negotiate with the parties it names, never with each other (relations/joint-acts.ts). */
  mediator: boolean;
  confidence: number;
}

const structureFile = z.object({
  claimNouns: z.array(z.string()),
  denialVerbs: z.array(z.string()),
  claimPronouns: z.array(z.string()),
  dismissalVerbs: z.array(z.string()),
  falsehoodNouns: z.array(z.string()),
  lightVerbs: z.array(z.string()),
  quantityNouns: z.array(z.string()),
  callVerbs: z.array(z.string()),
  receivingVerbs: z.array(z.string()),
  plannedAux: z.array(z.string()),
  hypotheticalAux: z.array(z.string()),
  deonticAux: z.array(z.string()),
  reportingVerbs: z.array(z.string()),
  reportedAdverbs: z.array(z.string()),
  plannedVerbs: z.array(z.string()),
  negatingVerbs: z.array(z.string()),
  rejectableNouns: z.array(z.string()),
  askingNouns: z.array(z.string()),
  answeredNouns: z.array(z.string()),
  requestNouns: z.array(z.string()),
  invitationNouns: z.array(z.string()),
  documentNouns: z.array(z.string()),
  sendingVerbs: z.array(z.string()),
  voiceNouns: z.array(z.string()),
  envoyNouns: z.array(z.string()),
  receivedEnvoyNouns: z.array(z.string()).default([]),
  missionStaff: z.object({ staffNouns: z.array(z.string()), missionNouns: z.array(z.string()) }),
  armsNouns: z.array(z.string()),
  complementTargetTypes: z.array(z.enum(RELATION_TYPES)),
  conditionTargetTypes: z.array(z.enum(RELATION_TYPES)),
  conditionMarks: z.array(z.string()),
  warningModals: z.array(z.string()),
  ownerTargetTypes: z.array(z.enum(RELATION_TYPES)),
  attackedPlaceNouns: z.array(z.string()),
  trespassVerbs: z.array(z.string()),
  territoryNouns: z.array(z.string()),
  settingPreps: z.array(z.string()),
  firstPerson: z.array(z.string()),
  namingVerbs: z.array(z.string()),
  pejoratives: z.array(z.string()),
  designationVerbs: z.array(z.string()),
  listingVerbs: z.array(z.string()),
  culpabilityWords: z.array(z.string()),
  misdeedVerbs: z.array(z.string()),
  misdeedObjects: z.record(z.string(), z.array(z.string())),
  departureNouns: z.array(z.string()),
  failureVerbs: z.array(z.string()),
  dutyVerbs: z.array(z.string()),
  entitlementNouns: z.array(z.string()),
  burdenVerbs: z.array(z.string()),
  burdenNouns: z.array(z.string()),
  refusalVerbs: z.array(z.string()),
  admissionVerbs: z.array(z.string()),
  refusalTypes: z.array(z.enum(RELATION_TYPES)),
  intendedRefusalTypes: z.array(z.enum(RELATION_TYPES)),
  unrecordedNegations: z.array(z.enum(RELATION_TYPES)),
  unreadRefusalWords: z.array(z.string().min(1)),
  agentNouns: z.partialRecord(z.enum(RELATION_TYPES), z.array(z.string())),
});

export interface Lexicon {
  /** By verb lemma. */
  verbs: Map<string, PredicateRule[]>;
  /** By verb lemma, the acts its 'toldTo' entries name ("ordered the ambassador to leave" is an expulsion): no other entry of the verb reads them as told to its object. */
  toldToActs: Map<string, ReadonlySet<string>>;
  /** Predicative adjectives by lemma ("critical of", "supportive of", "grateful to"). */
  adjectives: Map<string, PredicateRule[]>;
  /** By the last word of the noun ("call" for "phone call"), with the words that must precede it. */
  nouns: Map<string, { before: string[]; rule: PredicateRule }[]>;
  claimNouns: Set<string>;
  /** Verbs denying a deed told as a gerund ("denied arming Hezbollah") or a claim told by a pronoun ("disputed that"). */
  denialVerbs: Set<string>;
  /** Objects of a denial verb that stand for the claim just reported ("denied it", "disputed that"). */
  claimPronouns: Set<string>;
  dismissalVerbs: Set<string>;
  falsehoodNouns: Set<string>;
  lightVerbs: Set<string>;
  /** "several rounds of talks": a light verb's object that counts the event noun it is "of". */
  quantityNouns: Set<string>;
  /** Verbs of a call or meeting, whose other party a request joined to them with no addressee of its own is made to. */
  callVerbs: Set<string>;
  receivingVerbs: Set<string>;
  plannedAux: Set<string>;
  hypotheticalAux: Set<string>;
  /** Modals of obligation: a clause with one, reported by someone, is their demand of its subject ("said Israel must halt"). */
  deonticAux: Set<string>;
  reportingVerbs: Set<string>;
  reportedAdverbs: Set<string>;
  plannedVerbs: Set<string>;
  negatingVerbs: Set<string>;
  /** The object of a dismissal verb that makes it a rejection of its owner ("rejected the North's offer"). */
  rejectableNouns: Set<string>;
  /** Of those, the ones that ask: turning one down tells that its owner asked ("brushing aside appeals from Canberra"). */
  askingNouns: Set<string>;
  /** "…, a move the Taliban condemned": a noun in apposition standing for what the clause before it told. */
  answeredNouns: Set<string>;
  /** "at Greece's request": its owner asked the agent of the clause it sets. */
  requestNouns: Set<string>;
  /** "at the invitation of Foreign Minister Li Zhaoxing, Rice will visit China", "accepted the invitation of President Musharraf": the inviter and the guest. */
  invitationNouns: Set<string>;
  /** "passed a resolution urging …": a participle modifying one of these acts for whoever issued it. */
  documentNouns: Set<string>;
  sendingVerbs: Set<string>;
  voiceNouns: Set<string>;
  /** Persons named by their mandate alone ("the representatives of Ghana and Gabon", "the leaders of Russia and Turkey"): they stand for whom they are "of". */
  envoyNouns: Set<string>;
  /** Resident envoys ("the ambassadors of …") who, received as guests, stand for the states they are "of". */
  receivedEnvoyNouns: Set<string>;
  /** "12 officials at the French embassy", "diplomats from the US mission": staff of a mission stand for its state. */
  staffNouns: Set<string>;
  missionNouns: Set<string>;
  armsNouns: Set<string>;
  /** Types whose trigger marked 'complement', with no object, takes its "that" clause's subject as target ("demanded that Bangkok …"). */
  complementTargetTypes: Set<RelationType>;
  /** Types whose trigger marked 'complement', with no object, aims at the subject of a condition of its "that" clause ("warned that Moscow would respond if Washington …"). */
  conditionTargetTypes: Set<RelationType>;
  /** Words that make an adverbial clause a condition: "if", "unless", and "should" put before its subject. */
  conditionMarks: Set<string>;
  /** Modals of a warning's "that" clause with no condition that aim it at the clause's subject ("warned that Israel should not …"). */
  warningModals: Set<string>;
  /** Types whose target may be named as the owner of the verb's object ("criticised Moscow's remarks"). */
  ownerTargetTypes: Set<RelationType>;
  /** Places an attack may strike that name no one ("the airport", "camps"): in a state, the attack is on that state. */
  attackedPlaceNouns: Set<string>;
  trespassVerbs: Set<string>;
  territoryNouns: Set<string>;
  /** Prepositions by which an event noun sets the scene of a clause whose subject is its party ("said in a phone call with"). */
  settingPreps: Set<string>;
  /** Pronouns that, inside an attributed quotation, stand for its speaker. */
  firstPerson: Set<string>;
  /** Verbs that name their object as something ("called the move a provocation", "described it as excessive"). */
  namingVerbs: Set<string>;
  /** Words of disapproval: naming an actor or its deed with one criticises it ("called Russia an enemy", "said Moscow's decision was regrettable"). */
  pejoratives: Set<string>;
  /** Words that, said of an actor, accuse it ("held Russia responsible", "said Iran was culpable"). */
  designationVerbs: Set<string>;
  listingVerbs: Set<string>;
  culpabilityWords: Set<string>;
  /** Deeds that wrong someone: told in reported speech ("said Russia had violated the treaty"), they accuse their agent. */
  misdeedVerbs: Set<string>;
  /** Failings: told in reported speech of someone else ("said Washington had failed to deliver"), they criticise their subject. */
  failureVerbs: Set<string>;
  /** What one owes others ('cooperate', 'comply', 'pay'): told not done, a failing. */
  dutyVerbs: Set<string>;
  /** What someone has to do something: told of another side's actor in reported speech ("said Israel had a right to defend itself"), the speaker supports it. */
  entitlementNouns: Set<string>;
  /** Verbs and their objects that lay the blame on their subject: told in reported speech, like a misdeed ("said Damascus bore responsibility for the attack"). */
  burdenVerbs: Set<string>;
  burdenNouns: Set<string>;
  /** Verbs whose object makes them a wrongful deed, by verb lemma: "opened fire", "launched an offensive". */
  misdeedObjects: Map<string, Set<string>>;
  /** A departure asked for ("demanded the withdrawal of Argentine forces") is asked of whoever is to leave. */
  departureNouns: Set<string>;
  /** A refusal to admit someone ("refused to allow Russian planes to cross", "declined to receive him") rejects them. */
  refusalVerbs: Set<string>;
  admissionVerbs: Set<string>;
  /** Types whose act, refused by its agent ("would not recognise Kosovo", "would not back any Chinese call"), is a REJECTED of its target. */
  refusalTypes: Set<RelationType>;
  /** Types refused only when the negated act is intended: planned or hypothetical ("would not negotiate with Beijing"). */
  intendedRefusalTypes: Set<RelationType>;
  /** Types whose act told as not done (negated, not denied) the annotations record in no way ("have not congratulated him"). */
  unrecordedNegations: Set<RelationType>;
  /** Stems of trigger words whose refusal ("would not recognise X") is dropped rather than read as a rejection. */
  unreadRefusalWords: string[];
  /** Nouns that say what someone is to their owner, by lemma: "Russia, Serbia's main ally" (SUPPORTED). */
  agentNouns: Map<string, RelationType>;
}

let cached: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const relations = loadRulesFile(relationsFile, 'relations.json');
  const structure = loadRulesFile(structureFile, 'structure.json');
  const verbs = new Map<string, PredicateRule[]>();
  const nouns = new Map<string, { before: string[]; rule: PredicateRule }[]>();
  const adjectives = new Map<string, PredicateRule[]>();
  for (const e of relations.entries) {
    const rule: PredicateRule = {
      type: e.type,
      direct: e.direct,
      preps: e.preps,
      objects: e.objects ? new Set(e.objects) : null,
      ownedTargets: e.ownedTargets ?? false,
      after: e.after ?? null,
      places: e.places ?? false,
      complement: e.complement ?? false,
      personType: e.personType ?? null,
      persons: e.persons ?? false,
      bareObject: e.bareObject ?? false,
      toldTo: e.toldTo ? new Set(e.toldTo) : null,
      tellsObjectTo: e.tellsObjectTo ?? false,
      mediator: e.mediator ?? false,
      objectKind: e.objectKind ?? null,
      confidence: e.confidence,
    };
    for (const v of e.verbs) {
      const lemma = v.split('/')[0]!;
      verbs.set(lemma, [...(verbs.get(lemma) ?? []), rule]);
    }
    for (const a of e.adjectives) adjectives.set(a, [...(adjectives.get(a) ?? []), rule]);
    for (const n of e.nouns) {
      const words = n.toLowerCase().split(' ');
      const last = words.at(-1)!;
      nouns.set(last, [...(nouns.get(last) ?? []), { before: words.slice(0, -1), rule }]);
    }
  }
  const toldToActs = new Map([...verbs].map(([lemma, rules]) => [lemma, new Set(rules.flatMap((r) => [...(r.toldTo ?? [])]))] as const));
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  cached = {
    verbs,
    toldToActs,
    adjectives,
    nouns,
    claimNouns: set(structure.claimNouns),
    denialVerbs: set(structure.denialVerbs),
    claimPronouns: set(structure.claimPronouns),
    dismissalVerbs: set(structure.dismissalVerbs),
    falsehoodNouns: set(structure.falsehoodNouns),
    lightVerbs: set(structure.lightVerbs),
    quantityNouns: set(structure.quantityNouns),
    callVerbs: set(structure.callVerbs),
    receivingVerbs: set(structure.receivingVerbs),
    plannedAux: set(structure.plannedAux),
    hypotheticalAux: set(structure.hypotheticalAux),
    deonticAux: set(structure.deonticAux),
    reportingVerbs: set(structure.reportingVerbs),
    reportedAdverbs: set(structure.reportedAdverbs),
    plannedVerbs: set(structure.plannedVerbs),
    negatingVerbs: set(structure.negatingVerbs),
    rejectableNouns: set(structure.rejectableNouns),
    askingNouns: set(structure.askingNouns),
    answeredNouns: set(structure.answeredNouns),
    requestNouns: set(structure.requestNouns),
    invitationNouns: set(structure.invitationNouns),
    documentNouns: set(structure.documentNouns),
    sendingVerbs: set(structure.sendingVerbs),
    voiceNouns: set(structure.voiceNouns),
    // a voice noun is an envoy noun too (rules/structure.json 'voiceNouns')
    envoyNouns: set([...structure.envoyNouns, ...structure.voiceNouns]),
    receivedEnvoyNouns: set(structure.receivedEnvoyNouns),
    staffNouns: set(structure.missionStaff.staffNouns),
    missionNouns: set(structure.missionStaff.missionNouns),
    armsNouns: set(structure.armsNouns),
    complementTargetTypes: new Set(structure.complementTargetTypes),
    conditionTargetTypes: new Set(structure.conditionTargetTypes),
    conditionMarks: set(structure.conditionMarks),
    warningModals: set(structure.warningModals),
    ownerTargetTypes: new Set(structure.ownerTargetTypes),
    attackedPlaceNouns: new Set(structure.attackedPlaceNouns),
    trespassVerbs: set(structure.trespassVerbs),
    territoryNouns: set(structure.territoryNouns),
    settingPreps: set(structure.settingPreps),
    firstPerson: set(structure.firstPerson),
    namingVerbs: set(structure.namingVerbs),
    pejoratives: set(structure.pejoratives),
    designationVerbs: set(structure.designationVerbs),
    listingVerbs: set(structure.listingVerbs),
    culpabilityWords: set(structure.culpabilityWords),
    misdeedVerbs: set(structure.misdeedVerbs),
    departureNouns: set(structure.departureNouns),
    misdeedObjects: new Map(Object.entries(structure.misdeedObjects).map(([verb, objects]) => [verb, set(objects)])),
    failureVerbs: set(structure.failureVerbs),
    dutyVerbs: set(structure.dutyVerbs),
    entitlementNouns: set(structure.entitlementNouns),
    burdenVerbs: set(structure.burdenVerbs),
    burdenNouns: set(structure.burdenNouns),
    refusalVerbs: set(structure.refusalVerbs),
    admissionVerbs: set(structure.admissionVerbs),
    refusalTypes: new Set(structure.refusalTypes),
    intendedRefusalTypes: new Set(structure.intendedRefusalTypes),
    unrecordedNegations: new Set(structure.unrecordedNegations),
    unreadRefusalWords: structure.unreadRefusalWords.map((w) => w.toLowerCase()),
    agentNouns: new Map(Object.entries(structure.agentNouns).flatMap(([type, nouns]) => nouns.map((n) => [n.toLowerCase(), type as RelationType] as const))),
  };
  return cached;
}

/** The envoys whose summoning is a protest to their state: the objects of the CRITICIZED rule of "summon" (rules/relations.json). */
export function summonedEnvoys(lex: Lexicon): ReadonlySet<string> {
  return new Set((lex.verbs.get('summon') ?? []).flatMap((rule) => (rule.type === 'CRITICIZED' && rule.objects ? [...rule.objects] : [])));
}
