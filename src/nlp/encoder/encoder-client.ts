import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../../threads/typescript-worker.js';
import { ENCODER_DIMENSIONS, ENCODER_DIR, ENCODER_ID } from './encoder-files.js';
import type { EncodeReply, EncodeRequest, EncoderSetup } from './encoder-protocol.js';
import { VectorCache } from './vector-cache.js';

const ENCODER_THREAD = new URL('./encoder-thread.ts', import.meta.url);
/** How long one request may take: the first one may fetch the model with Maven and load it. */
const REQUEST_TIMEOUT_MS = 10 * 60 * 1000;

/** Text → vector, synchronously: what the (synchronous, pure) extractor reads. */
export interface TextVectors {
  vectors(texts: readonly string[]): Float32Array[];
}

/**
 * The sentence encoder behind a synchronous call: the model runs in its own thread (onnxruntime-node only runs
 * asynchronously) and the caller blocks on a shared flag until the answer is posted, so `extractDraft` stays a plain
 * function. The thread starts, and the model loads, on the first text not in the cache: once per process or extraction
 * worker. Vectors are cached in memory and on disk (src/nlp/encoder/vector-cache.ts).
 */
export class EncoderClient implements TextVectors {
  private thread: { worker: Worker; port: MessagePort; signal: Int32Array } | null = null;
  private nextId = 0;
  private readonly cache: VectorCache;

  /** `dir` holds the model (fetched there on first use), `cacheDir` the vectors already computed. */
  constructor(
    private readonly dir: string = ENCODER_DIR,
    cacheDir: string = path.join(dir, 'cache'),
  ) {
    this.cache = new VectorCache(cacheDir, ENCODER_ID, ENCODER_DIMENSIONS);
  }

  vectors(texts: readonly string[]): Float32Array[] {
    const out = texts.map((t) => this.cache.get(t));
    const missing = [...new Set(texts.filter((_, i) => !out[i]))];
    if (missing.length) {
      const computed = this.request(missing);
      missing.forEach((t, i) => this.cache.set(t, computed[i]!));
      texts.forEach((t, i) => (out[i] ??= this.cache.get(t)));
    }
    return out as Float32Array[];
  }

  /** Stops the encoder's thread (it is unref'd: a process exits without this). */
  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) {
      thread.port.close();
      await thread.worker.terminate();
    }
  }

  private request(texts: string[]): Float32Array[] {
    const { port, signal } = this.start();
    const id = (this.nextId += 1);
    Atomics.store(signal, 0, 0);
    port.postMessage({ id, texts } satisfies EncodeRequest);
    if (Atomics.wait(signal, 0, 0, REQUEST_TIMEOUT_MS) === 'timed-out') throw new Error(`sentence encoder: no answer in ${REQUEST_TIMEOUT_MS / 1000} s`);
    const reply = receiveMessageOnPort(port)?.message as EncodeReply | undefined;
    if (!reply || reply.id !== id) throw new Error('sentence encoder: the reply was lost');
    if ('error' in reply) throw new Error(`sentence encoder: ${reply.error}`);
    return reply.vectors;
  }

  private start() {
    if (!this.thread) {
      const worker = startTypeScriptWorker(ENCODER_THREAD, null);
      worker.unref();
      const { port1, port2 } = new MessageChannel();
      const signal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      worker.postMessage({ port: port2, signal, dir: this.dir } satisfies EncoderSetup, [port2]);
      port1.unref();
      this.thread = { worker, port: port1, signal };
    }
    return this.thread;
  }
}

let shared: EncoderClient | null = null;

/** The process's encoder (one thread and model per process or extraction worker, started on first use). */
export function sharedEncoder(): EncoderClient {
  return (shared ??= new EncoderClient());
}
