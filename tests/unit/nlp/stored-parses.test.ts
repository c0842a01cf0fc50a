import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { textHash } from '../../../src/nlp/document.js';
import { readParse, StoredParses, storedParser } from '../../../src/nlp/parser.js';

const PARSES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses');
const BRIEFINGS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings');
/** The held-out sets: their parses are stored too, so the final measurement needs no service. */
const HELDOUT = ['heldout', 'heldout-next'].map((name) => path.join(PROJECT_ROOT, 'tests', 'fixtures', name)).filter((dir) => existsSync(dir));
/** Short texts written for the rule families' unit tests. */
const RULE_SENTENCES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences');
const TEXT_DIRS = [BRIEFINGS, ...HELDOUT, RULE_SENTENCES];

describe('stored CoreNLP parses of the development and held-out briefings', () => {
  const store = new StoredParses(PARSES);

  for (const dir of TEXT_DIRS) {
    const folder = path.relative(PROJECT_ROOT, dir);
    it(`exist for every briefing in ${folder}, for its text and its date`, () => {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const gold = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as { briefing: { publishedAt: string } };
        expect(store.get(text, gold.briefing.publishedAt), `no stored parse for ${f}: run npm run nlp:store-parses -- ${folder}`).toBeDefined();
      }
    });
  }

  // Problems are gathered and asserted once: an expect() per token over every stored parse (hundreds of thousands of
  // tokens) took most of the default timeout on a loaded machine.
  it('validate, end at blank lines, and every token and entity offset points at its own text', () => {
    const problems: string[] = [];
    for (const f of readdirSync(PARSES).filter((x) => x.endsWith('.json'))) {
      const doc = readParse(path.join(PARSES, f));
      const textFile = [
        ...TEXT_DIRS.map((dir) => path.join(dir, f.replace(/\.json$/, '.txt'))),
        path.join(PROJECT_ROOT, 'seeds', f.replace(/\.json$/, '.txt')),
      ].find((p) => {
        try {
          return textHash(readFileSync(p, 'utf8')) === doc.textHash;
        } catch {
          return false;
        }
      });
      if (!textFile) continue; // a parse of a briefing kept elsewhere
      const text = readFileSync(textFile, 'utf8');
      for (const s of doc.sentences) {
        // a blank line ends a sentence: a headline or dateline paragraph is never parsed as part of the lede
        if (/\n\s*\n/.test(text.slice(s.start, s.end))) problems.push(`${f}: a sentence runs across a blank line at ${s.start}`);
        for (const t of s.tokens) {
          const found = text.slice(t.start, t.end);
          if (found !== t.word) problems.push(`${f}: token "${t.word}" at ${t.start} reads "${found}"`);
        }
        for (const e of s.entities) {
          const found = text.slice(s.tokens[e.start]!.start, s.tokens[e.end - 1]!.end);
          if (found !== e.text) problems.push(`${f}: entity "${e.text}" reads "${found}"`);
        }
        for (const a of s.arcs) if (a.dep >= s.tokens.length) problems.push(`${f}: an arc points at token ${a.dep} of ${s.tokens.length}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses a text it holds no parse of, naming the store', async () => {
    await expect(storedParser(store).parse('A text never parsed.', '2020-01-01')).rejects.toThrow(/no stored parse .*tests\/fixtures\/parses/);
  });
});

describe('a stored parse of another format', () => {
  it('is passed over (the text is parsed again) instead of failing the extraction', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parses-'));
    const text = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.txt'), 'utf8');
    const doc = readParse(path.join(PARSES, 'syria-daily-2015-12-22.json'));
    writeFileSync(path.join(dir, 'stale.json'), JSON.stringify({ ...doc, format: doc.format + 1 }));
    expect(new StoredParses(dir).get(text, '2015-12-22')).toBeUndefined();
    writeFileSync(path.join(dir, 'current.json'), JSON.stringify(doc));
    expect(new StoredParses(dir).get(text, '2015-12-22')?.textHash).toBe(textHash(text));
  });
});
