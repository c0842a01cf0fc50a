import { z } from 'zod';

/**
 * Nearest-neighbour features over the sentence encoder's vectors: how close a pair's text comes to the texts of the
 * relations the model was trained on, per relation type. A linear model over the 384 raw dimensions needs far more
 * examples than ~800 relations to learn which directions mean "criticised"; the neighbours carry what each training
 * relation looked like, so "SOURCE decried the attack on TARGET" lands next to "SOURCE condemned the strike on TARGET".
 */

/** Similarities at which a neighbour counts, as cumulative buckets (a pair 0.85 from a CRITICIZED text fires @0.6, @0.7, @0.8). */
const SIMILARITY_BUCKETS = [0.6, 0.7, 0.8, 0.9] as const;
/** Vector components are stored as signed bytes over this range: unit vectors' components stay well inside ±0.5. */
const QUANTISATION_RANGE = 0.5;
const BYTE_STEPS = 127;

/** A training relation's vector and type; `group` is its briefing, so a briefing's own relations are not its neighbours. */
export interface Prototype {
  vector: Float32Array;
  label: string;
  group: string;
}

/** The neighbour features of a vector among the prototypes (those of group `exclude` left out). */
export function neighbourFeatures(vector: Float32Array, prototypes: readonly Prototype[], exclude?: string): string[] {
  const best = new Map<string, number>();
  let top: { label: string; similarity: number } | null = null;
  for (const p of prototypes) {
    if (p.group === exclude) continue;
    const similarity = dot(vector, p.vector);
    if (similarity > (best.get(p.label) ?? -1)) best.set(p.label, similarity);
    if (!top || similarity > top.similarity) top = { label: p.label, similarity };
  }
  const out: string[] = [];
  for (const [label, similarity] of [...best.entries()].sort(([x], [y]) => x.localeCompare(y)))
    for (const b of SIMILARITY_BUCKETS) if (similarity >= b) out.push(`near=${label}@${b}`);
  if (top) for (const b of SIMILARITY_BUCKETS) if (top.similarity >= b) out.push(`nearest=${top.label}@${b}`);
  return out;
}

export const storedPrototypesSchema = z.object({
  dimensions: z.number().int().positive(),
  labels: z.array(z.string()),
  /** Every prototype's vector, in `labels` order, as signed bytes (base64). */
  vectors: z.string(),
});
export type StoredPrototypes = z.infer<typeof storedPrototypesSchema>;

/** Prototypes as the model file keeps them: 384 bytes a vector instead of 384 numbers. */
export function storePrototypes(prototypes: readonly Prototype[]): StoredPrototypes {
  const dimensions = prototypes[0]?.vector.length ?? 1;
  const bytes = new Int8Array(prototypes.length * dimensions);
  prototypes.forEach((p, i) =>
    p.vector.forEach((x, k) => (bytes[i * dimensions + k] = Math.max(-BYTE_STEPS, Math.min(BYTE_STEPS, Math.round((x / QUANTISATION_RANGE) * BYTE_STEPS))))),
  );
  return { dimensions, labels: prototypes.map((p) => p.label), vectors: Buffer.from(bytes.buffer).toString('base64') };
}

/** The stored prototypes as vectors again (each renormalised to unit length after quantisation). */
export function loadPrototypes(stored: StoredPrototypes): Prototype[] {
  const bytes = new Int8Array(Buffer.from(stored.vectors, 'base64'));
  const n = stored.labels.length;
  if (bytes.length !== n * stored.dimensions) throw new Error(`stored prototypes: ${bytes.length} bytes for ${n} vectors of ${stored.dimensions}`);
  return stored.labels.map((label, i) => {
    const vector = Float32Array.from(bytes.subarray(i * stored.dimensions, (i + 1) * stored.dimensions), (b) => (b / BYTE_STEPS) * QUANTISATION_RANGE);
    const norm = Math.sqrt(dot(vector, vector)) || 1;
    return { vector: vector.map((x) => x / norm), label, group: '' };
  });
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let k = 0; k < a.length; k += 1) sum += a[k]! * b[k]!;
  return sum;
}
