import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hiddenCountMismatches } from './support/hidden-counts.js';
import { pairCountMismatches } from './support/pair-counts.js';
import { generatedBriefing, graphShape } from '../../bench/generate/generator.js';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { ingestBriefings, ingestInTransaction } from '../../src/ingest/apply-briefing.js';
import type { BriefingFile, BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { importFiles } from '../../src/import/import-folder.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

const { db, statements } = openTestDatabase();
afterAll(() => db.close());

/** Generated briefings (hubs, modalities, negations, undated relations, speakers, roles) under a prefix. */
function briefingsFor(prefix: string): BriefingFile[] {
  const shape = graphShape(1_200);
  const files: BriefingFileInput[] = Array.from({ length: shape.briefings }, (_, index) => generatedBriefing(shape, index, 7));
  // A correction later in the load: briefing 2 again, with half its relations and a changed title.
  const corrected = structuredClone(files[2]!);
  corrected.briefing.title = 'Corrected';
  corrected.relations = corrected.relations.slice(0, 20);
  files.push(corrected);
  const prefixed = JSON.parse(JSON.stringify(files).replaceAll('gen-', `${prefix}-`)) as BriefingFileInput[];
  // MET is left out: another test counts every MET in the graph twice and compares.
  for (const file of prefixed) file.relations = file.relations.filter((relation) => relation.type !== 'MET');
  return prefixed.map((file) => parseBriefing(file, file.briefing.id));
}

/** Everything written under a prefix, with the prefix replaced so two loads can be compared. */
async function dump(prefix: string) {
  const { records } = await db.driver.executeQuery(
    `CALL () {
       MATCH (a:Actor) WHERE a.id STARTS WITH $prefix
       RETURN collect(a { .id, .name, .kind, .aliases, .lookupKeys, .titles, .wikidata }) AS actors
     }
     CALL () {
       MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id STARTS WITH $prefix
       RETURN collect(r { type: type(r), source: a.id, target: b.id, .date, .modality, .negated, .title, .from, .to,
                          .mentions, .firstSeen, .lastSeen, .confidence }) AS relations
     }
     CALL () {
       MATCH (e:Evidence)-[:FROM]->(b:Briefing) WHERE b.id STARTS WITH $prefix
       RETURN collect(e { briefing: b.id, .quote, .start, .end, .speakerId, .modality, .relationType, .sourceId, .targetId, .extractor }) AS evidence
     }
     CALL () {
       MATCH (b:Briefing) WHERE b.id STARTS WITH $prefix
       RETURN collect(b { .id, .title, .publishedAt, .text, mentions: COLLECT { MATCH (b)-[:MENTIONS]->(a) RETURN a.id ORDER BY a.id } }) AS briefings
     }
     RETURN actors, relations, evidence, briefings`,
    { prefix: `${prefix}-` },
    { database: db.name },
  );
  const plain = JSON.parse(
    JSON.stringify(records[0]!.toObject(), (_key, value) => (typeof value === 'bigint' ? Number(value) : value)).replaceAll(prefix, 'P'),
  );
  const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
  return { actors: sorted(plain.actors), relations: sorted(plain.relations), evidence: sorted(plain.evidence), briefings: sorted(plain.briefings) };
}

/** Statements of one batch of new briefings (new-briefings.ts); a stored briefing: the two reads that find it, then the one-briefing steps. */
const BATCH_STATEMENTS = 14;
const ONE_BRIEFING_STATEMENTS = 30;

describe('bulk ingest', () => {
  it('builds the same graph as the one-briefing steps, in a few statements per batch, and a second load changes nothing', async () => {
    const one = uniquePrefix('one');
    const bulk = uniquePrefix('bulk');
    const single = [];
    // The reference: each briefing through every step of ingestInTransaction, never the batched statements.
    for (const file of briefingsFor(one)) single.push(await db.writeTransaction((tx) => ingestInTransaction(tx, file, { replace: true }), file.briefing.id));
    const sentBefore = statements.length;
    const batched = await ingestBriefings(db, briefingsFor(bulk), { batchSize: 7, replace: true });
    // New briefings take a fixed number of statements per batch of 7 (the one-briefing steps take about 13 each);
    // only the last batch, briefing 2's correction, takes those steps.
    const batches = Math.ceil((batched.length - 1) / 7);
    expect(statements.length - sentBefore).toBeLessThanOrEqual(batches * BATCH_STATEMENTS + ONE_BRIEFING_STATEMENTS);

    expect(batched.filter((outcome) => outcome.error)).toEqual([]);
    const statuses = (reports: { briefingStatus: string; relationsCreated: unknown[]; evidenceAdded: number; evidenceRetracted: number }[]) =>
      reports.map((report) => [report.briefingStatus, report.relationsCreated.length, report.evidenceAdded, report.evidenceRetracted].join(' '));
    expect(statuses(batched.map((outcome) => outcome.report!))).toEqual(statuses(single));
    expect(single.at(-1)!.briefingStatus).toBe('UPDATED');
    expect(single.at(-1)!.evidenceRetracted).toBeGreaterThan(0);

    const [ofOne, ofBulk] = [await dump(one), await dump(bulk)];
    expect(ofBulk.relations.length).toBeGreaterThan(500);
    expect(ofBulk).toEqual(ofOne);
    // Both paths keep each actor's counts of the relations its answers hide (the correction retracted some).
    for (const written of [one, bulk]) {
      const counts = await hiddenCountMismatches(db, `${written}-`);
      expect(counts.negated, written).toBeGreaterThan(5);
      expect(counts.mismatches, written).toEqual([]);
      const pairs = await pairCountMismatches(db, `${written}-`);
      expect(pairs.pairs, written).toBeGreaterThan(100);
      expect(pairs.mismatches, written).toEqual([]);
    }

    const again = await ingestBriefings(db, briefingsFor(bulk), { batchSize: 7, replace: true });
    // Briefing 2 is loaded again as first written (undoing its correction), then corrected again:
    // those two change the graph and come back to where it was; nothing else changes.
    const expected = again.map((_, index) => (index === 2 || index === again.length - 1 ? 'UPDATED' : 'UNCHANGED'));
    expect(again.map((outcome) => outcome.report!.briefingStatus)).toEqual(expected);
    expect(await dump(bulk)).toEqual(ofOne);
  }, 600_000);
});

describe('import of briefing files', () => {
  it('resumes: what is stored as given is skipped, a changed file is refused naming the file', async () => {
    const prefix = uniquePrefix('resume');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const shape = graphShape(120);
    const files = [0, 1, 2].map((index) => {
      const file = path.join(folder, `briefing-${index}.json`);
      writeFileSync(file, JSON.stringify(generatedBriefing(shape, index, 11)).replaceAll('gen-', `${prefix}-`));
      return file;
    });
    // Interrupted after the first file: the second run loads the other two and skips the first.
    expect(await importFiles(db, [files[0]!])).toMatchObject({ briefings: 1, created: 1, failed: 0 });
    expect(await importFiles(db, [folder])).toMatchObject({ briefings: 3, created: 2, unchanged: 1, alreadyStored: 1, failed: 0 });

    const changed = JSON.parse(readFileSync(files[1]!, 'utf8')) as BriefingFileInput;
    changed.briefing.title = 'Changed';
    writeFileSync(files[1]!, JSON.stringify(changed));
    const third = await importFiles(db, [folder]);
    expect(third).toMatchObject({ briefings: 3, unchanged: 2, alreadyStored: 2, failed: 1 });
    expect(third.errors).toHaveLength(1);
    expect(third.errors[0]!.slice(0, third.errors[0]!.indexOf(': '))).toBe(`${files[1]!} (briefing ${prefix}-briefing-1)`);
    expect(third.errors[0]).toContain('already exists with different content');
  }, 120_000);
});

describe('import of GDELT 2.0 event exports', () => {
  /** The sample with this test's own actors and articles, so parallel tests and reruns keep apart. */
  function sampleFolder(tag: string): string {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'gdelt-'));
    const text = readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/gdelt/20190304151500.export.CSV'), 'utf8')
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .map((cell, column) => ([6, 16].includes(column) && cell ? `${cell} ${tag}` : column === 60 && cell ? `${cell}?${tag}` : cell))
          .join('\t'),
      )
      .join('\n');
    writeFileSync(path.join(folder, '20190304151500.export.CSV'), text);
    return folder;
  }

  it('loads the events as reported relations with their source article as provenance; again, nothing changes', async () => {
    const tag = uniquePrefix('g').replace(/-/g, '');
    const titled = tag[0]!.toUpperCase() + tag.slice(1);
    const folder = sampleFolder(tag);
    const progress: number[] = [];
    const first = await importFiles(db, [folder], { onProgress: (p) => progress.push(p.briefings) });
    expect(first).toMatchObject({ files: 1, briefings: 3, created: 3, failed: 0, relations: 5, relationsCreated: 5, evidenceAdded: 5 });
    expect(first.skippedEvents).toEqual({ UNMAPPED_CAMEO: 3, NO_ACTOR2: 1 });
    expect(progress.at(-1)).toBe(3);

    const { records } = await db.driver.executeQuery(
      `MATCH (a:Actor {id: $norway})-[r:VISITED]->(b:Actor {id: $chile})
       MATCH (e:Evidence {relationId: r.id})-[:FROM]->(briefing:Briefing)
       RETURN r.date AS date, r.modality AS modality, e.extractor AS extractor, e.quote AS quote, briefing.url AS url, b.kind AS kind`,
      { norway: `norway-${tag}`, chile: `chile-${tag}` },
      { database: db.name },
    );
    expect(records.map((record) => ({ ...record.toObject(), date: String(record.get('date')) }))).toEqual([
      {
        date: '2019-03-04',
        modality: 'REPORTED',
        extractor: 'gdelt-2.0',
        quote: `GDELT event 1100000001: Norway ${titled} (NOR) 042 Chile ${titled} (CHL)`,
        url: `https://news.example.org/2019/03/04/norway-chile-visit?${tag}`,
        kind: 'STATE',
      },
    ]);

    // Again (a resumed import): every briefing is stored as given, recognised by its fingerprint, and nothing is written.
    const sentBefore = statements.length;
    const second = await importFiles(db, [folder]);
    expect(second).toMatchObject({ briefings: 3, created: 0, updated: 0, unchanged: 3, alreadyStored: 3, relationsCreated: 0, evidenceAdded: 0, failed: 0 });
    expect(statements.slice(sentBefore)).toEqual(['ingest/stored-content']);
  });

  it('reports a malformed row with its file and line, and loads nothing from that file', async () => {
    const tag = uniquePrefix('bad').replace(/-/g, '');
    const folder = sampleFolder(tag);
    const file = path.join(folder, '20190304151500.export.CSV');
    const rows = readFileSync(file, 'utf8').split('\n');
    rows[4] = rows[4]!.split('\t').slice(0, 40).join('\t');
    writeFileSync(file, rows.join('\n'));
    const report = await importFiles(db, [folder]);
    expect(report).toMatchObject({ files: 1, briefings: 0, failed: 1 });
    expect(report.errors).toEqual([`${file}:5: expected 61 tab-separated columns (GDELT 2.0 event export), found 40`]);
    const { records } = await db.driver.executeQuery('MATCH (a:Actor) WHERE a.id ENDS WITH $tag RETURN count(a) AS n', { tag }, { database: db.name });
    expect(Number(records[0]!.get('n'))).toBe(0);
  });
});
