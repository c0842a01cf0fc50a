import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

/**
 * Two names for one actor, on development briefings with their stored CoreNLP parse: a state's administration is
 * the state (docs/annotating.md, "A state's government, administration or regime"), and a body's head word
 * alone ("the Council") is the one body the document names with it.
 */
const store = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'));

function draftOf(name: string, publishedAt: string) {
  const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${name}.txt`), 'utf8');
  const parse = store.get(text, publishedAt);
  if (!parse) throw new Error(`no stored parse of ${name}`);
  return extractDraft(text, { publishedAt, id: name, title: name }, { parse });
}

describe('a state named by its administration', () => {
  it('"the Obama administration" is the United States, no "American government" of its own', () => {
    const draft = draftOf('tsai-trump-phone-call-taipei-daily-2016-12-04', '2016-12-04');
    expect(draft.actors.find((a) => a.name === 'United States')?.aliases).toContain('Obama administration');
    expect(draft.actors.filter((a) => /government|administration/i.test(a.name))).toEqual([]);
  });
});

describe("a body's head word alone", () => {
  it('"the Council" asked after the Security Council is named is that council, not a second actor', () => {
    const draft = draftOf('rwanda-unamir-resolution-912-security-council-1994-04-21', '1994-04-21');
    const councils = draft.actors.filter((a) => a.name === 'Council' || a.aliases.includes('Council'));
    expect(councils.map((a) => a.name)).toEqual(['UN Security Council']);
    expect(draft.actors.some((a) => a.name === 'Council')).toBe(false);
  });

  it('"the Council" is the body whose name holds the word anywhere ("Permanent Council of the Organization of American States")', () => {
    const draft = draftOf('panama-intervention-oas-permanent-council-press-release-1989-12-22', '1989-12-22');
    expect(draft.actors.some((a) => a.name === 'Council')).toBe(false);
  });
});
