import { z } from 'zod';
import { RELATION_TYPES } from '../../vocabulary/relation-types.js';
import { loadRulesFile } from '../rules.js';

/**
 * rules/precision.json, the word lists of the precision guards (its $comment says what each list means): read and
 * validated once here for every guard that uses one (unasserted.ts, event-makers.ts, patients.ts,
 * complement-targets.ts, reactors.ts, demand-calls.ts, questions.ts, removals.ts).
 */
const precisionFile = z.object({
  requestVerbs: z.array(z.string()),
  offerWords: z.array(z.string()),
  cancelVerbs: z.array(z.string()),
  endVerbs: z.array(z.string()),
  denyVerbs: z.array(z.string()),
  accuseVerbs: z.array(z.string()),
  eventMakerTargetOf: z.array(z.enum(RELATION_TYPES)),
  patientNouns: z.array(z.string()),
  /** Nouns whose possessor is the doer and whose 'of' the one the event befalls ('the Russian invasion of Ukraine'). */
  ofPatientNouns: z.array(z.string()),
  patientNotTargetOf: z.array(z.enum(RELATION_TYPES)),
  reactionVerbs: z.array(z.string()),
  demandCallNouns: z.array(z.string()),
  questionVerbs: z.array(z.string()),
  objectRequestVerbs: z.array(z.string()),
  addresseeComplements: z.partialRecord(z.enum(RELATION_TYPES), z.array(z.string())),
  addresseePreps: z.array(z.string()),
  conditionMarks: z.array(z.string()),
  removalVerbs: z.array(z.string()),
  invitationVerbs: z.array(z.string()),
  acceptanceVerbs: z.array(z.string()),
  officeNouns: z.array(z.string()),
  removalNotTargetOf: z.array(z.enum(RELATION_TYPES)),
});
export type PrecisionRules = z.infer<typeof precisionFile>;

let cached: PrecisionRules | null = null;

/** The precision guards' word lists. */
export function precisionRules(): PrecisionRules {
  cached ??= loadRulesFile(precisionFile, 'precision.json');
  return cached;
}
