import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';

describe('the ingest command', () => {
  it('refuses an unknown flag before touching any database ("--dryrun" is not "--dry-run")', () => {
    const file = path.join(PROJECT_ROOT, 'examples', 'kremlin-talks-2015-11-26.yaml');
    // Port 1: were the flag ignored, the command would try to reach a database and fail differently.
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', 'ingest.ts'), file, '--dryrun'], {
      env: { ...process.env, NEO4J_URI: '', NEO4J_PORT: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ingest: unknown option --dryrun');
  });
});
