import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import type { Actor } from '../../../../src/extract/actors.js';
import { extractDraft, readBriefing, type CombineMode } from '../../../../src/extract/extract-briefing.js';
import { RULES_COMBINE_MODE } from '../../../../src/extract/combine-relations.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

/**
 * Short texts written for one rule family (tests/fixtures/rule-sentences/<name-YYYY-MM-DD>.txt), read with the CoreNLP
 * parse stored for them (`npm run nlp:store-parses -- tests/fixtures/rule-sentences`): no service needed.
 */
const DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences');
const BRIEFINGS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings');
const store = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'));

/** A text in `dir` named `<name>.txt`, published on the date its name ends with, and its stored parse. */
function storedText(dir: string, name: string) {
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const publishedAt = /(\d{4}-\d{2}-\d{2})$/.exec(name)![1]!;
  const parse = store.get(text, publishedAt);
  if (!parse) throw new Error(`no stored parse of ${name}: run npm run nlp:store-parses -- ${path.relative(PROJECT_ROOT, dir)}`);
  return { text, meta: { publishedAt, id: name, title: name }, parse };
}

/**
 * The draft of a text in `dir` named `<name>.txt`, read with its stored parse: by the rules alone unless `combine` says
 * otherwise, since these are tests of rules (the default also adds the learned layer's relations, and its model, trained
 * on the development briefings, would read back a relation a broken rule no longer reads).
 */
function draftOfStoredText(dir: string, name: string, combine: CombineMode = RULES_COMBINE_MODE) {
  const { text, meta, parse } = storedText(dir, name);
  return extractDraft(text, meta, { parse, combine });
}

/** A development briefing (tests/fixtures/briefings/<id>.txt): its text, what the extractor is told of it, and its stored parse. */
export function storedDevelopmentBriefing(id: string) {
  return storedText(BRIEFINGS, id);
}

/** A development briefing's text and the extractor's reading of it (actors, spans, discourse), from its stored parse. */
export function readingOfDevelopmentBriefing(id: string) {
  const { text, meta, parse } = storedText(BRIEFINGS, id);
  return { text, reading: readBriefing(text, meta, { parse }) };
}

/** A rule-sentence text, what the extractor is told of it, and its stored parse. */
export function storedRuleSentences(name: string) {
  return storedText(DIR, name);
}

/** The draft of a rule-sentence text, published on the date its name ends with. */
export function draftOfRuleSentences(name: string, combine?: CombineMode) {
  return draftOfStoredText(DIR, name, combine);
}

/** The draft of a development briefing (tests/fixtures/briefings/<id>.txt), for tests of rules on whole briefings. */
export function draftOfDevelopmentBriefing(id: string, combine?: CombineMode) {
  return draftOfStoredText(BRIEFINGS, id, combine);
}

/** A draft's relations as "<source name> <TYPE> <target name>" lines. */
export function relationLines(draft: ReturnType<typeof extractDraft>): string[] {
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.relations.map((r) => `${nameOf.get(r.source)} ${r.type} ${nameOf.get(r.target)}`);
}

/** A draft's roles with a body, as "<holder> <title> of <body>" lines. */
export function roleLines(draft: ReturnType<typeof extractDraft>): string[] {
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.actors.flatMap((a) => a.roles.filter((r) => r.of).map((r) => `${a.name} ${r.title} of ${nameOf.get(r.of!)}`));
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
