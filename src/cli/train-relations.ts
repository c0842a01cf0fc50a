import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { trainingExamples } from '../extract/learned/examples.js';
import { FEATURE_VERSION } from '../extract/learned/features.js';
import { RELATION_TRAIN_OPTIONS, train } from '../extract/learned/model.js';
import { RELATION_MODEL_FILE, type RelationModelFile } from '../extract/learned/relation-model.js';
import { annotatedTexts, checkSplit, DEFAULT_TRAINING_FOLDERS, readAnnotated, trainingHash } from '../extract/learned/training-set.js';
import { StoredParses } from '../nlp/parser.js';
import { sharedEncoder } from '../nlp/encoder/encoder-client.js';
import { runCommand } from './run-cli.js';
import { demonymMap } from '../eval/demonyms.js';
import { RIGHT } from '../extract/learned/rerank.js';
import { outOfFoldProposals, RERANK_FOLDS, trainReranker } from '../extract/learned/rerank-training.js';

/**
 * `npm run train:relations -- [folders or files]`: trains the learned relation layer on annotated briefings (a `*.txt`
 * with its `*.gold.json` and a stored parse), the check split excepted, and writes src/extract/learned/relation-model.json.
 * Deterministic: the same briefings give the same file.
 */

function trainRelations(targets: readonly string[], withEncoder: boolean): number {
  const folders = (targets.length ? targets : DEFAULT_TRAINING_FOLDERS).map((f) => path.resolve(PROJECT_ROOT, f));
  const excluded = checkSplit();
  const files = annotatedTexts(folders).filter((f) => !excluded.has(path.basename(f, '.txt')));
  const briefings = readAnnotated(files, new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')), PROJECT_ROOT);
  if (!briefings.length) {
    process.stderr.write(`train:relations: no annotated briefing in ${folders.join(', ')}\n`);
    return 1;
  }
  const started = performance.now();
  const vectors = withEncoder ? sharedEncoder() : null;
  const examples = briefings.flatMap((b) => trainingExamples(b, vectors));
  const model = train(examples, RELATION_TRAIN_OPTIONS);
  // the second stage learns from proposals made by first stages that never saw their briefing, as on unseen text
  const proposals = withEncoder ? [] : [...outOfFoldProposals(briefings, RERANK_FOLDS, demonymMap()).proposals.values()].flat();
  const reranker = proposals.length ? trainReranker(proposals) : undefined;
  const file: RelationModelFile = {
    featureVersion: FEATURE_VERSION,
    trainingHash: trainingHash(briefings, FEATURE_VERSION),
    trainedOn: briefings.map((b) => ({ folder: b.folder, file: b.file })),
    examples: examples.length,
    model,
    ...(reranker ? { reranker, rerankExamples: proposals.length } : {}),
  };
  writeFileSync(RELATION_MODEL_FILE, `${JSON.stringify(file)}\n`);
  const positives = examples.filter((e) => e.label !== 'NONE').length;
  process.stdout.write(
    `trained on ${briefings.length} briefings (${excluded.size} check-split briefings never used): ${examples.length} pairs, ${positives} relations, ` +
      `${Object.keys(model.weights).length} features, ${model.classes.length} classes; reranker on ${proposals.length} out-of-fold proposals (${proposals.filter((e) => e.label === RIGHT).length} right), in ${Math.round(performance.now() - started)} ms → ${path.relative(PROJECT_ROOT, RELATION_MODEL_FILE)}\n`,
  );
  return 0;
}

runCommand(
  {
    name: 'train-relations',
    usage: '[<folder|briefing.txt>...] [--encoder]',
    summary:
      'Trains the learned relation layer on annotated briefings (a *.txt with its *.gold.json and a stored parse), the check split excepted, and writes src/extract/learned/relation-model.json.',
    options: {
      encoder: {
        type: 'boolean',
        description: "a model that also reads the sentence encoder's vector of each pair (extraction then runs the encoder: src/nlp/encoder/)",
      },
    },
  },
  async ({ values, positionals }) => trainRelations(positionals, values.encoder === true),
);
