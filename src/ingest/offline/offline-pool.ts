import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../../threads/typescript-worker.js';
import type { BriefingFile } from '../briefing-format.js';
import { briefingCsvFiles, type CsvFileOf } from './csv-files.js';
import type { OfflineGraph } from './offline-graph.js';
import { mergeShards, PlanShard, type PlannedCounts, type ShardTally } from './offline-shard.js';
import type { PlanReply, PlanRequest, PlanThreadData } from './plan-protocol.js';

/** Briefings sent to a planning thread in one message: few enough to spread the load evenly, enough to keep messages few. */
const BRIEFINGS_PER_MESSAGE = 16;
/** Messages a planning thread may have waiting: enough to keep it busy, few enough to bound the memory of a million relations. */
const MESSAGES_IN_FLIGHT = 4;
const THREAD_MODULE = new URL('./plan-thread.ts', import.meta.url);
/**
 * Briefings planned in this thread before any worker thread starts (10,000 relation mentions of 40
 * a briefing): a smaller load is done before threads would have started and warmed up.
 */
const BRIEFINGS_BEFORE_THREADS = 250;

export interface PlannedLoad {
  /** Each briefing's counts, by its position in the load. */
  counts: PlannedCounts[];
  tally: ShardTally;
  written: { nodes: CsvFileOf[]; relationships: CsvFileOf[] };
}

type Briefings = Iterable<{ file: BriefingFile; source: string }> | AsyncIterable<{ file: BriefingFile; source: string }>;

/**
 * Admits every briefing into `graph` in the load's order and plans it: the first
 * `briefingsBeforeThreads` (BRIEFINGS_BEFORE_THREADS) in this thread, the rest in `threads` worker threads (offline-shard.ts
 * in plan-thread.ts), or all in this thread when `threads` is 0; returns the counts, the shards'
 * merged tally and the CSV files they wrote into `dir`. Any number of threads gives the same graph:
 * nothing a shard decides depends on which briefings it was given.
 */
export async function planBriefings(
  files: Briefings,
  graph: OfflineGraph,
  options: { dir: string; at: string; threads: number; briefingsBeforeThreads?: number },
): Promise<PlannedLoad> {
  const beforeThreads = options.briefingsBeforeThreads ?? BRIEFINGS_BEFORE_THREADS;
  const csv = briefingCsvFiles(options.dir, 'main', options.at);
  const shard = new PlanShard(csv.rows);
  const counts: PlannedCounts[] = [];
  let pool: PlanPool | undefined;
  try {
    let batch: BriefingFile[] = [];
    let first = 0;
    for await (const { file, source } of files) {
      const order = graph.admit(file, source);
      if (options.threads === 0 || order < beforeThreads) {
        counts[order] = shard.add(order, file);
        continue;
      }
      pool ??= new PlanPool(options.threads, options, counts);
      if (batch.length === 0) first = order;
      batch.push(file);
      if (batch.length === BRIEFINGS_PER_MESSAGE) {
        await pool.plan(first, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await pool!.plan(first, batch);
    const threaded = pool ? await pool.finish() : [];
    const written = [csv.close(), ...threaded.map((thread) => thread.written)];
    return {
      counts,
      tally: mergeShards([shard.result(), ...threaded.map((thread) => thread.tally)]),
      written: { nodes: written.flatMap((files) => files.nodes), relationships: written.flatMap((files) => files.relationships) },
    };
  } finally {
    await pool?.close();
  }
}

type Finished = Extract<PlanReply, { kind: 'finished' }>;

interface Thread {
  worker: Worker;
  ready: boolean;
  inFlight: number;
  finished?: Finished;
}

/** The planning threads: each batch goes to the least busy ready one; the first failure fails the load. */
class PlanPool {
  private readonly threads: Thread[];
  private failure: Error | undefined;
  /** Resolves the wait for a reply (any thread's), when one is waited for. */
  private wake: (() => void) | undefined;

  /** `counts` receives each briefing's counts at its position. */
  constructor(
    threads: number,
    data: { dir: string; at: string },
    private readonly counts: PlannedCounts[],
  ) {
    this.threads = Array.from({ length: threads }, (_, index) => {
      const thread: Thread = {
        worker: startTypeScriptWorker(THREAD_MODULE, { dir: data.dir, at: data.at, tag: `t${index}` } satisfies PlanThreadData),
        ready: false,
        inFlight: 0,
      };
      thread.worker.on('message', (reply: PlanReply) => this.received(thread, reply));
      thread.worker.on('error', (error) => this.fail(new Error(`a planning thread failed: ${error.message}`)));
      thread.worker.on('exit', (code) => {
        if (!thread.finished) this.fail(new Error(`a planning thread stopped (exit ${code})`));
      });
      return thread;
    });
  }

  /** Sends briefings at positions first, first + 1, … to a thread, once one can take them. */
  async plan(first: number, files: BriefingFile[]): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const ready = this.threads.filter((thread) => thread.ready && thread.inFlight < MESSAGES_IN_FLIGHT);
      const thread = ready.reduce<Thread | undefined>((least, candidate) => (least && least.inFlight <= candidate.inFlight ? least : candidate), undefined);
      if (thread) {
        thread.inFlight += 1;
        thread.worker.postMessage({ kind: 'plan', first, files } satisfies PlanRequest);
        return;
      }
      await this.reply();
    }
  }

  /** Asks every thread to finish, and waits for their tallies and files. */
  async finish(): Promise<Finished[]> {
    for (const thread of this.threads) {
      while (!thread.ready) {
        if (this.failure) throw this.failure;
        await this.reply();
      }
      thread.worker.postMessage({ kind: 'finish' } satisfies PlanRequest);
    }
    for (;;) {
      if (this.failure) throw this.failure;
      const done = this.threads.flatMap((thread) => (thread.finished ? [thread.finished] : []));
      if (done.length === this.threads.length) return done;
      await this.reply();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private reply(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private received(thread: Thread, reply: PlanReply): void {
    if (reply.kind === 'ready') thread.ready = true;
    else if (reply.kind === 'planned') {
      thread.inFlight -= 1;
      reply.counts.forEach((counts, index) => (this.counts[reply.first + index] = counts));
    } else if (reply.kind === 'finished') thread.finished = reply;
    else this.failure ??= new Error(`a planning thread failed: ${reply.message}`);
    this.wake?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake?.();
  }
}
