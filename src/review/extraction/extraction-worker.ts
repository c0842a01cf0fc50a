/**
 * One extraction worker thread (started by extraction-pool.ts): it answers each job message with
 * the draft or the error's message. The CPU-bound rules and the parse's decoding run here, so the
 * server's event loop keeps answering while a large text is read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEnv } from '../../config/env.js';
import { serviceParser, StoredParses, storedParser, type Parser } from '../../nlp/parser.js';
import { loadRules } from '../../extract/rules.js';
import { extractChecked } from './draft-extractor.js';
import type { ParserChoice, WorkerReply, WorkerRequest } from './worker-protocol.js';

const serviceParsers = new Map<string, Parser>();

function parserFor(choice: ParserChoice, nlpUrl: string | undefined): Parser | null {
  switch (choice.kind) {
    case 'service': {
      if (nlpUrl === undefined) throw new Error('no CoreNLP service was named for this text');
      let parser = serviceParsers.get(nlpUrl);
      if (!parser) {
        // The parse cache is shared with the commands (NLP_DIR/cache): a text parsed once is never parsed again.
        parser = serviceParser({ ...loadEnv(), NLP_URL: nlpUrl }, { cache: true });
        serviceParsers.set(nlpUrl, parser);
      }
      return parser;
    }
    case 'stored':
      return storedParser(...choice.dirs.map((dir) => new StoredParses(dir)));
    case 'surface':
      return null;
  }
}

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs as a worker thread (extraction-pool.ts starts it)');
const choice = workerData as ParserChoice;

port.on('message', (request: WorkerRequest) => {
  Promise.resolve()
    .then(() => extractChecked(request.job, parserFor(choice, request.nlpUrl)))
    .then(
      (outcome) => port.postMessage({ kind: 'done', outcome } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
    );
});
// The rules are read once per thread; read them now, so a text's deadline measures only its extraction.
loadRules();
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
