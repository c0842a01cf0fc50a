import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedBriefing, graphShape } from '../../../bench/generate/generator.js';
import type { BriefingFile } from '../../../src/ingest/briefing-format.js';
import { combinedFacts, derivedFactsOf, factsOfOne, type EvidenceFacts } from '../../../src/ingest/new-relation-facts.js';
import { graphCsvFiles } from '../../../src/ingest/offline/csv-files.js';
import { OfflineGraph } from '../../../src/ingest/offline/offline-graph.js';
import { planBriefings } from '../../../src/ingest/offline/offline-pool.js';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';
import type { ActorKind } from '../../../src/vocabulary/actor-kinds.js';
import { MODALITIES } from '../../../src/vocabulary/modalities.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Enough briefings for several batches per thread, over few actors so that relations and actors'
 * statements recur across batches (and so across threads); a late briefing gives a hub another
 * alias and restates a relation of an early one with a surer modality.
 */
function briefings(): BriefingFile[] {
  const shape = graphShape(4_000);
  const inputs = Array.from({ length: shape.briefings }, (_, index) => generatedBriefing(shape, index, 3));
  const early = inputs[0]!.relations[0]!;
  const late = inputs[90]!;
  late.actors.find((actor) => actor.id === late.relations[0]!.source)!.aliases!.push('A Later Alias');
  for (const id of [early.source, early.target]) {
    if (!late.actors.some((actor) => actor.id === id)) late.actors.push(inputs[0]!.actors.find((actor) => actor.id === id)!);
  }
  late.briefing.text = `${late.briefing.text ?? ''} Restated.`;
  late.relations.push({ ...early, modality: 'ASSERTED', evidence: { quote: 'Restated.' } });
  return inputs.map((input, index) => parseBriefing(input, `generated ${index}`));
}

/** Every row of every CSV file the load wrote, by kind of file (the name without its thread's tag), the audit's random ids left out. */
async function plannedRows(files: readonly BriefingFile[], threads: number): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-offline-planning-'));
  dirs.push(dir);
  const at = '2026-12-01T00:00:00.000Z';
  const graph = new OfflineGraph();
  const planned = await planBriefings(
    files.map((file) => ({ file, source: file.briefing.id })),
    graph,
    // A few briefings in this thread, the rest in the worker threads.
    { dir, at, threads, briefingsBeforeThreads: 10 },
  );
  const csv = graphCsvFiles(dir, at, ['migrations/x'], { id: 'tester', role: 'ANALYST' });
  graph.finish(planned.counts, planned.tally, csv.rows);
  csv.close();
  const rows: Record<string, string[]> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.csv'))) {
    const kind = name.replace(/-(main|t\d+)\.csv$|\.csv$/, '');
    // Each thread's file has its header: kept once.
    const [header, ...records] = csvRecords(readFileSync(path.join(dir, name), 'utf8'));
    rows[`${kind} header`] = [header!];
    rows[kind] = [...(rows[kind] ?? []), ...records.map((record) => (kind === 'audit' ? record.replace(/^[^,]*,/, '') : record))];
  }
  for (const kind of Object.keys(rows)) rows[kind]!.sort();
  return rows;
}

/** A file's records (a quoted field may span lines), its header first. */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === '\n' && !quoted) {
      records.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return records;
}

describe('offline planning in worker threads', () => {
  it('writes the same rows as planning in one thread: briefings, statements, evidence, actors, relations, audit', async () => {
    const files = briefings();
    const [single, threaded] = [await plannedRows(files, 0), await plannedRows(files, 3)];
    expect(
      Object.keys(single)
        .filter((kind) => !kind.endsWith(' header'))
        .sort(),
    ).toEqual(['actor-statements', 'actors', 'audit', 'briefings', 'evidence', 'from', 'mentions', 'migrations', 'relations']);
    expect(single.briefings!.length).toBe(files.length);
    // Relations stated by several briefings, and the late restatement: corroborated, surest modality, first statement's facts.
    expect(single.audit!.some((row) => / [1-9]\d* corroborated/.test(row))).toBe(true);
    expect(single.actors!.some((row) => row.includes('A Later Alias'))).toBe(true);
    expect(threaded).toEqual(single);
  }, 120_000);

  it('refuses, in any number of threads, the first briefing only the online import reproduces, naming it and the field', async () => {
    const files = briefings();
    const kind: ActorKind = files[70]!.actors[0]!.kind === 'STATE' ? 'PERSON' : 'STATE';
    const conflicting: BriefingFile = { ...files[70]!, actors: [{ ...files[70]!.actors[0]!, kind }, ...files[70]!.actors.slice(1)] };
    const withConflicts = [...files.slice(0, 70), conflicting, ...files.slice(71, 80), files[5]!];
    for (const threads of [0, 2]) {
      await expect(plannedRows(withConflicts, threads)).rejects.toThrow(/^gen-briefing-70: actors\.0\.kind: "gen-\d+" was loaded as [A-Z_]+: another kind/);
    }
  }, 120_000);
});

describe("a relation's facts tallied in parts", () => {
  it('equal the facts derived from all its evidence at once, however the evidence is split', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const day = () => `2015-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}`;
    for (let trial = 0; trial < 300; trial += 1) {
      const evidence: EvidenceFacts[] = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
        modality: MODALITIES[Math.floor(next() * MODALITIES.length)]!,
        confidence: next() < 0.3 ? null : Math.round(next() * 100) / 100,
        from: next() < 0.5 ? null : day(),
        to: next() < 0.5 ? null : day(),
        publishedAt: day(),
      }));
      const cut = Math.floor(next() * evidence.length);
      const parts = [evidence.slice(0, cut), evidence.slice(cut)].filter((part) => part.length > 0).map(derivedFactsOf);
      const tallied = parts.reduce(combinedFacts);
      expect(tallied).toEqual(derivedFactsOf(evidence));
      expect(evidence.map(factsOfOne).reverse().reduce(combinedFacts)).toEqual(derivedFactsOf(evidence));
    }
  });
});
