import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedRelationTypes } from '../graphql/codegen/relation-type-enum.js';
import { SCHEMA_FILE } from '../graphql/schema-file.js';
import { runCli } from './run-cli.js';

/**
 * codegen [--check]: writes what is derived from one source — schema.graphql's RelationType enum
 * from the vocabulary. --check writes nothing and fails if a generated file is stale (run by npm run lint).
 */
runCli(async (argv) => {
  const check = argv.includes('--check');
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
});
