import { loadEnv, type Env } from '../../config/env.js';
import { localNlpOptions, startLocalNlp } from '../../nlp/local/service.js';
import { ExtractionPool } from './extraction-pool.js';

/** The pool the environment configures (EXTRACTION_*), its workers parsing with the configured CoreNLP service. */
function extractionPoolFor(env: Env): ExtractionPool {
  return new ExtractionPool({
    workers: env.EXTRACTION_WORKERS,
    queue: env.EXTRACTION_QUEUE,
    timeoutMs: env.EXTRACTION_TIMEOUT_MS,
    parser: { kind: 'service' },
    // NLP_URL, or the project's local service, started (detached, as the commands start it) for the first text.
    nlpServiceUrl: async () =>
      env.NLP_URL ??
      (
        await startLocalNlp(
          localNlpOptions(env, (line) => process.stderr.write(`${line}\n`)),
          true,
        )
      ).url,
  });
}

let shared: ExtractionPool | null = null;

/** The process's one pool, made on first use: every request of a server shares its workers and queue. */
export function sharedExtractionPool(): ExtractionPool {
  shared ??= extractionPoolFor(loadEnv());
  return shared;
}

/** Stops the shared pool's workers (a server shutting down); the next use makes a new pool. */
export async function closeSharedExtractionPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
