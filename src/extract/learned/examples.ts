import { readBriefing } from '../extract-briefing.js';
import { loadLexicon } from '../structure/lexicon.js';
import { labelPairs } from './align.js';
import { pairCandidates } from './candidates.js';
import type { TrainingExample } from './model.js';
import type { AnnotatedBriefing } from './training-set.js';

/** The labelled pairs of an annotated briefing, read by the same actor layer as extraction, as training examples. */
export function trainingExamples(briefing: AnnotatedBriefing): TrainingExample[] {
  const { gold, text, parse } = briefing;
  const reading = readBriefing(text, { publishedAt: gold.briefing.publishedAt, id: gold.briefing.id }, { parse });
  const resolve = reading.registry.resolve.bind(reading.registry);
  const candidates = pairCandidates(parse, reading.spans, resolve, loadLexicon());
  return labelPairs(text, parse, candidates, gold, resolve).map((p) => ({ features: p.candidate.features, label: p.label }));
}
