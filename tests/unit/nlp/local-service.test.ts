import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nlpPidFile, startLocalNlp } from '../../../src/nlp/local/service.js';

/** A stand-in for a CoreNLP service on a crowded machine: its first /ready answers after the 2 s a probe waits. */
async function slowService(firstDelayMs: number): Promise<{ server: Server; port: number; requests: () => number }> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    const answer = () => response.writeHead(request.url === '/ready' ? 200 : 404).end();
    if (requests === 1) setTimeout(answer, firstDelayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, requests: () => requests };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('starting the local CoreNLP service', () => {
  it('waits for a service that listens but answers slowly instead of starting a second one', async () => {
    const { server, port, requests } = await slowService(3_000);
    const nlpDir = mkdtempSync(path.join(os.tmpdir(), 'nlp-'));
    cleanups.push(
      () => server.close(),
      () => rmSync(nlpDir, { recursive: true, force: true }),
    );
    // No Java here: starting one would fail (and fetch jars first), so an answer proves none was started.
    const running = await startLocalNlp({ port, nlpDir, heapMb: 512, threads: 1, javaHome: path.join(nlpDir, 'no-java') }, true);
    expect(running.startedHere).toBe(false);
    expect(running.url).toBe(`http://127.0.0.1:${port}`);
    expect(requests()).toBeGreaterThanOrEqual(2);
    expect(existsSync(nlpPidFile(nlpDir))).toBe(false);
  }, 30_000);
});
