import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/config/limits.js';
import { ExtractionPool } from '../../src/review/extraction/extraction-pool.js';
import { openTestDatabase, SEED_BRIEFING_ID, uniquePrefix } from './support/graph.js';
import { startTestServer } from './support/http.js';

// Surface rules only (no CoreNLP service): the same worker machinery, without a 3 GB service to start.
const extraction = new ExtractionPool({ workers: 1, queue: 1, timeoutMs: 60_000, parser: { kind: 'surface' } });
const { db } = openTestDatabase();
const server = await startTestServer(db, { extraction });
afterAll(async () => {
  await server.stop();
  await extraction.close();
  await db.close();
});

const INGEST_TEXT = `mutation($input: BriefingTextInput!) { ingestBriefingText(input: $input) { briefingStatus warnings briefing { id } actors { inputId } } }`;

/** About 150 KB of prose naming nobody (seconds of work for the rules, and nothing to add to the seed's actors). */
function namelessProse(chars: number): string {
  const words = 'the talks on the grain corridor resumed after a long pause and the delegates said that the weather was mild while markets stayed calm'.split(
    ' ',
  );
  let state = 1;
  const sentences: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence = Array.from({ length: 14 }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return words[state % words.length]!;
    }).join(' ');
    sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    length += sentence.length + 2;
  }
  return sentences.join(' ');
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('ingestBriefingText extracts off the event loop', () => {
  it('answers a query sent while a large text is being extracted before that extraction ends', async () => {
    const order: string[] = [];
    const ingest = server
      .post(INGEST_TEXT, { input: { id: uniquePrefix('large'), text: namelessProse(150_000), publishedAt: '2024-05-01' } })
      .then((response) => {
        order.push('ingest');
        return response;
      });
    await until(() => extraction.running === 1);
    const query = await server.post(`{ briefing(id: "${SEED_BRIEFING_ID}") { id } }`);
    order.push('query');
    expect(query.body.data).toEqual({ briefing: { id: SEED_BRIEFING_ID } });
    expect(extraction.running).toBe(1);
    const ingested = await ingest;
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestBriefingText).toMatchObject({ briefingStatus: 'CREATED', warnings: [], actors: [] });
    expect(order).toEqual(['query', 'ingest']);
  });

  it('stores a text that is not prose with nothing extracted and says why; refuses NUL naming the field', async () => {
    const id = uniquePrefix('binary');
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => 0x80 | ((i * 7919) % 128));
    const text = `Vladimir Putin met Recep Tayyip Erdogan in Moscow. ${new TextDecoder().decode(bytes)}`;
    const stored = await server.post(INGEST_TEXT, { input: { id, text, publishedAt: '2024-05-02' } });
    expect(stored.body.data.ingestBriefingText).toMatchObject({ briefingStatus: 'CREATED', actors: [], briefing: { id } });
    expect(stored.body.data.ingestBriefingText.warnings[0]).toMatch(/U\+FFFD.*nothing was extracted/);
    const facts = await db.driver.executeQuery('MATCH (:Briefing {id: $id})<-[:FROM]-(e:Evidence) RETURN count(e) AS evidence', { id });
    expect(facts.records[0]!.get('evidence').toNumber()).toBe(0);

    const nul = await server.post(INGEST_TEXT, { input: { id: uniquePrefix('nul'), text: 'Russia met\u0000 Turkey.', publishedAt: '2024-05-02' } });
    expect(nul.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' } });
  });

  it('refuses a text over MAX_TEXT_BYTES naming input.text, before extracting', async () => {
    const text = 'é'.repeat(MAX_TEXT_BYTES / 2 + 1);
    const { body } = await server.post(INGEST_TEXT, { input: { id: uniquePrefix('huge'), text, publishedAt: '2024-05-03' } });
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' } });
    expect(body.errors![0]!.message).toMatch(/MAX_TEXT_BYTES/);
    expect(extraction.running).toBe(0);
    // Refused before the operation runs: no data at all.
    expect(body.data).toBeUndefined();
  });
});
