import type { ParsedDocument } from '../../nlp/document.js';
import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import { sentenceMentions } from '../learned/mentions.js';
import type { DraftRelation } from '../relations/types.js';
import type { ActorLocator } from '../structure/actor-spans.js';
import { DependencyGraph } from '../structure/dependency-graph.js';
import { precisionRules } from './precision-rules.js';

/**
 * Precision guard: an actor a sentence names only as the one an event befalls — the possessor or the "of" of a noun of
 * rules/precision.json `patientNouns` ("demanded the release of President Bazoum", "demanded his immediate release",
 * "would not ask for Ocalan's extradition", "condemned the arrest of") — is no party to what the sentence tells of that
 * event: the demand goes to whoever holds them, the condemnation to whoever arrested them. A relation of the types of
 * `patientNotTargetOf` whose target the sentence names only so is dropped.
 */

/** How an actor is named in one parse sentence: whether every one of its mentions there is an event's patient. */
type PatientReading = Map<Actor, boolean>;

function patientReading(parse: ParsedDocument, s: number, locate: ActorLocator, nouns: ReadonlySet<string>): PatientReading {
  const g = new DependencyGraph(parse.sentences[s]!);
  const reading: PatientReading = new Map();
  for (const m of sentenceMentions(parse, s, g, locate)) {
    const patient = g.incoming(m.head).some((a) => (a.rel === 'nmod:poss' || a.rel === 'nmod:of') && nouns.has(g.lemma(a.gov)));
    reading.set(m.actor, (reading.get(m.actor) ?? true) && patient);
  }
  return reading;
}

/** The relations left once those whose target their sentence names only as an event's patient are dropped. */
export function withoutPatientTargets<R extends DraftRelation>(
  relations: readonly R[],
  parse: ParsedDocument,
  locate: ActorLocator,
  resolve: (a: Actor) => Actor,
): R[] {
  const rules = precisionRules();
  const nouns = new Set(rules.patientNouns);
  const types = new Set<RelationType>(rules.patientNotTargetOf);
  const readings = new Map<number, PatientReading>();
  const readingOf = (s: number) => readings.get(s) ?? readings.set(s, patientReading(parse, s, locate, nouns)).get(s)!;
  return relations.filter((r) => {
    if (!types.has(r.type)) return true;
    const target = resolve(r.target);
    const told = parse.sentences.flatMap((ps, s) => (ps.start < r.sentence.end && r.sentence.start < ps.end ? [readingOf(s).get(target)] : []));
    const named = told.filter((patient) => patient !== undefined);
    return named.length === 0 || named.some((patient) => !patient);
  });
}
