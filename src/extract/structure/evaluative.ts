import type { RelationType } from '../../vocabulary/relation-types.js';
import { prepositionOf, type DependencyGraph } from './dependency-graph.js';
import type { Lexicon } from './lexicon.js';

/**
 * Relations told by an evaluation rather than an event verb: a predicative adjective of the lexicon ("Ankara remained
 * critical of Paris", "supportive of Kyiv") and an actor or its deed named with a word of disapproval ("called Russia
 * an enemy", "described the strikes as excessive", "said Moscow's decision was regrettable"). Token indices only: the
 * caller turns them into actors (targets may stand for their owner: "China's move").
 */
export interface EvaluativeReading {
  type: RelationType;
  sources: number[];
  targets: number[];
  /** The token the evidence is placed at, and the clause whose modality and date the relation takes. */
  trigger: number;
  clause: number;
  confidence: number;
  /** An accusation by a speaker of a deed told in its clause: never of the speaker's own side ("the Pakistani premier said Pakistan had retaliated"). */
  othersOnly?: boolean;
  /** Only from a speaker whose side is known: a person with no state or body named may be speaking for the target ("Prime Minister Ahmet Davutoglu said Turkey had every right to …"). */
  sidedSourcesOnly?: boolean;
}

/** A disapproving or culpable name or predicate reads less directly than "criticised" or "accused". */
const JUDGEMENT_CONFIDENCE = 0.65;
/** A deed reported as someone else's is an accusation told less directly than "accused". */
const REPORTED_DEED_CONFIDENCE = 0.6;
/** Arcs by which a naming verb takes its name ("called it a provocation", "described it as excessive"). */
const NAME_RELS = new Set(['xcomp', 'obl:as', 'advcl:as']);

/** All readings of the token: its adjective rules, and a pejorative it heads. */
export function evaluativeReadings(g: DependencyGraph, token: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  return [
    ...adjectiveReadings(g, token, lex, subjectsOf),
    ...namingReadings(g, token, lex, subjectsOf),
    ...predicateReadings(g, token, lex, subjectsOf),
    ...reportedDeedReadings(g, token, lex, subjectsOf),
    ...entitlementReadings(g, token, lex, subjectsOf),
    ...refusedAdmissionReadings(g, token, lex, subjectsOf),
    ...designationReadings(g, token, lex, subjectsOf),
  ];
}

/** Words of a terrorist designation ("a terrorist organisation", "state sponsors of terrorism"). */
const TERROR = /^terror/;

/**
 * "Parliament designated the TPLF a terrorist organisation", "put Cuba back on the list of state sponsors of
 * terrorism", "added Huawei to its entity list": a designation or a listing sanctions the one named or listed.
 */
function designationReadings(g: DependencyGraph, verb: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.pos(verb).startsWith('VB')) return [];
  const lemma = g.lemma(verb).toLowerCase();
  const terrorWord = (t: number) =>
    TERROR.test(g.lemma(t).toLowerCase()) || [...g.children(t, 'amod'), ...g.children(t, 'compound')].some((m) => TERROR.test(g.lemma(m).toLowerCase()));
  if (lex.designationVerbs.has(lemma)) {
    return namings(g, verb).flatMap(({ named, name }) =>
      terrorWord(name) && named.length
        ? [
            {
              type: 'SANCTIONED' as const,
              sources: subjectsOf(verb),
              targets: judged(g, named, lex),
              trigger: verb,
              clause: verb,
              confidence: JUDGEMENT_CONFIDENCE,
            },
          ]
        : [],
    );
  }
  if (!lex.listingVerbs.has(lemma)) return [];
  // (CoreNLP hangs "on the list" on "back" in "put Cuba back on the list")
  const heads = [verb, ...g.children(verb, 'advmod')];
  const lists = heads.flatMap((h) => [...g.children(h, 'obl:on'), ...g.children(h, 'obl:to')]).filter((l) => /list$/.test(g.lemma(l).toLowerCase()));
  if (!lists.length) return [];
  return [
    {
      type: 'SANCTIONED',
      sources: subjectsOf(verb),
      targets: judged(g, g.children(verb, 'obj'), lex),
      trigger: verb,
      clause: verb,
      confidence: JUDGEMENT_CONFIDENCE,
    },
  ];
}

