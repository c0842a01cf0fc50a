import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

/**
 * Discourse resolution on a short briefing written for it (tests/fixtures/rule-sentences/discourse-2026-12-01.txt), read
 * with the CoreNLP parse stored for it (`npm run nlp:store-parses -- tests/fixtures/rule-sentences`): no service needed.
 */
const NAME = 'discourse-2026-12-01';
const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences', `${NAME}.txt`), 'utf8');
const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, '2026-12-01');

describe('discourse resolution on short texts (real parses)', () => {
  if (!parse) throw new Error(`no stored parse of ${NAME}: run npm run nlp:store-parses -- tests/fixtures/rule-sentences`);
  const draft = extractDraft(text, { publishedAt: '2026-12-01', id: NAME, title: NAME }, { parse });
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  const relations = draft.relations.map((r) => `${nameOf.get(r.source)} ${r.type} ${nameOf.get(r.target)}`);

  it('"we" outside quotation marks in a transcript is the speaker of the turn, named in full or by surname', () => {
    expect(relations).toContain('Maria Lindqvist CRITICIZED Russia');
    expect(relations).toContain('Maria Lindqvist REQUESTED Estonia');
  });

  it('the evidence of a relation read through the turn’s speaker is its own sentence, at exact offsets', () => {
    const requested = draft.relations.find((r) => r.type === 'REQUESTED' && nameOf.get(r.source) === 'Maria Lindqvist');
    expect(requested?.evidence.quote).toMatch(/We urge Estonia to reopen the border crossing at Narva\.$/);
    expect(text.slice(requested?.evidence.start ?? 0, requested?.evidence.end ?? 0)).toBe(requested?.evidence.quote);
  });

  it('"they" as the subject of a reported clause is its reporters: "Chile and Peru said that they had criticised Bolivia"', () => {
    expect(relations).toContain('Chile CRITICIZED Bolivia');
    expect(relations).toContain('Peru CRITICIZED Bolivia');
  });
});
