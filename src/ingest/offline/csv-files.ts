import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BriefingRows } from './offline-shard.js';
import type { GraphRows } from './offline-graph.js';

/**
 * The offline graph as CSV files in neo4j-admin's import format, one per kind of node and of
 * relationship, each with its typed header. Property types are those the online ingest stores:
 * dates as `date`, timestamps as `datetime`, counts as `long`, and every number JavaScript sends
 * through the driver (confidence, quote offsets) as `double`, which is what the driver makes of it.
 * A null is an empty unquoted field (no property, as SET x.p = null leaves none); every string is
 * quoted, so an empty string stays one.
 */

/** Separates a list's items inside one field: a control character, which no validated name, alias, title or id may hold. */
export const ARRAY_DELIMITER = '\u001f';
/** Rows buffered before a write: fewer system calls for a million rows. */
const ROWS_PER_WRITE = 2_000;

type Value = string | number | boolean | null | readonly string[];

class CsvFile {
  private readonly fd: number;
  private buffer: string[] = [];
  /** Whether a field of this file spans lines, which neo4j-admin must be told. */
  multiline = false;
  constructor(
    readonly file: string,
    header: readonly string[],
  ) {
    this.fd = openSync(file, 'w', 0o600);
    writeSync(this.fd, `${header.join(',')}\n`);
  }
  row(values: readonly Value[]): void {
    const line = values.map(field).join(',');
    if (!this.multiline && LINE_BREAK.test(line)) this.multiline = true;
    this.buffer.push(line);
    if (this.buffer.length >= ROWS_PER_WRITE) this.flush();
  }
  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
  /** This file as the import takes it, under a label or relationship type. */
  of(name: string): CsvFileOf {
    return { name, file: this.file, multiline: this.multiline };
  }
}

function field(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return quoted(value);
  for (const item of value) {
    if (item.includes(ARRAY_DELIMITER)) throw new Error(`a list item holds the import's array delimiter (U+001F): ${JSON.stringify(item)}`);
  }
  return quoted(value.join(ARRAY_DELIMITER));
}

const LINE_BREAK = /[\r\n]/;
const quoted = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

/** One file of an offline import and what neo4j-admin must be told of it. */
export interface CsvFileOf {
  /** The node label, or the relationship type ('' when each row names its type in a :TYPE column). */
  name: string;
  file: string;
  /** Whether a field spans lines (a briefing's text), which the importer parses the slow way. */
  multiline: boolean;
}

/** The files of one offline import, as neo4j-admin takes them: --nodes=Label=file and --relationships=TYPE=file, a label or type possibly in several files. */
export interface CsvImport {
  nodes: { label: string; file: string }[];
  relationships: { type: string; file: string }[];
  multiline: boolean;
}

/** The files written by several writers (the briefings' rows of each planning thread, the graph's), as one import. */
export function csvImportOf(nodes: readonly CsvFileOf[], relationships: readonly CsvFileOf[]): CsvImport {
  return {
    nodes: nodes.map(({ name, file }) => ({ label: name, file })),
    relationships: relationships.map(({ name, file }) => ({ type: name, file })),
    multiline: [...nodes, ...relationships].some((csv) => csv.multiline),
  };
}

/**
 * The CSV files of the briefings' own rows (briefings, mentions, actor statements, evidence and
 * their FROM), named with `tag` so that each planning thread writes its own. `at` is the import's
 * time, written where the ingest writes datetime() (createdAt, ingestedAt).
 */
