import type { Worker } from 'node:worker_threads';
import { MAX_TEXT_BYTES } from '../../config/limits.js';
import type { DraftExtractor, ExtractionJob, ExtractionOutcome } from './draft-extractor.js';
import { ExtractionError } from './extraction-error.js';
import { startTypeScriptWorker } from '../../threads/typescript-worker.js';
import type { ParserChoice, WorkerReply, WorkerRequest } from './worker-protocol.js';

export interface ExtractionPoolOptions {
  /** Extractions that run at once, each in its own thread (EXTRACTION_WORKERS). */
  workers: number;
  /** Extractions that may wait for a worker; one more is refused with EXTRACTION_BUSY (EXTRACTION_QUEUE). */
  queue: number;
  /** How long one extraction may run before its worker is terminated (EXTRACTION_TIMEOUT_MS). */
  timeoutMs: number;
  /** Where parses come from; the configured CoreNLP service in the product. */
  parser: ParserChoice;
  /** With parser 'service': finds (or starts) the CoreNLP service, once, in this thread. */
  nlpServiceUrl?: () => Promise<string>;
  /** Largest text accepted, in UTF-8 bytes; MAX_TEXT_BYTES unless a test says otherwise. */
  maxTextBytes?: number;
}

interface Task {
  job: ExtractionJob;
  nlpUrl?: string;
  resolve(outcome: ExtractionOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Whether the worker has loaded the extractor; a task is sent, and its deadline starts, only then. */
  ready: boolean;
  /** Set once the worker is terminated or exited: nothing more is sent to it or taken from it. */
  gone: boolean;
}

const WORKER_MODULE = new URL('./extraction-worker.ts', import.meta.url);

/**
 * Extraction off the event loop: a small pool of worker threads, started when first needed and
 * kept for the next texts, with a bounded queue and a deadline per text. A text over the size
 * limit, a full queue and a deadline passed are ExtractionErrors with their own codes.
 */
export class ExtractionPool implements DraftExtractor {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(private readonly options: ExtractionPoolOptions) {}

  /** Extractions running now (for tests and metrics). */
  get running(): number {
    return [...this.slots].filter((slot) => slot.task).length;
  }

  async extract(job: ExtractionJob): Promise<ExtractionOutcome> {
    const maxBytes = this.options.maxTextBytes ?? MAX_TEXT_BYTES;
    const bytes = Buffer.byteLength(job.text, 'utf8');
    if (bytes > maxBytes) {
      throw new ExtractionError('TEXT_TOO_LARGE', `input.text: the text is ${bytes} bytes; at most ${maxBytes} are extracted (MAX_TEXT_BYTES)`, 'input.text');
    }
    if (this.closed) throw new ExtractionError('EXTRACTION_STOPPED', 'The server is shutting down; extract the text again later.');
    const nlpUrl = await this.serviceUrl();
    return new Promise<ExtractionOutcome>((resolve, reject) => {
      const task = { job, nlpUrl, resolve, reject };
      const slot = this.idle.pop() ?? (this.slots.size < this.options.workers ? this.start() : undefined);
      if (slot) this.run(slot, task);
      else if (this.waiting.length < this.options.queue) this.waiting.push(task);
      else {
        reject(
          new ExtractionError(
            'EXTRACTION_BUSY',
            `${this.options.workers} extractions are running and ${this.options.queue} waiting (EXTRACTION_WORKERS, EXTRACTION_QUEUE); try again later.`,
          ),
        );
      }
    });
  }

  private nlpUrl: Promise<string> | null = null;

  /** The CoreNLP service's URL, for parser 'service' (found once; a failure is retried by the next text). */
  private async serviceUrl(): Promise<string | undefined> {
    if (this.options.parser.kind !== 'service') return undefined;
    const find = this.options.nlpServiceUrl;
    if (!find) throw new ExtractionError('EXTRACTION_FAILED', 'No CoreNLP service is configured for extraction.');
    this.nlpUrl ??= find();
    try {
      return await this.nlpUrl;
    } catch (error) {
      this.nlpUrl = null;
      throw new ExtractionError('EXTRACTION_FAILED', `The CoreNLP service is not available: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Refuses new texts, fails the waiting ones, and terminates the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new ExtractionError('EXTRACTION_STOPPED', 'The server is shutting down.'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new ExtractionError('EXTRACTION_STOPPED', 'The server is shutting down.'))));
  }

  private start(): Slot {
    const slot: Slot = { worker: startTypeScriptWorker(WORKER_MODULE, this.options.parser), gone: false, ready: false };
    // An idle worker never keeps a command or a test process alive.
    slot.worker.unref();
    slot.worker.on('message', (reply: WorkerReply) => this.finish(slot, reply));
    slot.worker.on('error', (error) => void this.retire(slot, new ExtractionError('EXTRACTION_FAILED', `The extraction worker failed: ${error.message}`)));
    slot.worker.on('exit', () => void this.retire(slot, new ExtractionError('EXTRACTION_FAILED', 'The extraction worker stopped.')));
    this.slots.add(slot);
    return slot;
  }

  private run(slot: Slot, task: Task): void {
    slot.task = task;
    if (slot.ready) this.dispatch(slot, task);
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.timer = setTimeout(() => {
      const seconds = this.options.timeoutMs / 1000;
      void this.retire(
        slot,
        new ExtractionError('EXTRACTION_TIMEOUT', `The extraction took longer than ${seconds} s (EXTRACTION_TIMEOUT_MS) and was stopped.`),
      );
    }, this.options.timeoutMs);
    slot.worker.postMessage({ job: task.job, nlpUrl: task.nlpUrl } satisfies WorkerRequest);
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    if (reply.kind === 'ready') {
      slot.ready = true;
      if (slot.task && !slot.gone) this.dispatch(slot, slot.task);
      return;
    }
    const task = slot.task;
    if (slot.gone || !task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if (reply.kind === 'done') task.resolve(reply.outcome);
    else task.reject(new ExtractionError('EXTRACTION_FAILED', `The extraction failed: ${reply.message}`));
    this.next(slot);
  }

  private next(slot: Slot): void {
    const task = this.waiting.shift();
    if (task) this.run(slot, task);
    else this.idle.push(slot);
  }

  /** Ends a worker (stuck, crashed or no longer needed), failing its task; a waiting text gets a new worker. */
  private async retire(slot: Slot, error: ExtractionError): Promise<void> {
    if (slot.gone) return;
    slot.gone = true;
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    slot.task?.reject(error);
    slot.task = undefined;
    if (!this.closed && this.waiting.length > 0) this.run(this.start(), this.waiting.shift()!);
    await slot.worker.terminate();
  }
}