/** "X is critical of Y", "X remained supportive of Y", "X, grateful to Y, …": the adjective's subject and its oblique. */
function adjectiveReadings(g: DependencyGraph, adj: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.pos(adj).startsWith('JJ')) return [];
  const rules = lex.adjectives.get(g.lemma(adj)) ?? lex.adjectives.get(g.word(adj)) ?? [];
  if (!rules.length) return [];
  // "X was critical of": the adjective's own subject; "X remained critical of": the subject of the verb it completes
  const own = g.children(adj, 'nsubj');
  const sources = own.length ? own : g.parents(adj, 'xcomp').flatMap(subjectsOf);
  return rules.map((rule) => ({
    type: rule.type,
    sources,
    targets: g
      .outgoing(adj)
      .filter((a) => (a.rel.startsWith('obl:') || a.rel.startsWith('nmod:')) && rule.preps.includes(prepositionOf(a.rel) ?? ''))
      .map((a) => a.dep),
    trigger: adj,
    clause: adj,
    confidence: rule.confidence,
  }));
}

/**
 * What naming or describing with this word says of the named: a culpability word accuses it ("held Russia
 * responsible", "said the group was behind the attack"), a disapproving word criticises it ("a grave error", "an act of
 * aggression": the word, a modifier of it, or what an "act" is of); anything else says nothing.
 */
function judgement(g: DependencyGraph, token: number, lex: Lexicon): RelationType | null {
  const culpable = lex.culpabilityWords.has(g.lemma(token)) || g.children(token, 'case').some((c) => g.word(c) === 'behind');
  if (culpable) return 'ACCUSED';
  const said = (t: number) => lex.pejoratives.has(g.lemma(t).toLowerCase()) || lex.pejoratives.has(g.word(t).toLowerCase());
  const disapproving = (t: number) => said(t) || g.children(t, 'amod').some(said) || (g.lemma(t) === 'act' && g.children(t, 'nmod:of').some(said));
  // "called the measure unfounded and unacceptable": any name of a coordination
  const pejorative = disapproving(token) || g.children(token, (rel) => rel.startsWith('conj')).some(disapproving);
  return pejorative ? 'CRITICIZED' : null;
}

/**
 * Who is judged: a name ("called Russia an enemy"), or the owner of a deed ("China's move", "the decision of Tirana",
 * "the Israeli strikes"). Never a pronoun or a bare common noun, which coreference joins to actors too loosely here
 * ("this is a reminder of the threat", "the move would be a dangerous step"); never a claim, whose dismissal is a denial.
 */
function judged(g: DependencyGraph, tokens: number[], lex: Lexicon): number[] {
  return tokens.flatMap((t) => {
    if (g.pos(t).startsWith('NNP')) return [t];
    if (!g.pos(t).startsWith('NN') || lex.claimNouns.has(g.lemma(t))) return [];
    for (const rel of ['nmod:poss', 'nmod:of', 'nmod:by']) {
      const owners = g.children(t, rel);
      if (owners.length) return owners;
    }
    return [...g.children(t, 'compound'), ...g.children(t, 'amod')].filter((o) => g.pos(o).startsWith('NNP') || g.pos(o) === 'JJ');
  });
}

/** "called China's move provocative", "held Russia responsible", "described the strikes as excessive": the namer criticises or accuses the named. */
function namingReadings(g: DependencyGraph, verb: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.pos(verb).startsWith('VB') || !lex.namingVerbs.has(g.lemma(verb))) return [];
  return namings(g, verb).flatMap(({ named, name }) => {
    const type = judgement(g, name, lex);
    if (!type || !named.length) return [];
    return [{ type, sources: subjectsOf(verb), targets: judged(g, named, lex), trigger: verb, clause: verb, confidence: JUDGEMENT_CONFIDENCE }];
  });
}

/**
 * What a naming verb names, and the name it gives, in each shape CoreNLP gives the small clause: the name by its own
 * arc ("called [Croatia's decision] a provocation", "described it as excessive": the named the verb's object or the
 * small clause's subject), the named an indirect object ("called Bush a danger"), and the shapes of a quoted name,
 * which CoreNLP hangs on the object: a dependent after it ('called the verdict "chilling"'), an adjective after it
 * ('called the decision "hasty and regrettable"'), a dependent before it ('called Russia "an enemy"'), a compound
 * of it ("called the declaration wrong"), a second object ('called the mutiny "a stab in the back" and "treason"').
 */
