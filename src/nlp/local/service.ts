import { spawn, type ChildProcess } from 'node:child_process';
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
  if (await nlpReady(url)) {
    const pid = readNlpPid(options.nlpDir);
    return { url, pid, startedHere: false, stop: async () => {} };
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
