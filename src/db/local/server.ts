import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { neo4jTarget, type Env } from '../../config/env.js';
import { ensureJars, LAUNCHER_DIR } from './jars.js';
import { findJava } from './toolchain.js';

export interface LocalNeo4jOptions {
  port: number;
  /** Neo4j home: the store, its logs, and this launcher's pid and log files. */
  dataDir: string;
  password: string;
  pagecacheMb: number;
  heapMb: number;
  javaHome?: string | undefined;
  log?: (line: string) => void;
  /** How long to wait for it to answer (START_TIMEOUT_MS unless given: the first start of a large imported store takes longer). */
  startTimeoutMs?: number;
}

export interface RunningNeo4j {
  uri: string;
  pid: number | undefined;
  /** False when the port was already served and nothing was started. */
  startedHere: boolean;
  stop(): Promise<void>;
}

const READY_MARK = 'NEO4J_READY';
/** How the launcher (neo4j-local/Launcher.java) receives the password. */
const PASSWORD_VARIABLE = 'DIPLOGRAPH_NEO4J_PASSWORD';
/** Neo4j's own minimum (dbms.security.auth_minimum_password_length). */
export const MIN_PASSWORD_LENGTH = 8;
export const START_TIMEOUT_MS = 180_000;
/** How often a start still under way is logged, in milliseconds. */
const START_PROGRESS_EVERY_MS = 30_000;
const STOP_TIMEOUT_MS = 60_000;

/** Neo4j's own start scripts open these modules to its code; the embedded server needs the same. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

/** The local Neo4j as the environment configures it. */
export function localNeo4jOptions(env: Env, log?: (line: string) => void): LocalNeo4jOptions {
  return {
    port: env.NEO4J_PORT,
    dataDir: env.NEO4J_DATA_DIR,
    password: neo4jTarget(env).password,
    pagecacheMb: env.NEO4J_PAGECACHE_MB,
    heapMb: env.NEO4J_HEAP_MB,
    javaHome: env.JAVA_HOME,
    log,
  };
}

export const pidFile = (dataDir: string) => path.join(dataDir, 'launcher.pid');
export const logFile = (dataDir: string) => path.join(dataDir, 'launcher.log');

export function isPortServed(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function readPid(dataDir: string): number | undefined {
  if (!existsSync(pidFile(dataDir))) return undefined;
  const pid = Number(readFileSync(pidFile(dataDir), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/**
 * Starts the embedded Neo4j (downloading it first if needed) and resolves once Bolt answers.
 * `detached`: the database outlives this process (db:start, npm start); otherwise it is a child
 * that dies with us (tests). A port that already answers is never served twice.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions, detached: boolean): Promise<RunningNeo4j> {
  if (options.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`NEO4J_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters: Neo4j refuses shorter ones.`);
  }
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.port}`;
  if (await isPortServed(options.port)) {
    const pid = readPid(options.dataDir);
    log(`Port ${options.port} is already served${pid ? ` by the local Neo4j (pid ${pid})` : ''}; not starting another.`);
    return { uri, pid, startedHere: false, stop: async () => {} };
  }
  const java = findJava(options.javaHome);
  const libDir = await ensureJars(log);
  mkdirSync(options.dataDir, { recursive: true });

  const args = [
    ...JVM_FLAGS,
    `-Xmx${options.heapMb}m`,
    '-cp',
    path.join(libDir, '*'),
    path.join(LAUNCHER_DIR, 'Launcher.java'),
    path.resolve(options.dataDir),
    String(options.port),
    String(options.pagecacheMb),
  ];
  const out = detached ? openSync(logFile(options.dataDir), 'a', 0o600) : 'pipe';
  // The password travels in the child's environment (readable by its user only), never in its arguments.
  const env = { ...process.env, [PASSWORD_VARIABLE]: options.password };
  const child = spawn(java, args, { detached, stdio: ['ignore', out, out], env });
  if (typeof out === 'number') closeSync(out);
  if (child.pid === undefined) throw new Error('could not start java for the local Neo4j');
  writeFileSync(pidFile(options.dataDir), String(child.pid));

  const stop = () => stopProcess(child.pid!, options.dataDir);
  if (!detached) {
    // An attached database must not outlive its owner, even one that exits without stopping it.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
  }
  const timeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  const started = Date.now();
  const progress = setInterval(
    () => log(`Neo4j is still starting (${Math.round((Date.now() - started) / 1000)} s of at most ${timeoutMs / 1000} s)`),
    START_PROGRESS_EVERY_MS,
  );
  try {
    if (detached) {
      await waitForLog(child, options.dataDir, timeoutMs);
      child.unref();
    } else {
      await waitForStdout(child, timeoutMs);
      // Keep draining its output so a chatty JVM never blocks on a full pipe.
      child.stdout!.resume();
      child.stderr!.resume();
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearInterval(progress);
  }
  log(`Neo4j is up at ${uri} (store ${options.dataDir}).`);
  return { uri, pid: child.pid, startedHere: true, stop };
}

function waitForStdout(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within ${timeoutMs} ms:\n${output.slice(-4000)}`)), timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready:\n${output.slice(-4000)}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_MARK)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.off('exit', onExit);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
  });
}

async function waitForLog(child: ChildProcess, dataDir: string, timeoutMs: number): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + timeoutMs;
  const file = logFile(dataDir);
  const startSize = existsSync(file) ? readFileSync(file).length : 0;
  while (Date.now() < deadline) {
    const output = existsSync(file) ? readFileSync(file, 'utf8').slice(startSize) : '';
    if (output.includes(READY_MARK)) return;
    if (exited !== undefined) throw new Error(`Neo4j exited with code ${exited} before it was ready; see ${file}:\n${output.slice(-4000)}`);
    await sleep(250);
  }
  throw new Error(`Neo4j did not start within ${timeoutMs} ms; see ${file}`);
}

/** SIGTERM lets the launcher's shutdown hook close the store cleanly; SIGKILL only as a last resort. */
export async function stopProcess(pid: number, dataDir: string): Promise<void> {
  if (isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (readPid(dataDir) === undefined) rmSync(pidFile(dataDir), { force: true });
}
