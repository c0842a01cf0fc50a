import { spawn } from 'node:child_process';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';

/** How long a spawned process may take to print an expected line (tsx compiles on start). */
const LINE_TIMEOUT_MS = 45_000;

/**
 * A real process of the project (`node --import tsx <script>`), with only the environment given:
 * its output collected line by line, its end awaited.
 */
export function spawnProjectScript(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.isAbsolute(script) ? script : path.join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n')));
  // 'close', not 'exit': it comes once the process's output is read to the end.
  const exited = new Promise<number | string | null>((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
  /** The first line that matches; rejects if the process ends or stays silent first. */
  const lineMatching = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const timer = setInterval(() => {
        const line = lines.find((candidate) => pattern.test(candidate));
        if (line !== undefined) {
          clearInterval(timer);
          resolve(line);
        } else if (Date.now() - started > LINE_TIMEOUT_MS) {
          clearInterval(timer);
          reject(new Error(`no line matching ${pattern} within ${LINE_TIMEOUT_MS} ms:\n${lines.join('\n')}`));
        }
      }, 20);
      void exited.then(() => {
        clearInterval(timer);
        const line = lines.find((candidate) => pattern.test(candidate));
        if (line !== undefined) resolve(line);
        else reject(new Error(`the process exited before printing ${pattern}:\n${lines.join('\n')}`));
      });
    });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  // Also when the test times out while awaiting the process, which skips the test's own finally.
  onTestFinished(kill);
  return {
    child,
    lines,
    exited,
    lineMatching,
    /** Ends the process if it still runs (a failed test must not leave it behind). */
    kill,
  };
}
