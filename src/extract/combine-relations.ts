import { RELATION_TYPE_INFO } from '../vocabulary/relation-types.js';
import { resolveMerged, type Actor } from './actors.js';
import type { DraftRelation } from './relations/extract-relations.js';
import type { StructuralDraft } from './structure/structural-drafts.js';

/**
 * How surface and structural relations combine (chosen by measurement, see the README):
 * 'surface' the word-order rules only; 'structure' the dependency rules only; 'union' both;
 * 'supported' surface relations whose two actors the parse links within a few arcs, plus the structural ones;
 * 'surface+events' the surface rules plus the structural denials of a claim ("dismissed the report") and events
 * told as nouns ("held talks with", "drew condemnation from");
 * 'surface+structure' that, plus the structural verb relations of a sentence where the surface rules
 * read nothing of the same type or between the same two actors (the parse fills the gaps, it does not contradict);
 * 'learned' the learned layer's relations alone (src/extract/learned/);
 * 'surface+structure+learned' (the default since extractor 0.32.0) the rules' relations, plus the learned ones between
 * two actors of a sentence the rules read no relation between, and not read by the rules elsewhere in the briefing;
 * 'surface+structure-vetoed' the rules' relations ('surface+structure') less those the learned model, knowing the rules read them, gives
 * less than a veto probability; 'surface+structure-vetoed+learned' that plus the learned additions;
 * 'reranked' every proposal — the rules' relations and the learned ones not read by the rules in the same sentence —
 * for the reranker (src/extract/learned/rerank.ts) to decide on each.
 */
export type CombineMode =
  | 'surface'
  | 'structure'
  | 'union'
  | 'supported'
  | 'surface+events'
  | 'surface+structure'
  | 'learned'
  | 'surface+structure+learned'
  | 'surface+structure-vetoed'
  | 'surface+structure-vetoed+learned'
  | 'reranked';
export const COMBINE_MODES: readonly CombineMode[] = [
  'surface',
  'structure',
  'union',
  'supported',
  'surface+events',
  'surface+structure',
  'learned',
  'surface+structure+learned',
  'surface+structure-vetoed',
  'surface+structure-vetoed+learned',
  'reranked',
];
/** The modes that read the learned layer's relations (the others need not compute them). */
export const usesLearned = (mode: CombineMode) =>
  mode === 'learned' || mode === 'reranked' || mode.startsWith('surface+structure+') || mode.startsWith('surface+structure-');
export const DEFAULT_COMBINE_MODE: CombineMode = 'surface+structure+learned';
/** The modes that add the learned layer's relations to the rules': there its confidence is calibrated as theirs is. */
export const addsLearned = (mode: CombineMode) => mode === 'surface+structure+learned' || mode === 'surface+structure-vetoed+learned';
/** How the rule layers combine when the learned layer reads their relations, or adds to them. */
export const RULES_COMBINE_MODE: CombineMode = 'surface+structure';

