import {
  Kind,
  buildASTSchema,
  parse,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { askedProperties } from '../../../src/graphql/resolvers/asked.js';
import { typeDefs } from '../../../src/graphql/schema.js';
import { EVERY_PROPERTY, askedByAll, askedOf, refAsAsked } from '../../../src/graph/shared/asked-properties.js';

const schema = buildASTSchema(typeDefs);
const fieldsOf = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());

/** What a resolver's info holds of its request that askedProperties reads: the operation and its fragments. */
function infoOf(document: string): GraphQLResolveInfo {
  const definitions = parse(document).definitions;
  const operation = definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { operation, fragments } as unknown as GraphQLResolveInfo;
}

describe('the properties a request asks for', () => {
  it('are named as the Relation and Actor fields that show them (the one mapping from fields to properties)', () => {
    for (const name of EVERY_PROPERTY.relation) expect(fieldsOf('Relation'), name).toContain(name);
    for (const name of EVERY_PROPERTY.actor) expect(fieldsOf('Actor'), name).toContain(name);
    expect(EVERY_PROPERTY.relation).toContain('date');
    expect(EVERY_PROPERTY.actor).toContain('aliases');
  });

  it('are every property named anywhere in the operation: nested, aliased, in inline and named fragments', () => {
    const asked = askedProperties(
      infoOf(`query Q { actor(id: "x") { relations { edges { node { id when: date source { id } ...Ends } } } }
                        other: actor(id: "y") { ... on Actor { aliases } } }
              fragment Ends on Relation { target { name } evidence { modality } }`),
    );
    // `modality` of an Evidence names the relations' property too: names decide, the safe side.
    expect(asked).toEqual({ relation: ['date', 'modality'], actor: ['name', 'aliases'] });
    expect(askedProperties(infoOf('{ actor(id: "x") { relations { edges { node { id source { id } } } } } }'))).toEqual({ relation: [], actor: [] });
  });

  it('are worked out once per parsed operation', () => {
    const info = infoOf('{ relations { edges { node { id date } } } }');
    expect(askedProperties(info)).toBe(askedProperties(info));
  });

  it('of a batch are what any of its requests asks for, or everything when one does not say', () => {
    const one = askedOf(new Set(['date', 'name']));
    const two = askedOf(new Set(['negated', 'date', 'kind']));
    expect(askedByAll([one, two])).toEqual({ relation: ['date', 'negated'], actor: ['name', 'kind'] });
    expect(askedByAll([one, undefined])).toBe(EVERY_PROPERTY);
  });

  it('come back as the record and the two actors, each value under its property, ids, type and ends always', () => {
    const asked = askedOf(new Set(['date', 'negated', 'name']));
    const row = { id: 'r1', type: 'MET' as const, source: 'a', target: 'b', day: '2015-12-01', asked: ['2015-12-01', false], askedEnds: [['Alpha'], ['Beta']] };
    expect(refAsAsked(row, asked)).toEqual({
      id: 'r1',
      type: 'MET',
      source: 'a',
      target: 'b',
      day: '2015-12-01',
      record: { id: 'r1', type: 'MET', source: 'a', target: 'b', date: '2015-12-01', negated: false },
      ends: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ],
    });
    // A row a statement returned without records (a timeline of types) stays a ref.
    const bare = { id: 'r1', type: 'MET' as const, source: 'a', target: 'b' };
    expect(refAsAsked(bare, asked)).toEqual(bare);
  });
});
