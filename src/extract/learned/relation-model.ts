import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Classifier, linearModelSchema } from './model.js';
import { Reranker } from './rerank.js';

/** The committed model of the learned relation layer, written by `npm run train:relations`. */
export const RELATION_MODEL_FILE = fileURLToPath(new URL('./relation-model.json', import.meta.url));

export const relationModelFileSchema = z.object({
  /** FEATURE_VERSION of the code that computed its features. */
  featureVersion: z.number().int(),
  /** sha256 over the training briefings (text, gold, stored parse), in order: tells a stale model from a current one. */
  trainingHash: z.string(),
  /** The briefings it was trained on: folder (relative to the project) and file name of each text. */
  trainedOn: z.array(z.object({ folder: z.string(), file: z.string() })),
  examples: z.number().int(),
  model: linearModelSchema,
  /** The second stage (src/extract/learned/rerank.ts), trained on the same briefings' proposals scored out of fold. */
  reranker: linearModelSchema.optional(),
  /** How many proposals it was trained on. */
  rerankExamples: z.number().int().optional(),
});
export type RelationModelFile = z.infer<typeof relationModelFileSchema>;

let file: RelationModelFile | null = null;
let loaded: Classifier | null = null;
let loadedReranker: Reranker | null = null;

function modelFile(): RelationModelFile {
  if (!file) {
    const parsed = relationModelFileSchema.safeParse(JSON.parse(readFileSync(RELATION_MODEL_FILE, 'utf8')));
    if (!parsed.success) throw new Error(`${RELATION_MODEL_FILE}: not a relation model: ${parsed.error.message.slice(0, 200)}`);
    file = parsed.data;
  }
  return file;
}

/** The committed model, read once. */
export function loadRelationModel(): Classifier {
  loaded ??= new Classifier(modelFile().model);
  return loaded;
}

/** The committed second stage, read once. */
export function loadReranker(): Reranker {
  if (!loadedReranker) {
    const model = modelFile().reranker;
    if (!model) throw new Error(`${RELATION_MODEL_FILE} holds no reranker: npm run retrain`);
    loadedReranker = new Reranker(model);
  }
  return loadedReranker;
}
