import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { EXTRACTOR_ID } from '../../src/extract/extract-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { extractWithGraph } from '../../src/review/extract-and-ingest.js';
import { inject } from 'vitest';
import { graphqlClient, openTestDatabase, uniquePrefix } from '../integration/support/graph.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

const run = promisify(execFile);

describe('extraction against the graph', () => {
  it('recognises the graph’s actors under other spellings and reports how each actor resolved', async () => {
    const text =
      'Russian Defense Minister Sergei Shoygu met Turkish Foreign Minister Mevlut Cavusoglu in Ankara on Monday. ' +
      'Cavusoglu criticized Russia over the strikes. Ambassador Zorbek Novikanto attended the talks.';
    const { draft, matches } = await extractWithGraph(db, text, { publishedAt: '2016-02-10', id: uniquePrefix('known'), title: 'Known actors' });
    expect(() => parseBriefing(draft, 'draft')).not.toThrow();
    const ids = draft.actors.map((actor) => actor.id);
    expect(ids).toEqual(expect.arrayContaining(['sergei-shoigu', 'mevlut-cavusoglu', 'russia', 'turkey']));
    const byId = new Map(matches!.map((match) => [match.status === 'MATCHED' ? match.existingId : match.inputId, match]));
    expect(byId.get('sergei-shoigu')).toMatchObject({ status: 'MATCHED' });
    expect(byId.get('mevlut-cavusoglu')).toMatchObject({ status: 'MATCHED' });
    expect(matches!.find((match) => match.name.includes('Novikanto'))).toMatchObject({ status: 'NEW' });
    expect(draft.relations).toContainEqual(expect.objectContaining({ source: 'mevlut-cavusoglu', type: 'CRITICIZED', target: 'russia' }));
  });

  it('extracts and ingests raw text in one step, keeping the extractor on every piece of evidence', async () => {
    const id = uniquePrefix('text');
    const text =
      'Freedonian Foreign Minister Rufus Firefly met Sylvanian President Trentino Ambassad on Tuesday in Geneva. ' +
      'Firefly later criticized Sylvania over the border closure.';
    const mutation = `mutation($input: BriefingTextInput!) { ingestBriefingText(input: $input) {
      briefingStatus actors { status actor { id name } } relationsCreated { type date evidence { extractor quote } } } }`;
    const input = { text, publishedAt: '2024-04-05', id, title: 'Freedonia and Sylvania' };
    const first = await execute(mutation, { input });
    expect(first.errors).toBeUndefined();
    const result = first.data!.ingestBriefingText;
    expect(result.briefingStatus).toBe('CREATED');
    expect(result.relationsCreated.length).toBeGreaterThan(0);
    for (const relation of result.relationsCreated) {
      expect(relation.evidence.every((evidence: any) => evidence.extractor === EXTRACTOR_ID)).toBe(true);
      expect(text).toContain(relation.evidence[0].quote);
    }
    expect(result.relationsCreated.map((relation: any) => relation.type)).toContain('MET');
    // The second run extracts with the actors the first created now known to the graph, so it may
    // find more; it never duplicates an actor, and from then on the same text changes nothing.
    const again = (await execute(mutation, { input })).data!.ingestBriefingText;
    expect(again.actors.every((actor: any) => actor.status === 'MATCHED')).toBe(true);
    const third = await execute(mutation, { input });
    expect(third.data!.ingestBriefingText).toMatchObject({ briefingStatus: 'UNCHANGED', relationsCreated: [] });
  });

  it('`npm run --silent extract` prints only the draft JSON, with no database running', async () => {
    const file = path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.txt');
    const env = { ...process.env, NEO4J_URI: '', NEO4J_PORT: '1' };
    const { stdout } = await run('npm', ['run', '--silent', 'extract', '--', file, '--date', '2015-12-22'], { cwd: PROJECT_ROOT, env, maxBuffer: 1 << 24 });
    const draft = parseBriefing(JSON.parse(stdout), 'stdout');
    expect(draft.briefing.publishedAt).toBe('2015-12-22');
    expect(draft.annotator).toBe(EXTRACTOR_ID);
    expect(draft.relations.length).toBeGreaterThan(5);
    const wagner = draft.actors.find((actor) => actor.aliases.includes('OSM') || actor.name === 'OSM');
    expect(wagner).toBeDefined();
  });

  it('`npm run ingest -- --dry-run` validates a draft and shows how its actors resolve, writing nothing', async () => {
    const target = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database };
    const file = path.join(PROJECT_ROOT, 'examples', 'kremlin-talks-2015-11-26.yaml');
    const { stdout } = await run('npm', ['run', '--silent', 'ingest', '--', file, '--dry-run'], { cwd: PROJECT_ROOT, env });
    expect(stdout).toContain('valid; 6 actors, 3 relations');
    expect(stdout).toMatch(/matched existing Vladimir Putin → Vladimir Putin \(vladimir-putin\) by (wikidata|id)/);
    const { data } = await execute('{ briefing(id: "kremlin-talks-2015-11-26") { id } }');
    expect(data!.briefing).toBeNull();
  });
});

describe('a reachable graph only adds knowledge', () => {
  it('extracting the seed with its actors in the graph keeps every actor and relation the graph-less extraction finds', async () => {
    const { readFile } = await import('node:fs/promises');
    const { StoredParses, storedParser } = await import('../../src/nlp/parser.js');
    const { inProcessExtractor } = await import('../../src/review/extraction/draft-extractor.js');
    const parser = inProcessExtractor(storedParser(new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'))));
    const text = await readFile(path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.txt'), 'utf8');
    const meta = { publishedAt: '2015-12-22', id: uniquePrefix('seed-again'), title: 'Seed again' };
    const alone = await extractWithGraph(null, text, meta, parser);
    const withGraph = await extractWithGraph(db, text, meta, parser);
    const { lookupKeys } = await import('../../src/text/fold.js');
    // an actor the graph knows comes out under the graph's name, with the text's spelling as an alias
    const { loadKnownActors } = await import('../../src/review/known-actors.js');
    const graphAliases = new Map((await loadKnownActors(db)).map((k) => [k.id, k.aliases]));
    const known = new Set(withGraph.draft.actors.flatMap((a) => lookupKeys(a.name, [...a.aliases, ...(graphAliases.get(a.id) ?? [])])));
    const lost = alone.draft.actors.filter((a) => !lookupKeys(a.name, a.aliases).some((k) => known.has(k))).map((a) => a.name);
    expect(lost).toEqual([]);
    expect(withGraph.draft.actors.length).toBeGreaterThanOrEqual(alone.draft.actors.length);
    const nameOf = (d: typeof alone.draft) => new Map(d.actors.map((a) => [a.id, a.name]));
    const relationKeys = (d: typeof alone.draft) => {
      const n = nameOf(d);
      return new Set(d.relations.map((r) => `${lookupKeys(n.get(r.source)!, [])[0]}|${r.type}|${lookupKeys(n.get(r.target)!, [])[0]}`));
    };
    const withKeys = relationKeys(withGraph.draft);
    expect([...relationKeys(alone.draft)].filter((k) => !withKeys.has(k))).toEqual([]);
  });
});
