import type { TextVectors } from '../../nlp/encoder/encoder-client.js';
import type { PairCandidate } from './candidates.js';

/**
 * The encoder's unit vectors are multiplied by this before the model reads them: their components (about ±0.05) then
 * weigh like the sparse features' ones in the same gradient steps (chosen by cross-validation: docs/extraction.md).
 */
const ENCODED_SCALE = 3;

/** The dense features of each candidate: the sentence encoder's vector of its pair text, scaled. In candidate order. */
export function encodedPairs(candidates: readonly PairCandidate[], vectors: TextVectors): Float32Array[] {
  return vectors.vectors(candidates.map((c) => c.text)).map((v) => v.map((x) => x * ENCODED_SCALE));
}
