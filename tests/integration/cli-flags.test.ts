import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { Database } from '../../src/db/database.js';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { briefingFactory } from './support/briefing-factory.js';
import { uniquePrefix } from './support/graph.js';

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

  it('every command it lists refuses an unknown flag with exit 2, naming it, before doing anything', async () => {
    const commands = [...diplograph('--help').stdout.matchAll(/^ {2}(\S+) /gm)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThan(10);
    // Side by side: each refuses at its command line, before any database, service or file is touched.
    const outcomes = await Promise.all(
      commands.map(
        (command) =>
          new Promise<{ command: string; status: number | null; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'diplograph.js'), command, '--no-such-flag'], {
              env: { ...process.env, NEO4J_URI: '', NEO4J_PORT: '1', NLP_PORT: '1', PORT: '1' },
            });
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('close', (status) => resolve({ command, status, stderr }));
          }),
      ),
    );
    for (const { command, status, stderr } of outcomes) {
      expect({ command, status }).toEqual({ command, status: 2 });
      expect(stderr, command).toContain('unknown option --no-such-flag');
    }
  }, 180_000);

  it('runs a real command through the same module as its npm script', () => {
    const check = diplograph('codegen', '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('ingest --dry-run', () => {
  it('checks every file named, lists what a replace would retract by relation id, and writes nothing', async () => {
    const target = inject('neo4j');
    const db = Database.connect({ ...target, local: false }, { txTimeoutMs: 60_000 });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'diplograph-dry-run-'));
    try {
      const make = briefingFactory(uniquePrefix('dryrun'));
      const actors = [make.actor('a', 'Dora Dry'), make.actor('b', 'Rolf Run'), make.actor('c', 'Carl Check')];
      const original = make.briefing('b', '2024-10-01', actors, [
        { source: 'a', type: 'MET', target: 'b', sentence: 'Dora met Rolf.' },
        { source: 'a', type: 'CRITICIZED', target: 'c', sentence: 'Dora criticized Carl.' },
      ]);
      const stored = await ingestBriefing(db, parseBriefing(original, 'original'));
      const dropped = stored.relationsCreated.find((relation) => relation.target === make.id('c'))!;
      const changed = make.briefing('b', '2024-10-01', actors, [{ source: 'a', type: 'MET', target: 'b', sentence: 'Dora met Rolf.' }]);
      writeFileSync(path.join(folder, 'changed.json'), JSON.stringify(changed));
      writeFileSync(path.join(folder, 'broken.json'), JSON.stringify({ ...changed, relations: [{ ...changed.relations[0], target: 'nobody' }] }));
      const graph = () =>
        db.driver.executeQuery(
          `MATCH (b:Briefing {id: $id}) RETURN b.text AS text, [(e:Evidence)-[:FROM]->(b) | e.relationId + ' ' + e.quote] AS evidence,
             COUNT { (x:AuditEntry {subject: $id}) } AS audits`,
          { id: make.id('b') },
        );
      const before = (await graph()).records[0]!.toObject();

      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(PROJECT_ROOT, 'src', 'cli', 'ingest.ts'),
          path.join(folder, 'broken.json'),
          path.join(folder, 'changed.json'),
          '--dry-run',
        ],
        {
          env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      // The broken file is named and does not stop the changed one from being checked.
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/✗ .*broken\.json: relations\.0\.target/);
      expect(run.stdout).toContain('would be updated (needs --replace)');
      expect(run.stdout).toMatch(new RegExp(`a replace would retract evidence from \\d+ relations: .*${dropped.id}`));
      const after = (await graph()).records[0]!.toObject();
      expect(after).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      await db.close();
    }
  }, 180_000);
});
