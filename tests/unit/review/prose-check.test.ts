import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { extractChecked } from '../../../src/review/extraction/draft-extractor.js';
import { notProseReason } from '../../../src/review/extraction/prose-check.js';

/** Bytes from a seeded generator (a 32-bit LCG), so a failure replays the same input. */
function randomBytes(count: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const meta = { publishedAt: '2024-03-01', id: 'prose-check', title: 'Prose check' };
const seedText = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.txt'), 'utf8');

describe('the extractor reads prose only', () => {
  const notProse: [string, string, RegExp][] = [
    ['3,000 random bytes read as UTF-8', new TextDecoder().decode(randomBytes(3000, 7)), /NUL|control|U\+FFFD/],
    ['random high bytes (invalid UTF-8, no controls)', new TextDecoder().decode(randomBytes(3000, 11).map((b) => 0x80 | b)), /U\+FFFD/],
    ['a NUL inside prose', 'Russia criticized Turkey.\u0000 Germany met France.', /NUL/],
    ['an escape sequence', 'Russia \u001b[31mcriticized Turkey.', /control/],
    ['an unpaired surrogate', 'Russia criticized \uD800 Turkey.', /surrogate/],
    ['symbols and digits', '$$ 12/34 -- {"a": [1, 2, 3]} ## `x` == 0 || 1 && 2 ;; '.repeat(50), /letters/],
  ];
  for (const [label, text, reason] of notProse) {
    it(`${label}: an empty draft and a warning, never invented facts`, async () => {
      expect(notProseReason(text)).toMatch(reason);
      const { draft, warnings } = await extractChecked({ text, meta, knownActors: [] }, null);
      expect(warnings).toEqual([notProseReason(text)]);
      expect(draft.actors).toEqual([]);
      expect(draft.relations).toEqual([]);
      expect(draft.briefing).toMatchObject({ id: 'prose-check', title: 'Prose check', publishedAt: '2024-03-01', text });
    });
  }

  it('real briefings, accents and other scripts are prose and are extracted as before', async () => {
    for (const text of [seedText, 'Mevlüt Çavuşoğlu a critiqué la Russie.', 'Министр Лавров встретился с Керри.', '外交部长王毅会见了克里。']) {
      expect(notProseReason(text)).toBeNull();
    }
    const { draft, warnings } = await extractChecked({ text: seedText, meta, knownActors: [] }, null);
    expect(warnings).toEqual([]);
    expect(draft.actors.length).toBeGreaterThan(5);
    expect(draft.relations.length).toBeGreaterThan(3);
  });
});
