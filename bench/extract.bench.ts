import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/config/env.js';
import { extractDraft } from '../src/extract/extract-briefing.js';
import { annotate } from '../src/nlp/client.js';
import { localNlpOptions, localNlpUrl, nlpReady, startLocalNlp, type RunningNlp } from '../src/nlp/local/service.js';

/**
 * npm run bench:extract [-- --briefings N] — timing of extraction on the seed and the development briefings, no assertions:
 * the CoreNLP service's cold start (when it is not already running), then per briefing the parse (warm service)
 * and the rules, in ms and sentences per second.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = 3;
const env = loadEnv();
// `--briefings N`: the seed and the first N development briefings (all 600-odd take over an hour of parses)
const { values } = parseArgs({ options: { briefings: { type: 'string' } } });
const limit = values.briefings === undefined ? Infinity : Number(values.briefings);
if (!(limit >= 0)) throw new Error(`--briefings: a count, not ${values.briefings}`);
const dirs = [path.resolve(here, '../seeds'), path.resolve(here, '../tests/fixtures/briefings')];
const files = dirs.flatMap((d, i) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, i === 0 ? undefined : limit)
    .map((f) => path.join(d, f)),
);

let url = env.NLP_URL ?? localNlpUrl(env.NLP_PORT);
let started: RunningNlp | undefined;
if (!(await nlpReady(url))) {
  const t0 = performance.now();
  started = await startLocalNlp(localNlpOptions(env), false);
  url = started.url;
  console.log(`cold start of the local CoreNLP service (models loaded, ready): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} else {
  console.log(`CoreNLP already running at ${url}: no cold start measured (stop it with npm run nlp:stop to measure one)`);
}
try {
  let totalSentences = 0;
  let totalMs = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const date = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '2020-01-01';
    let parseMs = Infinity;
    let parse = await annotate(text, date, { url, timeoutMs: env.NLP_TIMEOUT_MS }); // warm-up for this text's length
    for (let i = 0; i < ROUNDS; i += 1) {
      const t0 = performance.now();
      parse = await annotate(text, date, { url, timeoutMs: env.NLP_TIMEOUT_MS });
      parseMs = Math.min(parseMs, performance.now() - t0);
    }
    const t1 = performance.now();
    extractDraft(text, { publishedAt: date }, { parse });
    const rulesMs = performance.now() - t1;
    const sentences = parse.sentences.length;
    totalSentences += sentences;
    totalMs += parseMs + rulesMs;
    console.log(
      `${path.basename(file).padEnd(40)} ${String(text.length).padStart(6)} chars ${String(sentences).padStart(4)} sentences  parse ${parseMs.toFixed(0).padStart(6)} ms  rules ${rulesMs.toFixed(0).padStart(4)} ms  ${Math.round((sentences / (parseMs + rulesMs)) * 1000)} sentences/s`,
    );
  }
  console.log(`warm: ${totalSentences} sentences in ${(totalMs / 1000).toFixed(1)} s, ${Math.round((totalSentences / totalMs) * 1000)} sentences/s`);
} finally {
  await started?.stop();
}
