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

describe('the diplograph command (bin/diplograph.js)', () => {
  const diplograph = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'diplograph.js'), ...args], {
      env: { ...process.env, NEO4J_URI: '', NEO4J_PORT: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('lists its commands, and each prints its own --help', () => {
    const list = diplograph('--help');
    expect(list.status).toBe(0);
    for (const command of ['start', 'ingest', 'import', 'export', 'codegen']) expect(list.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const ingest = diplograph('ingest', '--help');
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toContain('usage: diplograph ingest <draft.json|yaml>...');
    expect(ingest.stdout).toContain('--dry-run');
  });

  it('exits 2 naming the unknown flag or command, having done nothing', () => {
    const flag = diplograph('import', 'seeds/', '--bach', '5');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('import: unknown option --bach');
    const command = diplograph('ingets');
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('unknown command "ingets"');
  });

  it('runs a real command through the same module as its npm script', () => {
    const check = diplograph('codegen', '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
