import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { schema } from '../../../src/graphql/schema.js';
import { cookbookQueries } from '../../../src/web/build/cookbook.js';

// The executable schema belongs to graphql-js's CommonJS copy (built by graphql-tools); validate with it.
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('the workbench examples', () => {
  const queries = cookbookQueries(readme);

  it('are every graphql block of the README cookbook, titled by its heading', () => {
    const section = readme.slice(readme.indexOf('## Example queries (the cookbook)'));
    const blocks = section.slice(0, section.slice(3).search(/^## /m) + 3).match(/^```graphql$/gm) ?? [];
    expect(queries.length).toBe(blocks.length);
    expect(queries.length).toBeGreaterThan(10);
    expect(queries[0]!.title).toBe('Find an actor by a name or alias, whatever the accents');
    expect(queries[0]!.query).toMatch(/^# Find an actor.*\nquery FindAnActorByANameOrAliasWhateverTheAccents \{\n {2}cavusoglu: actor\(name: "cavusoglu"\)/);
  });

  it('are valid against the schema, so each tab runs as it opens', () => {
    const invalid = queries.flatMap((example) => {
      const errors = validate(schema, parse(example.query));
      return errors.map((error) => `${example.title}: ${error.message}`);
    });
    expect(invalid).toEqual([]);
  });
});
