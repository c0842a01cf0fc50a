import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Keyring } from '../../src/access/keyring.js';
import { briefingFactory } from './support/briefing-factory.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';
import { startTestServer } from './support/http.js';

const { db } = openTestDatabase();
const READER_KEY = randomBytes(24).toString('base64url');
const EDITOR_KEY = randomBytes(24).toString('base64url');
const prefix = uniquePrefix('access');
const readerId = `${prefix}-reader`;
const editorId = `${prefix}-editor`;
const keyring = Keyring.parse(`${readerId}:reader:${READER_KEY}\n${editorId}:editor:${EDITOR_KEY}`, 'test');
const guarded = await startTestServer(db, { keyring });
const open = await startTestServer(db);
afterAll(async () => {
  await guarded.stop();
  await open.stop();
  await db.close();
});

const INGEST = `mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }`;
const MERGE = `mutation($s: ID!, $a: ID!) { mergeActors(survivorId: $s, absorbedId: $a) { id } }`;
const UNMERGE = `mutation($m: ID!) { unmergeActors(mergeId: $m) { id } }`;
const AUDIT = `query($subject: ID, $by: String) { auditTrail(subject: $subject, by: $by) { totalCount edges { node { by role action subject summary at } } } }`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function briefingExists(id: string): Promise<boolean> {
  const result = await db.driver.executeQuery('MATCH (b:Briefing {id: $id}) RETURN count(b) AS n', { id });
  return Number(result.records[0]!.get('n')) === 1;
}

describe('access control on the real server', () => {
  const make = briefingFactory(prefix);
  const input = (key: string) =>
    make.briefing(
      key,
      '2024-03-01',
      [make.actor('a', 'Ada Access'), make.actor('b', 'Ben Access')],
      [{ source: 'a', type: 'PRAISED', target: 'b', sentence: 'Ada praised Ben.' }],
    );

  it('with keys configured, refuses reads without a valid key (401, UNAUTHENTICATED) and serves a reader', async () => {
    const none = await guarded.post('{ actor(id: "russia") { name } }');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(none.body.data).toBeUndefined();
    // one character changed (a random key may already end in "x": then the same key, and a test failing one run in 64)
    const wrongKey = `${READER_KEY.slice(0, -1)}${READER_KEY.endsWith('x') ? 'y' : 'x'}`;
    const wrong = await guarded.post('{ actor(id: "russia") { name } }', {}, bearer(wrongKey));
    expect(wrong.status).toBe(401);
    const viaHeader = await guarded.post('{ actor(id: "russia") { name } }', {}, { 'x-api-key': READER_KEY });
    expect(viaHeader.body.data.actor).toEqual({ name: 'Russia' });
    const viaBearer = await guarded.post('{ actor(id: "russia") { name } }', {}, bearer(READER_KEY));
    expect(viaBearer.body.data.actor).toEqual({ name: 'Russia' });
  });

  it('refuses every mutation to a reader (403, FORBIDDEN) and writes nothing', async () => {
    const ingest = await guarded.post(INGEST, { input: input('reader') }, bearer(READER_KEY));
    expect(ingest.status).toBe(403);
    expect(ingest.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(await briefingExists(make.id('reader'))).toBe(false);
    const merge = await guarded.post(MERGE, { s: 'russia', a: 'turkey' }, bearer(READER_KEY));
    expect(merge.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const turkey = await guarded.post('{ actor(id: "turkey") { id } }', {}, bearer(READER_KEY));
    expect(turkey.body.data.actor).toEqual({ id: 'turkey' });
    const anonymous = await guarded.post(INGEST, { input: input('anon') });
    expect(anonymous.status).toBe(401);
    expect(await briefingExists(make.id('anon'))).toBe(false);
  });

  it('lets an editor ingest, merge and unmerge, and records who did what in the audit trail', async () => {
    const ingest = await guarded.post(INGEST, { input: input('editor') }, bearer(EDITOR_KEY));
    expect(ingest.body.data.ingestBriefing.briefingStatus).toBe('CREATED');
    const merge = await guarded.post(MERGE, { s: make.id('a'), a: make.id('b') }, bearer(EDITOR_KEY));
    const mergeId = merge.body.data.mergeActors.id as string;
    const unmerge = await guarded.post(UNMERGE, { m: mergeId }, bearer(EDITOR_KEY));
    expect(unmerge.body.data.unmergeActors.id).toBe(make.id('b'));

    const trail = await guarded.post(AUDIT, { by: editorId }, bearer(READER_KEY));
    const entries = trail.body.data.auditTrail.edges.map((edge: any) => edge.node);
    expect(entries.map((entry: any) => [entry.action, entry.subject, entry.by, entry.role])).toEqual([
      ['UNMERGE', mergeId, editorId, 'editor'],
      ['MERGE', mergeId, editorId, 'editor'],
      ['INGEST', make.id('editor'), editorId, 'editor'],
    ]);
    for (const entry of entries) expect(Date.now() - Date.parse(entry.at)).toBeLessThan(10 * 60_000);
    expect(entries[2].summary).toMatch(/1 relations created/);
    // Refused attempts leave no entry, and the keys themselves appear nowhere.
    expect((await guarded.post(AUDIT, { by: readerId }, bearer(READER_KEY))).body.data.auditTrail.totalCount).toBe(0);
    expect(trail.text).not.toContain(EDITOR_KEY);
  });

  it('never echoes or logs a presented key', async () => {
    const logged: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    );
    try {
      const bad = `${EDITOR_KEY}-not`;
      const response = await guarded.post(INGEST, { input: { nonsense: true } }, bearer(bad));
      expect(response.text).not.toContain(bad);
      const broken = await guarded.post('{ actor(id: "russia") { nope } }', {}, bearer(EDITOR_KEY));
      expect(broken.text).not.toContain(EDITOR_KEY);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(logged.join('\n')).not.toContain(EDITOR_KEY);
  });

  it('without keys (loopback only) the local analyst reads and writes as before, audited as "local"', async () => {
    const ingest = await open.post(INGEST, { input: input('local') });
    expect(ingest.body.data.ingestBriefing.briefingStatus).toBe('CREATED');
    const trail = await open.post(AUDIT, { subject: make.id('local') });
    expect(trail.body.data.auditTrail.edges.map((edge: any) => [edge.node.action, edge.node.by])).toEqual([['INGEST', 'local']]);
  });
});
