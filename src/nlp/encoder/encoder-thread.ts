import { parentPort } from 'node:worker_threads';
import { ensureEncoderFiles } from './encoder-files.js';
import type { EncodeReply, EncodeRequest, EncoderSetup } from './encoder-protocol.js';
import { SentenceEncoder } from './sentence-encoder.js';

/**
 * The encoder's own thread: loads the model on the first request (fetching it first if need be) and answers each request
 * on the port, then raises the shared flag the synchronous client is waiting on (src/nlp/encoder/encoder-client.ts).
 */
parentPort!.once('message', ({ port, signal, dir }: EncoderSetup) => {
  let encoder: Promise<SentenceEncoder> | null = null;
  const reply = (message: EncodeReply) => {
    port.postMessage(message);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  port.on('message', ({ id, texts }: EncodeRequest) => {
    encoder ??= ensureEncoderFiles(dir, (line) => process.stderr.write(`${line}\n`)).then((files) => SentenceEncoder.load(files));
    encoder
      .then((e) => e.encode(texts))
      .then(
        (vectors) => reply({ id, vectors }),
        (error: unknown) => reply({ id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
});
