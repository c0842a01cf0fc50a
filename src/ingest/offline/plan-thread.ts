/**
 * One planning thread of an offline load (started by offline-pool.ts): a shard (offline-shard.ts)
 * writing its own CSV files, answering each batch of briefings with their counts and, at the end,
 * with its tally and the files it wrote.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { briefingCsvFiles } from './csv-files.js';
import { PlanShard } from './offline-shard.js';
import type { PlanReply, PlanRequest, PlanThreadData } from './plan-protocol.js';

const port = parentPort;
if (!port) throw new Error('plan-thread.ts runs as a worker thread (offline-pool.ts starts it)');
const { dir, tag, at } = workerData as PlanThreadData;
const files = briefingCsvFiles(dir, tag, at);
const shard = new PlanShard(files.rows);
const reply = (message: PlanReply) => port.postMessage(message);

port.on('message', (request: PlanRequest) => {
  try {
    if (request.kind === 'plan') reply({ kind: 'planned', first: request.first, counts: request.files.map((file, i) => shard.add(request.first + i, file)) });
    else reply({ kind: 'finished', tally: shard.result(), written: files.close() });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
reply({ kind: 'ready' });
