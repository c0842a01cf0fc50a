import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import type { Actor } from '../../../../src/extract/actors.js';
import { extractDraft, type CombineMode } from '../../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

/**
 * Short texts written for one rule family (tests/fixtures/rule-sentences/<name-YYYY-MM-DD>.txt), read with the CoreNLP
 * parse stored for them (`npm run nlp:store-parses -- tests/fixtures/rule-sentences`): no service needed.
 */
const DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences');
const BRIEFINGS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings');
const store = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'));

/** The draft of a text in `dir` named `<name>.txt`, published on the date its name ends with, read with its stored parse. */
function draftOfStoredText(dir: string, name: string, combine?: CombineMode) {
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const publishedAt = /(\d{4}-\d{2}-\d{2})$/.exec(name)![1]!;
  const parse = store.get(text, publishedAt);
  if (!parse) throw new Error(`no stored parse of ${name}: run npm run nlp:store-parses -- ${path.relative(PROJECT_ROOT, dir)}`);
  return extractDraft(text, { publishedAt, id: name, title: name }, { parse, ...(combine ? { combine } : {}) });
}

/** The draft of a rule-sentence text, published on the date its name ends with. */
export function draftOfRuleSentences(name: string, combine?: CombineMode) {
  return draftOfStoredText(DIR, name, combine);
}

/** The draft of a development briefing (tests/fixtures/briefings/<id>.txt), for tests of rules on whole briefings. */
export function draftOfDevelopmentBriefing(id: string) {
  return draftOfStoredText(BRIEFINGS, id);
}

/** A draft's relations as "<source name> <TYPE> <target name>" lines. */
export function relationLines(draft: ReturnType<typeof extractDraft>): string[] {
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.relations.map((r) => `${nameOf.get(r.source)} ${r.type} ${nameOf.get(r.target)}`);
}

/** An actor as the actor layer makes it, named and of a kind, with nothing else known. */
export const testActor = (key: number, name: string, kind: Actor['kind'] = 'STATE'): Actor => ({
  key,
  name,
  kind,
  aliases: new Set(),
  roles: [],
  active: true,
  knownId: null,
  state: null,
  fuzzy: false,
  mergedInto: null,
});