export function briefingCsvFiles(dir: string, tag: string, at: string): { rows: BriefingRows; close(): { nodes: CsvFileOf[]; relationships: CsvFileOf[] } } {
  const file = (name: string, header: readonly string[]) => new CsvFile(path.join(dir, `${name}-${tag}.csv`), header);
  const briefings = file('briefings', [
    'id:ID(Briefing)',
    'ingestedAt:datetime',
    'title',
    'url',
    'source',
    'publishedAt:date',
    'text',
    'annotator',
    'contentHash',
  ]);
  const mentions = file('mentions', [':START_ID(Briefing)', ':END_ID(Actor)']);
  const statements = file('actor-statements', [
    'id:ID(ActorStatement)',
    'briefingId',
    'publishedAt:date',
    'statedId',
    'actorId',
    'baseActorId',
    'name',
    'kind',
    'aliases:string[]',
    'titles:string[]',
    'wikidata',
    'externalIds:string[]',
  ]);
  const evidence = file('evidence', [
    'id:ID(Evidence)',
    'createdAt:datetime',
    'relationId',
    'relationType',
    'sourceId',
    'targetId',
    'quote',
    'quoteKey',
    'start:double',
    'end:double',
    'speakerId',
    'extractor',
    'statedSourceId',
    'statedTargetId',
    'baseSourceId',
    'baseTargetId',
    'baseSpeakerId',
    'date:date',
    'negated:boolean',
    'title',
    'from:date',
    'to:date',
    'modality',
    'confidence:double',
  ]);
  const from = file('from', [':START_ID(Evidence)', ':END_ID(Briefing)']);
  const rows: BriefingRows = {
    briefing: ({ briefing: b }, contentHash) => briefings.row([b.id, at, b.title, b.url, b.source, b.publishedAt, b.text, b.annotator, contentHash]),
    mention: (briefingId, actorId) => mentions.row([briefingId, actorId]),
    statement: (s, briefingId, publishedAt) =>
      statements.row([s.id, briefingId, publishedAt, s.statedId, s.actorId, s.baseActorId, s.name, s.kind, s.aliases, s.titles, s.wikidata, s.externalIds]),
    evidence: (r, briefingId) => {
      const e = r.evidence;
      evidence.row([
        e.id,
        at,
        r.id,
        r.type,
        r.source,
        r.target,
        e.quote,
        e.quoteKey,
        e.start,
        e.end,
        e.speakerId,
        e.extractor,
        e.statedSource,
        e.statedTarget,
        e.baseSource,
        e.baseTarget,
        e.baseSpeaker,
        r.date,
        r.negated,
        r.title,
        r.from,
        r.to,
        r.modality,
        r.confidence,
      ]);
      from.row([e.id, briefingId]);
    },
  };
  return {
    rows,
    close: () => {
      for (const csv of [briefings, mentions, statements, evidence, from]) csv.close();
      return {
        nodes: [briefings.of('Briefing'), statements.of('ActorStatement'), evidence.of('Evidence')],
        relationships: [mentions.of('MENTIONS'), from.of('FROM')],
      };
    },
  };
}

/**
 * The CSV files of the actors, the relations, the audit (one entry per briefing) and the data
 * migrations to record as applied (the imported graph already has the current model); `by` is who
 * the audit names.
 */
export function graphCsvFiles(
  dir: string,
  at: string,
  migrations: readonly string[],
  by: { id: string; role: string },
): { rows: GraphRows; close(): { nodes: CsvFileOf[]; relationships: CsvFileOf[] } } {
  const file = (name: string, header: readonly string[]) => new CsvFile(path.join(dir, `${name}.csv`), header);
  const actors = file('actors', [
    'id:ID(Actor)',
    'name',
    'kind',
    'createdAt:datetime',
    'aliases:string[]',
    'aliasText',
    'lookupKeys:string[]',
    'titles:string[]',
    'wikidata',
    'externalIds:string[]',
  ]);
  const relations = file('relations', [
    ':START_ID(Actor)',
    ':END_ID(Actor)',
    ':TYPE',
    'id',
    'date:date',
    'datePrecision',
    'dateEnd:date',
    'negated:boolean',
    'title',
    'createdAt:datetime',
    'mentions:long',
    'firstSeen:date',
    'lastSeen:date',
    'confidence:double',
    'modality',
    'from:date',
    'to:date',
  ]);
  const audit = file('audit', ['id:ID(AuditEntry)', 'at:datetime', 'by', 'role', 'action', 'subject', 'summary']);
  const rows: GraphRows = {
    actor: (a) => actors.row([a.id, a.name, a.kind, at, a.aliases, a.aliasText, a.lookupKeys, a.titles, a.wikidata, a.externalIds]),
    relation: (r) =>
      relations.row([
        r.source,
        r.target,
        r.type,
        r.id,
        r.date,
        r.datePrecision,
        r.dateEnd,
        r.negated,
        r.title,
        at,
        r.derived.mentions,
        r.derived.firstSeen,
        r.derived.lastSeen,
        r.derived.confidence,
        r.derived.modality,
        r.derived.from,
        r.derived.to,
      ]),
    audit: ({ subject, summary }) => audit.row([randomUUID(), at, by.id, by.role, 'INGEST', subject, summary]),
  };
  return {
    rows,
    close: () => {
      const migrationFile = file('migrations', ['name:ID(SchemaMigration)', 'appliedAt:datetime']);
      for (const name of migrations) migrationFile.row([name, at]);
      for (const csv of [actors, relations, audit, migrationFile]) csv.close();
      return {
        nodes: [actors.of('Actor'), audit.of('AuditEntry'), migrationFile.of('SchemaMigration')],
        relationships: [relations.of('')],
      };
    },
  };
}
