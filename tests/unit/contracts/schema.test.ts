import { readFileSync } from 'node:fs';
import { buildASTSchema, type GraphQLEnumType, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withGeneratedRelationTypes } from '../../../src/graphql/codegen/relation-type-enum.js';
import { typeDefs } from '../../../src/graphql/schema.js';
import { SCHEMA_FILE } from '../../../src/graphql/schema-file.js';
import { actorSchema, briefingMetaSchema, evidenceSchema, relationSchema, roleSchema } from '../../../src/ingest/briefing-format.js';
import { ACTOR_KINDS } from '../../../src/vocabulary/actor-kinds.js';
import { MODALITIES } from '../../../src/vocabulary/modalities.js';
import { RELATION_TYPE_INFO, RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

const schema = buildASTSchema(typeDefs);
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
const inputFields = (name: string) => Object.keys((schema.getType(name) as GraphQLInputObjectType).getFields()).sort();

describe('schema.graphql', () => {
  it('has the vocabulary of the code, value for value', () => {
    expect(enumValues('RelationType')).toEqual([...RELATION_TYPES]);
    expect(enumValues('ActorKind')).toEqual([...ACTOR_KINDS]);
    expect(enumValues('Modality')).toEqual([...MODALITIES]);
  });

  it('has the RelationType enum the vocabulary writes (npm run codegen), descriptions and codes included', () => {
    const text = readFileSync(SCHEMA_FILE, 'utf8');
    expect(withGeneratedRelationTypes(text) === text, 'schema.graphql is stale: run npm run codegen').toBe(true);
    const values = (schema.getType('RelationType') as GraphQLEnumType).getValues();
    for (const value of values) {
      const info = RELATION_TYPE_INFO[value.name as keyof typeof RELATION_TYPE_INFO];
      expect(value.description, value.name).toContain(info.description);
      expect(value.description, value.name).toContain(info.cameo ? `CAMEO ${info.cameo};` : 'No CAMEO code');
      expect(value.description?.endsWith('Symmetric.'), value.name).toBe(info.symmetric);
    }
  });

  it('mirrors the briefing file format in BriefingInput, field for field', () => {
    expect(inputFields('BriefingMetaInput')).toEqual(Object.keys(briefingMetaSchema.shape).sort());
    expect(inputFields('ActorInput')).toEqual(Object.keys(actorSchema.shape).sort());
    expect(inputFields('RoleInput')).toEqual(Object.keys(roleSchema.shape).sort());
    expect(inputFields('RelationInput')).toEqual(Object.keys(relationSchema.shape).sort());
    expect(inputFields('EvidenceInput')).toEqual(Object.keys(evidenceSchema.shape).sort());
  });

  it('describes every type and every field for analysts reading it in an IDE', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type && type.name !== 'PageInfo') {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && !['id', 'cursor', 'node', 'edges', 'pageInfo', 'totalCount'].includes(field.name))
            undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