export function combineRelations(
  mode: CombineMode,
  surface: DraftRelation[],
  structural: StructuralDraft[],
  linked: (r: DraftRelation) => boolean,
  learned: DraftRelation[] = [],
  vetoed: (r: DraftRelation) => boolean = () => false,
): DraftRelation[] {
  switch (mode) {
    case 'surface':
      return surface;
    case 'structure':
      return structural;
    case 'union':
      return [...surface, ...structural];
    case 'surface+events':
      return [
        ...surface,
        ...notSaid(
          surface,
          structural.filter((r) => r.via !== 'verb'),
        ),
      ];
    case 'learned':
      return learned;
    case 'surface+structure-vetoed':
      return combineRelations(RULES_COMBINE_MODE, surface, structural, linked).filter((r) => !vetoed(r));
    case 'surface+structure-vetoed+learned': {
      const kept = combineRelations('surface+structure-vetoed', surface, structural, linked, learned, vetoed);
      const read = new Set(combineRelations(RULES_COMBINE_MODE, surface, structural, linked).flatMap((r) => [pairKey(r), factKey(r)]));
      return [...kept, ...learned.filter((r) => !read.has(pairKey(r)) && !read.has(factKey(r)))];
    }
    case 'reranked': {
      const rules = combineRelations(RULES_COMBINE_MODE, surface, structural, linked);
      const read = new Set(rules.map((r) => `${r.sentence.index}|${factKey(r)}`));
      return [...rules, ...learned.filter((r) => !read.has(`${r.sentence.index}|${factKey(r)}`))];
    }
    case 'surface+structure+learned': {
      const rules = combineRelations(RULES_COMBINE_MODE, surface, structural, linked);
      // a relation the rules read anywhere in the briefing stands as they read it (its date, its sentence)
      const read = new Set(rules.flatMap((r) => [pairKey(r), factKey(r)]));
      return [...rules, ...learned.filter((r) => !read.has(pairKey(r)) && !read.has(factKey(r)))];
    }
    case 'surface+structure': {
      // "asked Britain's ambassador to leave the kingdom": an order to go is an expulsion (the parse sees what the object
      // is told to do: the EXPELLED entry's toldTo); a request of the same two actors by the same word is not read beside it
      const orders = structural.filter((r) => r.via === 'verb' && r.type === 'EXPELLED' && r.trigger !== undefined);
      const orderToGo = (d: DraftRelation) => d.type === 'REQUESTED' && orders.some((r) => r.trigger === d.trigger && pairKey(r) === pairKey(d));
      surface = surface.filter((d) => !orderToGo(d));
      structural = structural.filter((r) => !orderToGo(r));
      // "the group is financed by Iran", "Chile and Peru recalled their envoys from Bolivia, accusing it": where the two
      // layers read one clause's relation with a different agent or patient, the parse's reading stands (word order
      // cannot tell a passive's agent from its patient, nor which of several names a pronoun or a clause hangs from);
      // so for a symmetric type whose two readings share one party ("Biden is expected to meet Brazil's Jair Bolsonaro":
      // Bolsonaro, not Brazil; "Cardoso of Brazil … telephoned Wasmosy": Cardoso)
      const verbReadings = structural.filter((r) => r.via === 'verb');
      // (a speaker the surface rules made the agent of what he reports stands: "Vucic said Belgrade ... accused Pristina")
      // (a symmetric reading only where the parse names its other party in no reading of that type in the sentence:
      // "Russia and France have consulted …, with … Shoigu hosting …" keeps Russia, a party of the clause the parse reads
      // otherwise; a reading of another type naming it tells another clause, "dispatched Mapisa-Nqakula to Harare to meet
      // Mugabe", whose visit to Zimbabwe leaves the surface's Zimbabwe MET Mugabe misread)
      const unread = (d: DraftRelation) =>
        !RELATION_TYPE_INFO[d.type].symmetric ||
        (structural.every(
          (r) =>
            r.sentence !== d.sentence ||
            ![keyOf(r.source), keyOf(r.target)].includes(keyOf(d.source)) ||
            ![keyOf(r.source), keyOf(r.target)].includes(keyOf(d.target)),
        ) &&
          [d.source, d.target].some((a) =>
            structural.every((r) => r.sentence !== d.sentence || r.type !== d.type || (keyOf(r.source) !== keyOf(a) && keyOf(r.target) !== keyOf(a))),
          ));
      const misread = (d: DraftRelation) =>
        unread(d) &&
        verbReadings.some((r) => contradicts(d, r) && !(r.speaker && keyOf(r.speaker) === keyOf(d.source))) &&
        !verbReadings.some((r) => sameReading(d, r));
      const kept = surface.filter((d) => !misread(d));
      // every parse reading of a clause it corrected stands, not only the one that contradicts: "Chile and Peru ... accusing it"
      const corrected = surface.filter(misread);
      const reversed = verbReadings.filter(
        (r) => corrected.some((d) => d.sentence === r.sentence && d.type === r.type) && !kept.some((d) => sameReading(d, r)),
      );
      const events = notSaid(
        kept,
        structural.filter((r) => r.via !== 'verb' && !reversed.includes(r)),
      );
      const verbs = structural.filter((r) => r.via === 'verb' && !reversed.includes(r) && !kept.some((d) => d.sentence === r.sentence && overlaps(d, r)));
      // "Fico flew to Kiev and Moscow", "Britain and France condemned the raid": where the parse confirms the surface
      // reading of a clause, its other readings of that type sharing one end are the clause's coordinated arguments
      const confirmed = structural.filter((r) => r.via === 'verb' && kept.some((d) => sameReading(d, r)));
      const coordinated = structural.filter(
        (r) =>
          r.via === 'verb' &&
          !reversed.includes(r) &&
          !verbs.includes(r) &&
          !kept.some((d) => sameReading(d, r)) &&
          confirmed.some(
            (c) =>
              c.sentence === r.sentence &&
              c.type === r.type &&
              c.trigger === r.trigger &&
              (keyOf(c.source) === keyOf(r.source)) !== (keyOf(c.target) === keyOf(r.target)),
          ),
      );
      return [...kept, ...reversed, ...events, ...verbs, ...coordinated];
    }
    case 'supported': {
      const found = new Set(structural.map((r) => pairKey(r)));
      return [...surface.filter((r) => found.has(pairKey(r)) || linked(r)), ...structural];
    }
  }
}