function namings(g: DependencyGraph, verb: number): { named: number[]; name: number }[] {
  const objects = g.children(verb, 'obj');
  const found = g
    .outgoing(verb)
    .filter((a) => NAME_RELS.has(a.rel))
    .map((a) => ({ named: [...objects, ...g.children(a.dep, 'nsubj')], name: a.dep }));
  const indirect = g.children(verb, 'iobj');
  for (const o of objects) {
    if (indirect.length) found.push({ named: indirect, name: o });
    for (const d of g.children(o, 'dep')) found.push(d > o ? { named: [o], name: d } : { named: [d], name: o });
    for (const m of g.children(o, 'amod')) if (m > o) found.push({ named: [o], name: m });
    for (const c of g.children(o, 'compound')) if (c < o && !g.pos(c).startsWith('NNP')) found.push({ named: [c], name: o });
  }
  const [first, ...others] = objects;
  if (first !== undefined) for (const o of others) if (o > first) found.push({ named: [first], name: o });
  return found;
}

/** "Lavrov said Kyiv's decision was regrettable", "said Tehran was behind the attack": a judgement of an actor or its deed, told by a reporting verb's subject. */
function predicateReadings(g: DependencyGraph, predicate: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.children(predicate, 'cop').length) return [];
  const type = judgement(g, predicate, lex);
  const subject = g.children(predicate, 'nsubj');
  if (!type || !subject.length) return [];
  const reporting = g.parents(predicate, 'ccomp').filter((v) => lex.reportingVerbs.has(g.lemma(v)));
  return reporting.map((verb) => ({
    type,
    sources: subjectsOf(verb),
    targets: judged(g, subject, lex),
    trigger: predicate,
    clause: predicate,
    confidence: JUDGEMENT_CONFIDENCE,
  }));
}

/**
 * "Bush said Israel had a right to defend itself", "the Foreign Office said American warships in the Gulf had the right
 * to defend themselves": an entitlement to act (`entitlementNouns`, with its infinitive) granted in reported speech to
 * someone of another side is the speaker's support of them — of the actor said to hold it, or the owner of what does
 * ("American warships"). Not a right the clause denies ("had no right to interfere"), nor one the speaker claims for
 * its own side ("Davutoglu said Turkey had every right to protect its borders": `othersOnly`).
 */
function entitlementReadings(g: DependencyGraph, verb: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.pos(verb).startsWith('VB') || g.lemma(verb) !== 'have') return [];
  // the infinitive hangs on the noun or, as CoreNLP mostly has it, on "have" ("has the right [to defend itself]")
  const toAct = (t: number) => g.children(t, (rel) => rel.startsWith('acl') || rel === 'ccomp' || rel === 'xcomp').some((v) => g.pos(v) === 'VB');
  const granted = g
    .children(verb, 'obj')
    .some((o) => lex.entitlementNouns.has(g.lemma(o)) && !g.children(o, 'det').some((d) => g.lemma(d) === 'no') && (toAct(o) || toAct(verb)));
  if (!granted || toldNotDone(g, verb)) return [];
  const holders = judged(g, g.children(verb, 'nsubj'), lex);
  if (!holders.length) return [];
  const reporting = g.parents(verb, 'ccomp').filter((v) => lex.reportingVerbs.has(g.lemma(v)) && g.pos(v).startsWith('VB'));
  return reporting.map((said) => ({
    type: 'SUPPORTED',
    sources: subjectsOf(said),
    targets: holders,
    trigger: verb,
    clause: said,
    confidence: JUDGEMENT_CONFIDENCE,
    othersOnly: true,
    sidedSourcesOnly: true,
  }));
}

/**
 * "Hungary, Romania and Bulgaria have refused to allow Russian planes … to cross their airspace", "His Majesty declined
 * to receive him", "refused to let him interrupt": refusing to admit someone (`refusalVerbs` with one of
 * `admissionVerbs`) rejects them — the one named, or the owner of what would have come in ("Russian planes", "its
 * officers"). The pronoun stands as coreference resolved it: the object of such a verb is the person come to ask.
 */
function refusedAdmissionReadings(g: DependencyGraph, verb: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.pos(verb).startsWith('VB') || !lex.refusalVerbs.has(g.lemma(verb))) return [];
  const admissions = g.children(verb, 'xcomp').filter((v) => lex.admissionVerbs.has(g.lemma(v)));
  const refused = admissions.flatMap((v) => g.children(v, 'obj'));
  const targets = [...refused.filter((o) => g.pos(o) === 'PRP'), ...judged(g, refused, lex)];
  if (!targets.length) return [];
  return [{ type: 'REJECTED', sources: subjectsOf(verb), targets, trigger: verb, clause: verb, confidence: JUDGEMENT_CONFIDENCE, othersOnly: true }];
}

/** Negators of a reported deed ("said Kyiv had not attacked"): such a clause clears its subject, it does not accuse it. */
const DEED_NEGATORS = new Set(['not', "n't", 'never']);

