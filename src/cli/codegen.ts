import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedRelationTypes } from '../graphql/codegen/relation-type-enum.js';
import { SCHEMA_FILE } from '../graphql/schema-file.js';
import { runCommand } from './run-cli.js';

/**
 * codegen [--check]: writes what is derived from one source — schema.graphql's RelationType enum
 * from the vocabulary. --check writes nothing and fails if a generated file is stale (run by npm run lint).
 */
runCommand(
  {
    name: 'codegen',
    usage: '[--check]',
    summary: "Writes what is derived from one source: schema.graphql's RelationType enum from src/vocabulary/relation-types.ts.",
    options: { check: { type: 'boolean', description: 'write nothing; exit 1 if a generated file is stale' } },
  },
  async ({ values }) => {
    const check = values.check === true;
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    const generated = withGeneratedRelationTypes(current);
    if (generated === current) return 0;
    if (check) {
      console.error('schema.graphql: the RelationType enum is stale; run npm run codegen');
      return 1;
    }
    writeFileSync(SCHEMA_FILE, generated);
    console.log('schema.graphql: RelationType enum written from the vocabulary');
    return 0;
  },
);