/** The structural relations the surface rules did not already read (same sentence, same two actors, same type): where both read an event, the surface reading (its date) stands. */
function notSaid(surface: DraftRelation[], structural: StructuralDraft[]): StructuralDraft[] {
  const said = new Set(surface.map((r) => `${pairKey(r)}|${r.type}`));
  return structural.filter((r) => !said.has(`${pairKey(r)}|${r.type}`));
}

/**
 * Two readings of one sentence of one type with a party in common, or between the same two actors: the surface one
 * stands (the parse's would be a variant of it). Readings of one type with no party in common tell two events ("Hariri
 * arrived in Paris and was received by Macron at the Elysee Palace" beside another meeting the surface rules read), and
 * readings of two types sharing one end two clauses ("Garcia, who received him on Monday, urged both countries"); so do
 * readings told by two different words ("Clinton telephoned Isaias and Meles and asked them to accept a moratorium":
 * PHONED and REQUESTED; "condemned the raid and later criticised Rome").
 */
const overlaps = (a: DraftRelation, b: DraftRelation) =>
  !toldByTwoWords(a, b) &&
  ((a.type === b.type && [keyOf(a.source), keyOf(a.target)].some((k) => k === keyOf(b.source) || k === keyOf(b.target))) ||
    (keyOf(a.source) === keyOf(b.source) && keyOf(a.target) === keyOf(b.target)));

/** Both readings know the word that told them, and they are two words. */
const toldByTwoWords = (a: DraftRelation, b: DraftRelation) => a.trigger !== undefined && b.trigger !== undefined && a.trigger !== b.trigger;

/**
 * Two readings of one sentence's relation of one type that share one end and differ on the other (or swap them), or
 * that read the same trigger word with other parties altogether ("telephoned King Fahd of Saudi Arabia and Sheikh
 * Khalifa to urge restraint": the caller urged those called, where word order took the names around it).
 */
const contradicts = (d: DraftRelation, r: DraftRelation) =>
  d.sentence === r.sentence &&
  d.type === r.type &&
  ((RELATION_TYPE_INFO[d.type].symmetric
    ? [keyOf(d.source), keyOf(d.target)].filter((k) => k === keyOf(r.source) || k === keyOf(r.target)).length === 1
    : (keyOf(d.source) === keyOf(r.target) && keyOf(d.target) === keyOf(r.source)) ||
      (keyOf(d.source) === keyOf(r.source)) !== (keyOf(d.target) === keyOf(r.target))) ||
    (d.trigger !== undefined &&
      d.trigger === r.trigger &&
      ![keyOf(r.source), keyOf(r.target)].includes(keyOf(d.source)) &&
      ![keyOf(r.source), keyOf(r.target)].includes(keyOf(d.target))));

const sameReading = (d: DraftRelation, r: DraftRelation) =>
  d.sentence === r.sentence &&
  d.type === r.type &&
  ((keyOf(d.source) === keyOf(r.source) && keyOf(d.target) === keyOf(r.target)) ||
    (RELATION_TYPE_INFO[d.type].symmetric && keyOf(d.source) === keyOf(r.target) && keyOf(d.target) === keyOf(r.source)));

/**
 * An actor's key once merges are followed: two spellings the registry joined after reading ("Erdogan", "Erdoğan") are one
 * party, so a parse reading that reverses the surface one is seen to contradict it.
 */
const keyOf = (a: Actor) => resolveMerged(a).key;

/** A relation as a fact of the briefing, wherever it is said: its type and its two actors (either order for a symmetric type). */
export const factKey = (r: DraftRelation) =>
  [r.type, ...(RELATION_TYPE_INFO[r.type].symmetric ? [keyOf(r.source), keyOf(r.target)].sort((x, y) => x - y) : [keyOf(r.source), keyOf(r.target)])].join('|');

const pairKey = (r: DraftRelation) => [r.sentence.index, ...[keyOf(r.source), keyOf(r.target)].sort((x, y) => x - y)].join('|');
