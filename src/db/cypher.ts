import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** A parameterised statement read from cypher/<name>.cypher; the name travels into transaction metadata. */
export interface CypherStatement {
  name: string;
  text: string;
}

/**
 * Integers written into a statement where Cypher takes no parameter (`SHORTEST k`, a
 * quantifier's bound). The file marks each with a block comment naming it just before its
 * default number (e.g. "SHORTEST [comment limit] 10"), so it stays valid Cypher as written; only
 * validated integers are ever substituted.
 */
export type CypherLiterals = Readonly<Record<string, number>>;

const cache = new Map<string, CypherStatement>();

export function cypher(name: string, literals?: CypherLiterals): CypherStatement {
  const key = literals ? `${name}{${Object.entries(literals).map(([k, v]) => `${k}=${v}`).join(',')}}` : name;
  let statement = cache.get(key);
  if (!statement) {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    statement = { name: key, text: stripComments(withLiterals(name, text, literals ?? {})).trim() };
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
    result = result.replace(pattern, `/${'*'}${marker}*/ ${value}`);
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
