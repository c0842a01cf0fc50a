import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { allCypherNames, cypher, splitStatements } from '../../../src/db/cypher.js';
import { RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

const UNDEFINED_PARAMETER = /^Parameter \$(\w+) is not defined\.$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('the cypher/ statements', () => {
  const names = allCypherNames();

  it('parse as Cypher 5, and take every value as a parameter (snapshot of each file’s parameters)', () => {
    const parameters: Record<string, string[]> = {};
    for (const name of names) {
      const found = new Set<string>();
      for (const statement of splitStatements(cypher(name).written)) {
        const result = lintCypherQuery(statement, {}) as unknown as { diagnostics: { message: string; severity: number }[] };
        for (const diagnostic of result.diagnostics.filter((d) => d.severity === 1)) {
          const parameter = UNDEFINED_PARAMETER.exec(diagnostic.message);
          if (!parameter) throw new Error(`${name}: ${diagnostic.message}`);
          found.add(parameter[1]!);
        }
      }
      parameters[name] = [...found].sort();
    }
    expect(parameters).toMatchSnapshot();
  }, 180_000); // parsing ~80 statements takes a minute on a crowded 2-core machine

  it('exist for every statement the code runs', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(
        /\.run(?:<[^>]*>)?\(\s*'([a-z-]+\/[a-z-]+)'|\.(?:read|write)(?:<[^>]*>)?\(\s*'([a-z-]+\/[a-z-]+)'/g,
      )) {
        used.add((match[1] ?? match[2])!);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    for (const name of used) expect(names, `${name} is run by the code`).toContain(name);
  });

  it('index the id, date and first report of every relation type of the vocabulary', () => {
    const text = cypher('schema/003-relation-indexes').text;
    for (const type of RELATION_TYPES) {
      const name = `rel_${type.toLowerCase()}`;
      expect(text).toContain(`CREATE INDEX ${name}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id);`);
      expect(text).toContain(`CREATE INDEX ${name}_date IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.date);`);
      expect(text).toContain(`CREATE INDEX ${name}_first_seen IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.firstSeen);`);
    }
    expect(splitStatements(text)).toHaveLength(3 * RELATION_TYPES.length);
  });
});
