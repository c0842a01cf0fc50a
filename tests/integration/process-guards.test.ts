import { describe, expect, it } from 'vitest';
import { spawnProjectScript } from './support/server-process.js';

describe('an unhandled rejection in the server process', () => {
  it('is logged and the process keeps answering (the guard serve installs)', async () => {
    const server = spawnProjectScript('tests/integration/support/stray-rejection-server.ts', {});
    try {
      const port = /listening on (\d+)/.exec(await server.lineMatching(/listening on \d+/))![1];
      const get = async (route: string) => (await fetch(`http://127.0.0.1:${port}${route}`)).text();
      expect(await get('/reject')).toBe('alive');
      const logged = JSON.parse(await server.lineMatching(/unhandled rejection/));
      expect(logged).toMatchObject({ level: 'error', msg: 'unhandled rejection (the server keeps running)', err: { message: 'stray failure nobody awaits' } });
      expect(await get('/')).toBe('alive');
      expect(server.child.exitCode).toBeNull();
    } finally {
      server.kill();
    }
  });
});
