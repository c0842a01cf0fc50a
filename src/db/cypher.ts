import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { RELATION_TYPES } from '../vocabulary/relation-types.js';
import { expandProjections } from './projections.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** A parameterised statement read from cypher/<name>.cypher; the name travels into transaction metadata. */
export interface CypherStatement {
  name: string;
  /**
   * What runs: the file without comments, each per-type block expanded to one branch per type and
   * each shared projection (src/db/projections.ts) written out.
   */
  text: string;
  /** The file as written, without comments (a per-type block stands for one type): what linters read. */
  written: string;
}

/**
 * Neo4j reads a relationship index, or a node's group of relationships of one type, only when the
 * type is written literally: `-[r:$(type)]-` scans every relationship. A statement that must find
 * relations of any type therefore marks one block, written for MET, between these two comments;
 * it runs as one UNION ALL branch per type of the vocabulary, each with MET replaced by that type.
 * A block of whole statements (each ending in `;`, e.g. the per-type indexes of cypher/schema/)
 * is repeated once per type instead, its `rel_met_` names becoming `rel_<type>_`: so the
 * vocabulary (src/vocabulary/relation-types.ts) is the only place a type is written.
 */
export const EACH_TYPE_START = '// each relation type:';
export const EACH_TYPE_END = '// end each relation type';
/**
 * A block that finds nothing unless the request names its types (each branch tests that its type is
 * asked for, and the statement's start tests that types were asked at all): run without a type list,
 * it is written for the vocabulary's first type alone, a branch that never runs, instead of one per
 * type that Neo4j would plan for nothing (relations/filter's start by type: 44 × 3 branches took
 * 55 s to plan cold on the 300k store at load 18 for a request that named an actor and no type).
 */
const EACH_REQUESTED_TYPE_START = '// each requested relation type:';
const TEMPLATE_TYPE = /\bMET\b/g;
const TEMPLATE_NAME = /\brel_met_/g;

export function expandTypedBlocks(text: string, types?: readonly string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const marker = lines[i]!.trimStart();
    const requestedOnly = marker.startsWith(EACH_REQUESTED_TYPE_START);
    if (!requestedOnly && !marker.startsWith(EACH_TYPE_START)) {
      out.push(lines[i]!);
      continue;
    }
    const written = types ?? (requestedOnly ? RELATION_TYPES.slice(0, 1) : RELATION_TYPES);
    const end = lines.findIndex((line, j) => j > i && line.trimStart().startsWith(EACH_TYPE_END));
    if (end < 0) throw new Error(`"${marker.slice(0, marker.indexOf(':') + 1)}" without "${EACH_TYPE_END}"`);
    const block = lines.slice(i + 1, end).join('\n');
    const indent = /^\s*/.exec(lines[i]!)![0];
    const statements = block.trimEnd().endsWith(';');
    const copies = written.map((type) => block.replace(TEMPLATE_TYPE, type).replace(TEMPLATE_NAME, `rel_${type.toLowerCase()}_`));
    out.push(copies.join(statements ? '\n' : `\n${indent}UNION ALL\n`));
    i = end;
  }
  return out.join('\n');
}

/**
 * A pattern that may follow a relation of any type, but never :MENTIONS or :FROM, names its type
 * ANY_RELATION: it runs with the vocabulary's types as alternatives (`-[r:MET|VISITED|…]-`), so a
 * hub's expansion reads only its relation groups, never the :MENTIONS of every briefing naming it.
 */
export const ANY_RELATION = /:ANY_RELATION\b/g;

export function expandAnyRelation(text: string, types: readonly string[] = RELATION_TYPES): string {
  return text.replace(ANY_RELATION, `:${types.join('|')}`);
}

/**
 * Integers written into a statement where Cypher takes no parameter (`SHORTEST k`, a
 * quantifier's bound). The file marks each with a block comment naming it just before its
 * default number (e.g. "SHORTEST [comment limit] 10"), so it stays valid Cypher as written; only
 * validated integers are ever substituted.
 */
export type CypherLiterals = Readonly<Record<string, number>>;

const cache = new Map<string, CypherStatement>();

/**
 * A statement whose per-type blocks (and ANY_RELATION) are written for `types` only, not the whole
 * vocabulary: a request that asks for one type of a hub's relations runs one branch, which Neo4j
 * plans in a fraction of the 44 branches' time (seconds to over a minute on a busy 2-core machine
 * for a hub's page of all 44 types). The statement must still test its types at run time (its
 * answer does not depend on the variant); each set of types is its own entry in Neo4j's plan cache.
 */
export function cypher(name: string, literals?: CypherLiterals, types?: readonly string[]): CypherStatement {
  const only = types ? [...new Set(types)].sort() : undefined;
  const key =
    (literals
      ? `${name}{${Object.entries(literals)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')}}`
      : name) + (only ? `[${only.join(',')}]` : '');
  let statement = cache.get(key);
  if (!statement) {
    if (only) {
      const unknown = only.filter((type) => !(RELATION_TYPES as readonly string[]).includes(type));
      if (only.length === 0 || unknown.length > 0) throw new Error(`${name}: no statement for the relation types [${only.join(', ')}]`);
    }
    const file = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    const text = withLiterals(name, file, literals ?? {});
    statement = {
      name: key,
      text: stripComments(expandProjections(expandAnyRelation(expandTypedBlocks(text, only), only))).trim(),
      written: stripComments(file).trim(),
    };
    cache.set(key, statement);
  }
  return statement;
}

function withLiterals(name: string, text: string, literals: CypherLiterals): string {
  let result = text;
  for (const [marker, value] of Object.entries(literals)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name}: literal ${marker} must be a non-negative integer, not ${value}`);
    const pattern = new RegExp(`/\\*${marker}\\*/\\s*\\d+`, 'g');
    if (!pattern.test(result)) throw new Error(`${name}: no ${marker} literal to set`);
    result = result.replace(pattern, `/*${marker}*/ ${value}`);
  }
  return result;
}

/** Every statement file under cypher/, by name ("actors/find-by-id"). */
export function allCypherNames(dir = CYPHER_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? allCypherNames(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : entry.name.endsWith('.cypher')
          ? [`${prefix}${entry.name.slice(0, -'.cypher'.length)}`]
          : [],
    )
    .sort();
}

/** A schema file holds several statements separated by semicolons at line ends. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}
