import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** A parameterised statement read from cypher/<name>.cypher; the name travels into transaction metadata. */
export interface CypherStatement {
  name: string;
  text: string;
}

const cache = new Map<string, CypherStatement>();

export function cypher(name: string): CypherStatement {
  let statement = cache.get(name);
  if (!statement) {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    statement = { name, text: stripComments(text).trim() };
    cache.set(name, statement);
  }
  return statement;
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
