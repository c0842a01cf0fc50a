import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { SCHEMA_FILE } from '../schema-file.js';

/**
 * Where the resolver and argument types generated from schema.graphql are written: beside the
 * schema, outside src/ (what is written by hand), and committed, so that a fresh clone typechecks
 * without running the generator, and a review sees what a schema change does to the types.
 */
export const RESOLVER_TYPES_FILE = path.join(path.dirname(SCHEMA_FILE), 'generated/resolver-types.ts');

/**
 * The value each object type's resolvers receive as their parent, where it is not the schema's
 * shape: the domain records the repositories return (paths are from the generated file). A field
 * the record lacks then needs a resolver, or the resolver map fails to compile.
 */
const MAPPERS: Record<string, string> = {
  Actor: '../src/graph/shared/records.js#ActorRecord',
  Relation: '../src/graph/shared/records.js#RelationRecord',
  Evidence: '../src/graph/shared/records.js#EvidenceRecord',
  Briefing: '../src/graph/shared/records.js#BriefingRecord',
  Role: '../src/graph/shared/records.js#RoleRecord',
  RetractedRelation: '../src/graph/shared/records.js#RelationRef',
  ActorMerge: '../src/graph/resolution/resolution-repository.js#MergeRecord',
  SameAsSuggestion: '../src/graph/resolution/same-as.js#SameAsSuggestion',
  AuditEntry: '../src/graph/audit/audit-repository.js#AuditEntry',
  IngestResult: '../src/graphql/resolvers/parents.js#IngestResultParent',
  IngestedActor: '../src/graphql/resolvers/parents.js#IngestedActorParent',
  Contribution: '../src/graphql/resolvers/parents.js#ContributionParent',
  RelationIngested: '../src/graphql/subscriptions/ingest-events.js#RelationIngested',
  ActorIngested: '../src/graphql/subscriptions/ingest-events.js#ActorIngested',
};

const CONFIG = {
  contextType: '../src/graphql/context.js#Context',
  mappers: MAPPERS,
  // Enums as string unions: the same values as the vocabulary's types, so each passes for the other.
  // Imported under another name (ActorRecord as ActorRecordModel…), so none clashes with a schema type's own name.
  mapperTypeSuffix: 'Model',
  enumsAsTypes: true,
  scalars: { Date: 'string' },
  useTypeImports: true,
};

/** The generated file's text, from schema.graphql as it is now. */
export async function resolverTypesSource(): Promise<string> {
  // generate() is typed any; without saving it answers each file it would write.
  const outputs = (await generate(
    {
      schema: SCHEMA_FILE,
      silent: true,
      generates: { [RESOLVER_TYPES_FILE]: { plugins: [{ add: { content: HEADER } }, 'typescript', 'typescript-resolvers'], config: CONFIG } },
    },
    false,
  )) as { filename: string; content: string }[];
  const output = outputs[0];
  if (!output) throw new Error('graphql-codegen produced no output');
  if (!output.content.includes(STOCK_REQUIRE_FIELDS))
    throw new Error('graphql-codegen no longer writes RequireFields as expected; review HONEST_REQUIRE_FIELDS');
  return output.content.replace(STOCK_REQUIRE_FIELDS, HONEST_REQUIRE_FIELDS);
}

/**
 * An argument with a default (`first: Int = 20`) is always present, but a client may still give it
 * as null explicitly, and graphql-js passes that null on: the stock RequireFields claims it never
 * is null, which would let a resolver skip the check. This one keeps it present and nullable
 * (non-null arguments stay non-null: their type has no null to remove).
 */
const STOCK_REQUIRE_FIELDS = 'export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };';
const HONEST_REQUIRE_FIELDS = 'export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };';

const HEADER = '// Generated from schema.graphql by `npm run codegen` (src/graphql/codegen/resolver-types.ts); do not edit.';
