import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withGeneratedRelationTypes } from '../graphql/codegen/relation-type-enum.js';
import { RESOLVER_TYPES_FILE, resolverTypesSource } from '../graphql/codegen/resolver-types.js';
import { SCHEMA_FILE } from '../graphql/schema-file.js';
import { runCommand } from './run-cli.js';

interface Generated {
  file: string;
  what: string;
  /** The file's text as it should be, from what it is now (null: it does not exist yet). */
  generate: (current: string | null) => Promise<string>;
}

/**
 * In this order, each from the one before: schema.graphql's RelationType enum from the vocabulary,
 * then the resolver and argument types from schema.graphql (GraphQL Code Generator).
 */
const GENERATED: Generated[] = [
  {
    file: SCHEMA_FILE,
    what: 'the RelationType enum, from src/vocabulary/relation-types.ts',
    generate: async (current) => withGeneratedRelationTypes(current ?? ''),
  },
  { file: RESOLVER_TYPES_FILE, what: 'the resolver and argument types, from schema.graphql', generate: async () => resolverTypesSource() },
];

const readIfThere = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * codegen [--check]: writes what is derived from one source. --check writes nothing and fails if
 * a generated file is stale (run by npm run lint, so CI fails on it).
 */
runCommand(
  {
    name: 'codegen',
    usage: '[--check]',
    summary:
      "Writes what is derived from one source: schema.graphql's RelationType enum from src/vocabulary/relation-types.ts, then generated/resolver-types.ts (the resolver and argument types) from schema.graphql.",
    options: { check: { type: 'boolean', description: 'write nothing; exit 1 if a generated file is stale' } },
  },
  async ({ values }) => {
    const check = values.check === true;
    let stale = 0;
    for (const { file, what, generate } of GENERATED) {
      const current = readIfThere(file);
      const generated = await generate(current);
      if (generated === current) continue;
      const name = path.relative(process.cwd(), file);
      if (check) {
        console.error(`${name} is stale (${what}); run npm run codegen`);
        stale += 1;
        continue;
      }
      writeFileSync(file, generated);
      console.log(`${name} written (${what})`);
    }
    return stale === 0 ? 0 : 1;
  },
);
