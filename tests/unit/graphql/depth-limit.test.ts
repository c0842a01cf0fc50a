import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from '../../../src/graphql/depth-limit.js';
import { typeDefs } from '../../../src/graphql/schema.js';

const schema = buildASTSchema(typeDefs);
const nest = (levels: number) => {
  let selection = 'name';
  for (let i = 0; i < levels; i += 1) selection = `relations { edges { node { source { ${selection} } } } }`;
  return `{ actor(id: "x") { ${selection} } }`;
};

describe('the query depth limit', () => {
  it('lets the deep queries analysts write through', () => {
    expect(validate(schema, parse(nest(2)), [depthLimit(14)])).toEqual([]);
  });

  it('rejects deeper ones, fragments included', () => {
    const [error] = validate(schema, parse(nest(4)), [depthLimit(14)]);
    expect(error?.message).toBe('Query is nested 17 levels deep; the limit is 14.');
    const level = (inner: string) => `relations { edges { node { source { ${inner} } } } }`;
    const viaFragment = `{ actor(id: "x") { ...deep } } fragment deep on Actor { ${level(level(level(level('name'))))} }`;
    expect(validate(schema, parse(viaFragment), [depthLimit(14)])).toHaveLength(1);
  });
});
