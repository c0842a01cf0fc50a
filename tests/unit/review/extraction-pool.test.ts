import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { MAX_TEXT_BYTES } from '../../../src/config/limits.js';
import { extractDraft } from '../../../src/extract/extract-briefing.js';
import { ExtractionPool, type ExtractionPoolOptions } from '../../../src/review/extraction/extraction-pool.js';

const meta = { publishedAt: '2015-12-22', id: 'pool-test', title: 'Pool test' };
const seedText = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.txt'), 'utf8');
/** About 100 KB of prose: seconds of work for the rules, so it is still running when the test acts. */
const longText = seedText.repeat(16);

const pools: ExtractionPool[] = [];
function pool(options: Partial<ExtractionPoolOptions> = {}): ExtractionPool {
  const made = new ExtractionPool({ workers: 1, queue: 2, timeoutMs: 60_000, parser: { kind: 'surface' }, ...options });
  pools.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error as { code: string }).code,
  );

// Each test starts worker threads, which load the extractor: seconds on a crowded machine.
describe('extraction in worker threads', { timeout: 60_000 }, () => {
  it('gives the draft the extractor gives in this thread', async () => {
    const { draft, warnings } = await pool().extract({ text: seedText, meta, knownActors: [] });
    expect(warnings).toEqual([]);
    expect(draft).toEqual(extractDraft(seedText, meta));
  });

  it('refuses a text over MAX_TEXT_BYTES (counted in UTF-8 bytes) before any work', async () => {
    // Two bytes a character: under the limit in characters, over it in bytes.
    const text = 'é'.repeat(MAX_TEXT_BYTES / 2 + 1);
    const refused = pool().extract({ text, meta, knownActors: [] });
    await expect(refused).rejects.toMatchObject({ code: 'TEXT_TOO_LARGE', argument: 'input.text' });
    await expect(refused).rejects.toThrow(/MAX_TEXT_BYTES/);
  });

  it('terminates an extraction past EXTRACTION_TIMEOUT_MS, and the next text gets a fresh worker', async () => {
    // The deadline counts from when the worker has the text, not while it loads the extractor.
    const extractor = pool({ timeoutMs: 1_500 });
    // About 420 KB: half a minute of work for the rules on a quiet machine.
    await expect(extractor.extract({ text: seedText.repeat(64), meta, knownActors: [] })).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
    expect(extractor.running).toBe(0);
    const small = 'Russia criticized Turkey.';
    const again = await extractor.extract({ text: small, meta, knownActors: [] });
    expect(again.draft).toEqual(extractDraft(small, meta));
  });

  it('queues texts up to EXTRACTION_QUEUE and refuses one more with EXTRACTION_BUSY', async () => {
    const extractor = pool({ workers: 1, queue: 1 });
    const running = codeOf(extractor.extract({ text: longText, meta, knownActors: [] }));
    const waiting = codeOf(extractor.extract({ text: longText, meta, knownActors: [] }));
    expect(await codeOf(extractor.extract({ text: seedText, meta, knownActors: [] }))).toBe('EXTRACTION_BUSY');
    await extractor.close();
    expect(await running).toBe('EXTRACTION_STOPPED');
    expect(await waiting).toBe('EXTRACTION_STOPPED');
    expect(await codeOf(extractor.extract({ text: seedText, meta, knownActors: [] }))).toBe('EXTRACTION_STOPPED');
  });
});