/** A deed told as not done: "had not attacked", "never annexed". */
export const toldNotDone = (g: DependencyGraph, verb: number): boolean => g.children(verb, 'advmod').some((a) => DEED_NEGATORS.has(g.lemma(a)));

/**
 * "Mirzoyan said that Azerbaijan had attacked a population …", "Vietnam says Chinese vessels rammed its ships", "Israel
 * says the group is armed and financed by Iran": a wrongful deed (`misdeedVerbs`)
 * told in a reporting verb's clause accuses its agent — the speaker ACCUSED whoever the clause says did it, or the owner
 * of the forces it names ("Azerbaijani forces had fired"). The deed itself stays the surface and verb rules' to read.
 * A failing (`failureVerbs`) told so criticises its subject: "Lavrov said the United States had failed to deliver on
 * its commitments" (the speaker CRITICIZED whoever the clause says failed).
 */
function reportedDeedReadings(g: DependencyGraph, verb: number, lex: Lexicon, subjectsOf: (verb: number) => number[]): EvaluativeReading[] {
  if (!g.pos(verb).startsWith('VB')) return [];
  // "Lavrov said the United States had failed to deliver", "said Montevideo had refused to share": a failing told of someone criticises them
  // "Butler told the Council that Iraq had not cooperated fully": a duty told not done is a failing too
  const negated = toldNotDone(g, verb);
  const type: RelationType | null = negated
    ? lex.dutyVerbs.has(g.lemma(verb))
      ? 'CRITICIZED'
      : null
    : isMisdeed(g, verb, lex)
      ? 'ACCUSED'
      : lex.failureVerbs.has(g.lemma(verb))
        ? 'CRITICIZED'
        : null;
  if (!type) return [];
  const told = toldClause(g, verb, lex);
  if (told === null) return [];
  const reporting = g.parents(told, 'ccomp').filter((v) => lex.reportingVerbs.has(g.lemma(v)) && g.pos(v).startsWith('VB'));
  if (!reporting.length) return [];
  const passive = g.children(verb, 'nsubj:pass').length > 0 || g.children(verb, 'aux:pass').length > 0;
  // "said Russian aircraft had continued to bomb targets": a deed controlled by its clause's verb is done by that verb's subject
  const agents = passive
    ? [...g.children(verb, 'obl:agent'), ...g.children(verb, 'obl:by')]
    : g.children(verb, (rel) => rel === 'nsubj' || rel === 'nsubj:xsubj');
  const targets = judged(g, agents, lex);
  if (!targets.length) return [];
  return reporting.map((said) => ({
    type,
    sources: subjectsOf(said),
    targets,
    trigger: verb,
    clause: said,
    confidence: REPORTED_DEED_CONFIDENCE,
    othersOnly: true,
  }));
}

/** A deed that wrongs someone (`misdeedVerbs`; not every ATTACKED verb is one: "repelled the incursions"). */
function isMisdeed(g: DependencyGraph, verb: number, lex: Lexicon): boolean {
  // "said Damascus bore responsibility for the attack": bearing the blame names the culprit as a deed would
  const burden = lex.burdenVerbs.has(g.lemma(verb)) && g.children(verb, 'obj').some((o) => lex.burdenNouns.has(g.lemma(o)));
  // "said Chinese warships opened fire", "said Djibouti had launched an unprovoked attack"
  const deedObjects = lex.misdeedObjects.get(g.lemma(verb));
  const wrongfulObject = !!deedObjects && g.children(verb, 'obj').some((o) => deedObjects.has(g.lemma(o)));
  return burden || wrongfulObject || lex.misdeedVerbs.has(g.lemma(verb));
}

/** How many controlling verbs a deed is followed up through to the clause a reporting verb tells. */
const MAX_CONTROL_CLIMB = 2;

/**
 * The head of the reported clause a deed stands in: the deed itself, or the verb whose infinitive it is ("said Russian
 * aircraft had continued to bomb", "said al-Bashir wanted to destabilise Chad"), up to two such verbs — never through
 * one that negates it ("had refused to share", "failed to", `negatingVerbs`). Null when a negating verb controls it.
 */
function toldClause(g: DependencyGraph, verb: number, lex: Lexicon): number | null {
  let head = verb;
  for (let depth = 0; depth < MAX_CONTROL_CLIMB; depth += 1) {
    const up = g.parents(head, 'xcomp').find((v) => g.pos(v).startsWith('VB'));
    if (up === undefined) break;
    if (lex.negatingVerbs.has(g.lemma(up)) || toldNotDone(g, up)) return null;
    head = up;
  }
  return head;
}
