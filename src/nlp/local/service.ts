import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Env } from '../../config/env.js';
import { isAlive } from '../../db/local/server.js';
import { findJava, ToolchainError } from '../../db/local/toolchain.js';
import { ensureCoreNlpJars, NLP_LAUNCHER_DIR } from './jars.js';

export interface LocalNlpOptions {
  port: number;
  /** Holds lib/ (the jars), the service's pid and log files. */
  nlpDir: string;
  heapMb: number;
  threads: number;
  javaHome?: string | undefined;
  log?: (line: string) => void;
}

export interface RunningNlp {
  url: string;
  pid: number | undefined;
  /** False when the port already answered as a CoreNLP service and nothing was started. */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** Loading the English models takes 15-20 s on a quiet machine, minutes on a crowded one. */
export const NLP_START_TIMEOUT_MS = 600_000;
const NLP_STOP_TIMEOUT_MS = 20_000;
const READY_POLL_MS = 500;
/** How long a connection to the service's port may take before the port is deemed free. */
const PORT_PROBE_MS = 2_000;

export function localNlpOptions(env: Env, log?: (line: string) => void): LocalNlpOptions {
  return { port: env.NLP_PORT, nlpDir: env.NLP_DIR, heapMb: env.NLP_HEAP_MB, threads: env.NLP_THREADS, javaHome: env.JAVA_HOME, log };
}

export const nlpPidFile = (nlpDir: string) => path.join(nlpDir, 'service.pid');
export const nlpLogFile = (nlpDir: string) => path.join(nlpDir, 'service.log');
export const localNlpUrl = (port: number) => `http://127.0.0.1:${port}`;

export function readNlpPid(nlpDir: string): number | undefined {
  if (!existsSync(nlpPidFile(nlpDir))) return undefined;
  const pid = Number(readFileSync(nlpPidFile(nlpDir), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** True when a CoreNLP service (ours or the stock server) answers /ready at this URL. */
export async function nlpReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the local CoreNLP service on 127.0.0.1 (fetching its jars first if needed) and resolves
 * once its models are loaded. `detached`: it outlives this process (nlp:start, extract); otherwise
 * it is a child that dies with us (tests). A port that already answers is never served twice.
 */
export async function startLocalNlp(options: LocalNlpOptions, detached: boolean): Promise<RunningNlp> {
  const log = options.log ?? (() => {});
  const url = localNlpUrl(options.port);
  const already = (): RunningNlp => ({ url, pid: readNlpPid(options.nlpDir), startedHere: false, stop: async () => {} });
  if (await nlpReady(url)) return already();
  // A service that listens but answers slowly (a loaded machine: /ready past its 2 s), or one another process is still
  // starting (its pid file names a live process), is waited for, never started again: every extraction started beside a
  // slow service used to load a second copy of the models (3 GB each), which then failed to bind the port, loading the
  // machine further (eight at once were seen).
  if ((await portTaken(options.port)) || readNlpPid(options.nlpDir) !== undefined) {
    log(`A CoreNLP service is starting or busy on ${url}; waiting for it...`);
    if (await becomesReady(url, options)) return already();
    if (await portTaken(options.port)) {
      throw new ToolchainError(`port ${options.port} is taken by a process that never answered as a CoreNLP service; set NLP_PORT to another port`);
    }
  }
  const java = findJava(options.javaHome);
  const libDir = await ensureCoreNlpJars(options.nlpDir, log);
  mkdirSync(options.nlpDir, { recursive: true });
  log(`Starting the local CoreNLP service on ${url} (loading its models takes a while)...`);
  const args = [
    `-Xmx${options.heapMb}m`,
    '-cp',
    path.join(libDir, '*'),
    path.join(NLP_LAUNCHER_DIR, 'CoreNlpLauncher.java'),
    String(options.port),
    String(options.threads),
  ];
  // an attached service watches us and exits when we are gone, even killed without a chance to stop it
  if (!detached) args.push(String(process.pid));
  const out = detached ? openSync(nlpLogFile(options.nlpDir), 'a') : 'ignore';
  const child = spawn(java, args, { detached, stdio: ['ignore', out, out] });
  if (typeof out === 'number') closeSync(out);
  if (child.pid === undefined) throw new ToolchainError('could not start java for the local CoreNLP service');
  if (detached) writeFileSync(nlpPidFile(options.nlpDir), String(child.pid));
  const stop = () => stopNlpProcess(child.pid!, detached ? options.nlpDir : null);
  if (!detached) {
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
  }
  try {
    await waitReady(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  // never keep our process alive for it: an attached service is killed when we exit (above)
  child.unref();
  return { url, pid: child.pid, startedHere: true, stop };
}

/** True when something accepts connections on the port (127.0.0.1), whatever it answers. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(PORT_PROBE_MS);
    const done = (taken: boolean) => {
      socket.destroy();
      resolve(taken);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** Waits for a service another process started or keeps busy: ready, or false once nothing is starting or listening any more. */
async function becomesReady(url: string, options: LocalNlpOptions): Promise<boolean> {
  const deadline = Date.now() + NLP_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await nlpReady(url)) return true;
    if (readNlpPid(options.nlpDir) === undefined && !(await portTaken(options.port))) return false;
    await sleep(READY_POLL_MS);
  }
  return false;
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  // Set by the exit listener, so not narrowed to null here.
  let exited = null as number | null;
  child.once('exit', (code) => {
    exited = code ?? 1;
  });
  const deadline = Date.now() + NLP_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the local CoreNLP service exited with code ${exited} while loading its models`);
    if (await nlpReady(url)) return;
    await sleep(READY_POLL_MS);
  }
  throw new Error(`the local CoreNLP service was not ready after ${NLP_START_TIMEOUT_MS / 1000} s`);
}

export async function stopNlpProcess(pid: number, nlpDir: string | null): Promise<void> {
  if (isAlive(pid)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const deadline = Date.now() + NLP_STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (nlpDir) rmSync(nlpPidFile(nlpDir), { force: true });
}
