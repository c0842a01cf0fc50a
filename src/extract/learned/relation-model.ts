import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Classifier, linearModelSchema } from './model.js';

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
});
export type RelationModelFile = z.infer<typeof relationModelFileSchema>;

let loaded: Classifier | null = null;

/** The committed model, read once. */
export function loadRelationModel(): Classifier {
  if (!loaded) {
    const parsed = relationModelFileSchema.safeParse(JSON.parse(readFileSync(RELATION_MODEL_FILE, 'utf8')));
    if (!parsed.success) throw new Error(`${RELATION_MODEL_FILE}: not a relation model: ${parsed.error.message.slice(0, 200)}`);
    loaded = new Classifier(parsed.data.model);
  }
  return loaded;
}
