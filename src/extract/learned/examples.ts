import type { ParsedDocument } from '../../nlp/document.js';
import { readWithStructure, ruleRelations, type BriefingMetaInput, type BriefingReading } from '../extract-briefing.js';
import { loadLexicon } from '../structure/lexicon.js';
import type { Actor } from '../actors.js';
import { labelPairs } from './align.js';
import { pairCandidates, type PairCandidate } from './candidates.js';
import type { TrainingExample } from './model.js';
import { encodedPairs } from './encoded-pairs.js';
import type { TextVectors } from '../../nlp/encoder/encoder-client.js';
import { ruleProposals } from './rule-proposals.js';
import type { AnnotatedBriefing } from './training-set.js';

/** A briefing's candidate pairs, read by the same actor and rule layers as extraction. */
export function briefingCandidates(
  text: string,
  meta: BriefingMetaInput,
  parse: ParsedDocument,
): { reading: BriefingReading; resolve: (a: Actor) => Actor; candidates: PairCandidate[] } {
  const { reading, structural } = readWithStructure(text, meta, { parse });
  const resolve = reading.registry.resolve.bind(reading.registry);
  const { surface, spans } = reading;
  const rules = ruleRelations(surface, structural);
  const candidates = pairCandidates(parse, spans, resolve, loadLexicon(), ruleProposals(parse, rules, resolve));
  return { reading, resolve, candidates };
}

/**
 * The labelled pairs of an annotated briefing as training examples; with `vectors`, each carries the sentence encoder's
 * reading of its pair as dense features.
 */
export function trainingExamples(briefing: AnnotatedBriefing, vectors: TextVectors | null): TrainingExample[] {
  const { gold, text, parse } = briefing;
  const { resolve, candidates } = briefingCandidates(text, { publishedAt: gold.briefing.publishedAt, id: gold.briefing.id }, parse);
  const labelled = labelPairs(text, parse, candidates, gold, resolve);
  const dense = vectors
    ? encodedPairs(
        labelled.map((p) => p.candidate),
        vectors,
      )
    : null;
  return labelled.map((p, i) => ({ features: p.candidate.features, ...(dense ? { dense: dense[i]! } : {}), label: p.label }));
}
