import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENCODER_DIMENSIONS } from '../../../src/nlp/encoder/encoder-files.js';
import { EncoderClient } from '../../../src/nlp/encoder/encoder-client.js';

/** The model loads in its own thread on first use (provisioned by `npm run nlp:encoder` before `npm test`). */
const LOAD_TIMEOUT_MS = 120_000;

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

describe('the sentence encoder (all-MiniLM-L6-v2, synchronous, cached)', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'encoder-cache-'));
  const client = new EncoderClient(undefined, cacheDir);
  afterAll(async () => {
    await client.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it(
    'gives a unit vector per text, the same for the same text, and reads who does what to whom',
    () => {
      const texts = [
        'SOURCE condemned the strike on TARGET',
        'SOURCE denounced the attack on TARGET',
        'SOURCE hosted TARGET for talks',
        'TARGET condemned the strike on SOURCE',
        'SOURCE condemned the strike on TARGET',
      ];
      const [condemned, denounced, hosted, reversed, again] = client.vectors(texts);
      for (const v of [condemned!, denounced!, hosted!, reversed!]) {
        expect(v).toHaveLength(ENCODER_DIMENSIONS);
        expect(Math.sqrt(cosine(v, v))).toBeCloseTo(1, 5);
      }
      expect(again).toEqual(condemned);
      // a paraphrase with other words is nearer than another event between the same placeholders
      expect(cosine(condemned!, denounced!)).toBeGreaterThan(cosine(condemned!, hosted!));
      // the placeholders' order counts: the same words the other way round are another vector
      expect(cosine(condemned!, reversed!)).toBeLessThan(0.999);
    },
    LOAD_TIMEOUT_MS,
  );

  it('keeps vectors on disk by content: another client reads them back, bit for bit, without computing', () => {
    const text = 'SOURCE accused TARGET of shelling the town';
    const [first] = client.vectors([text]);
    const files = readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.f32'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    // a client with no model: computing a vector would first fetch the model into its folder
    const modelless = path.join(cacheDir, 'no-model-here');
    const reader = new EncoderClient(modelless, cacheDir);
    expect(reader.vectors([text])[0]).toEqual(first);
    expect(existsSync(modelless)).toBe(false);
  });
});
