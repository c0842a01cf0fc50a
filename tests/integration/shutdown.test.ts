import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { freePort } from '../../src/db/local/free-port.js';
import { isAlive } from '../../src/db/local/server.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

const INGEST = 'mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }';
const GRACE_MS = 8_000;

/** Resolves with the first line of the process's output that matches. */
function lineMatching(lines: string[], pattern: RegExp, exited: Promise<unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const line = lines.find((candidate) => pattern.test(candidate));
      if (line) {
        clearInterval(timer);
        resolve(line);
      }
    }, 20);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the server exited before printing ${pattern}:\n${lines.join('\n')}`));
    });
  });
}

describe('SIGTERM drains the server', () => {
  it('stops accepting, answers the request in flight, cuts one past SHUTDOWN_GRACE_MS, closes and exits 0', async () => {
    const { db } = openTestDatabase();
    const target = inject('neo4j');
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', 'serve.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        NEO4J_URI: target.uri,
        NEO4J_USER: target.user,
        NEO4J_PASSWORD: target.password,
        NEO4J_DATABASE: target.database,
        HOST: '127.0.0.1',
        PORT: String(port),
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
        // The held request must outlive the grace period, not be cut by its own deadline first.
        REQUEST_TIMEOUT_MS: '120000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n')));
    // 'close', not 'exit': it comes once the process's output is read to the end.
    const exited = new Promise<number | string | null>((resolve) => server.once('close', (code, signal) => resolve(code ?? signal)));
    const url = `http://127.0.0.1:${port}/`;
    const post = (id: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: INGEST,
          variables: { input: { briefing: { id, title: 'Drain', publishedAt: '2020-01-02' }, actors: [], relations: [] } },
        }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));

    const holders = [db.driver.session(), db.driver.session()];
    const [finishing, stuck] = [uniquePrefix('drain-finishes'), uniquePrefix('drain-stuck')];
    try {
      await lineMatching(lines, /GraphQL API ready/, exited);
      // Uncommitted briefings with the same ids: each ingest waits on its lock while this test holds it.
      const locks = await Promise.all(holders.map((session) => session.beginTransaction()));
      await locks[0]!.run('CREATE (:Briefing {id: $id})', { id: finishing });
      await locks[1]!.run('CREATE (:Briefing {id: $id})', { id: stuck });
      const answered = post(finishing);
      const cut = post(stuck).then(
        () => 'answered',
        () => 'connection closed',
      );
      for (;;) {
        const waiting = await db.driver.executeQuery(
          "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'diplograph' AND metaData.query IN $labels RETURN count(*) AS n",
          { labels: [`ingest ${finishing}`, `ingest ${stuck}`] },
        );
        if (waiting.records[0]!.get('n').toNumber() === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      server.kill('SIGTERM');
      await lineMatching(lines, /shutting down/, exited);
      // A fresh connection (fetch would queue behind its pooled ones) is refused: the port is closed.
      const connecting = await new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve('accepted');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(connecting).toBe('ECONNREFUSED');
      await locks[0]!.rollback();
      expect(await answered).toEqual({ status: 200, body: { data: { ingestBriefing: { briefingStatus: 'CREATED' } } } });

      expect(await exited).toBe(0);
      expect(await cut).toBe('connection closed');
      const stopped = JSON.parse(lines.find((line) => line.includes('"event":"stopped"')) ?? '{}');
      expect(stopped).toMatchObject({ answered: 1, cut: 1 });
      await locks[1]!.rollback();
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
      await Promise.all(holders.map((session) => session.close()));
      await db.close();
    }
  });
});

/** A parent that starts `serve` with its output piped to itself, relays that output, and says the server's pid. */
const PIPING_PARENT = `
const { spawn } = require('node:child_process');
const server = spawn(process.execPath, ['--import', 'tsx', process.env.SERVE_SCRIPT], {
  env: JSON.parse(process.env.SERVE_ENV), stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.pipe(process.stdout);
server.stderr.pipe(process.stderr);
console.log('server pid ' + server.pid);
setInterval(() => {}, 1000);
`;
/** How long an orphaned server may take to exit on SIGTERM (its grace period plus closing). */
const ORPHAN_EXIT_MS = 30_000;

describe('SIGTERM ends a server whose parent died', () => {
  it('exits although the reader of its output is gone (its last log lines fall on a broken pipe)', async () => {
    const target = inject('neo4j');
    const port = await freePort();
    const serveEnv = {
      PATH: process.env.PATH,
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      HOST: '127.0.0.1',
      PORT: String(port),
      SHUTDOWN_GRACE_MS: '2000',
    };
    const parent = spawn(process.execPath, ['-e', PIPING_PARENT], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, SERVE_SCRIPT: path.join(PROJECT_ROOT, 'src', 'cli', 'serve.ts'), SERVE_ENV: JSON.stringify(serveEnv) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    for (const stream of [parent.stdout, parent.stderr]) stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n')));
    const parentExited = new Promise((resolve) => parent.once('close', resolve));
    let serverPid: number | undefined;
    try {
      serverPid = Number(/server pid (\d+)/.exec(await lineMatching(lines, /server pid \d+/, parentExited))![1]);
      await lineMatching(lines, /GraphQL API ready/, parentExited);
      parent.kill('SIGKILL');
      await parentExited;
      // A request after the parent's death: its log line goes nowhere, and the server still answers.
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

      process.kill(serverPid, 'SIGTERM');
      const deadline = Date.now() + ORPHAN_EXIT_MS;
      while (isAlive(serverPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(isAlive(serverPid)).toBe(false);
    } finally {
      if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
      if (serverPid !== undefined && isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
    }
  });
});
