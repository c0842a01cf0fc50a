import { readFileSync } from 'node:fs';
import { buildASTSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RESOLVER_TYPES_FILE, resolverTypesSource } from '../../../src/graphql/codegen/resolver-types.js';
import type { ActorResolvers, QueryResolvers, RelationResolvers } from '../../../generated/resolver-types.js';
import { resolvers, typeDefs } from '../../../src/graphql/schema.js';

/*
 * Resolvers that disagree with schema.graphql. Each must fail to compile: `npm run typecheck`
 * (and so `npm test`) fails when one of these @ts-expect-error lines no longer has an error,
 * which is what would happen if the generated types stopped binding resolvers to the schema.
 */

// @ts-expect-error Query.relation takes `id: ID!`; there is no `relationId` argument.
export const readsAnArgumentTheSchemaLacks: QueryResolvers['relation'] = (_, args, context) => context.relations.refById(args.relationId);

// @ts-expect-error Relation.source is `Actor!`: the loader's null for a vanished actor may not be returned.
export const mayAnswerNullForANonNullField: RelationResolvers['source'] = (relation, _, context) => context.loaders.actor.load(relation.source);

// @ts-expect-error Actor.relations answers a RelationConnection, not a list of relations.
export const answersAnotherShape: ActorResolvers['relations'] = () => [];

// @ts-expect-error Query.timeline's actorId is an ID (a string), not a number.
export const mistakesAnArgumentsType: QueryResolvers['timeline'] = (_, args) => (args.actorId satisfies number, []);

describe('resolver types generated from schema.graphql', () => {
  it('are what npm run codegen writes from the schema as it is (committed, so the typecheck needs no generator run)', async () => {
    expect((await resolverTypesSource()) === readFileSync(RESOLVER_TYPES_FILE, 'utf8'), 'stale: run npm run codegen').toBe(true);
  });

  it('leave no root field of the schema without a resolver (the types cannot require one)', () => {
    const schema = buildASTSchema(typeDefs);
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((root): root is GraphQLObjectType => root != null);
    const missing = roots.flatMap((root) => {
      const resolved = (resolvers as Record<string, Record<string, unknown> | undefined>)[root.name] ?? {};
      return Object.keys(root.getFields())
        .filter((field) => !(field in resolved))
        .map((field) => `${root.name}.${field}`);
    });
    expect(missing).toEqual([]);
  });
});
