import type { ExtractionJob, ExtractionOutcome } from './draft-extractor.js';

/**
 * Where a worker's parses come from: a CoreNLP service (the product), stored parses (tests of
 * fixture texts), or none, so only the surface rules run (tests that need no service).
 */
export type ParserChoice = { kind: 'service' } | { kind: 'stored'; dirs: string[] } | { kind: 'surface' };

/** One job at a time per worker; the pool sends the next when the reply comes. */
export interface WorkerRequest {
  job: ExtractionJob;
  /**
   * The CoreNLP service to ask (parser 'service'). The pool's thread finds or starts it: a worker
   * cannot start the local service (its output streams are not the process's).
   */
  nlpUrl?: string;
}

/** `ready` once, when the worker has loaded the extractor; then one `done` or `failed` per job. */
export type WorkerReply = { kind: 'ready' } | { kind: 'done'; outcome: ExtractionOutcome } | { kind: 'failed'; message: string };
