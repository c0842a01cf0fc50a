import { inject, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/local/free-port.js';
import { spawnProjectScript } from './support/server-process.js';

const SERVE = 'src/cli/serve.ts';
const READER_KEY = 'listen-policy-reader-key-0123456789';

function serveOn(host: string, port: number, extra: Record<string, string> = {}) {
  const target = inject('neo4j');
  return spawnProjectScript(SERVE, {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    HOST: host,
    PORT: String(port),
    ...extra,
  });
}

describe('the server beyond loopback (npm run serve)', () => {
  it('refuses HOST=0.0.0.0 without API keys: a message naming the host and the keys, exit 1, never listening', async () => {
    const port = await freePort();
    const server = serveOn('0.0.0.0', port);
    try {
      const listening = server.lineMatching(/GraphQL API ready/).then(
        () => 'listening',
        () => 'exited',
      );
      expect(await Promise.race([server.exited, listening])).toBe(1);
      const output = server.lines.join('\n');
      expect(output).toMatch(/Refusing to listen on 0\.0\.0\.0 without API keys.*DIPLOGRAPH_API_KEYS/);
      expect(output).not.toMatch(/GraphQL API ready/);
    } finally {
      server.kill();
    }
  });

  it('starts on HOST=0.0.0.0 with keys, and asks callers for one', async () => {
    const port = await freePort();
    const server = serveOn('0.0.0.0', port, { DIPLOGRAPH_API_KEYS: `tester:reader:${READER_KEY}` });
    try {
      await server.lineMatching(/GraphQL API ready at http:\/\/0\.0\.0\.0:/);
      const ask = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ actor(id: "russia") { id } }' }),
        });
      expect((await ask({})).status).toBe(401);
      const answer = await ask({ 'x-api-key': READER_KEY });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toHaveProperty('data');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.kill();
    }
  });
});
