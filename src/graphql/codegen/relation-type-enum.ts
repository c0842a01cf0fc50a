import { RELATION_TYPE_INFO, RELATION_TYPES, SYMMETRIC_RELATION_TYPES, type RelationTypeInfo } from '../../vocabulary/relation-types.js';

/**
 * schema.graphql's RelationType enum, written from the vocabulary (src/vocabulary/relation-types.ts)
 * so that its values, codes and descriptions cannot disagree with the code. `npm run codegen` puts
 * it between these two markers; a unit test fails while the file differs.
 */
export const ENUM_BEGIN = '# RelationType: generated from src/vocabulary/relation-types.ts by `npm run codegen`; edit it there.';
export const ENUM_END = '# end of the generated RelationType';

export function relationTypeEnumSdl(): string {
  const symmetric = SYMMETRIC_RELATION_TYPES.join(', ');
  const lines = [
    ENUM_BEGIN,
    '"""',
    'The kinds of relation the graph holds. Each maps to a CAMEO code and a PLOVER category (see',
    '`Relation.cameo`, `Relation.plover` and `Query.relationTypes`). Symmetric types, found from either',
    `end and counted once: ${symmetric}.`,
    '"""',
    'enum RelationType {',
    ...RELATION_TYPES.flatMap((type) => [`  ${JSON.stringify(valueDescription(RELATION_TYPE_INFO[type]))}`, `  ${type}`]),
    '}',
    ENUM_END,
  ];
  return lines.join('\n');
}

function valueDescription(info: RelationTypeInfo): string {
  const cameo = info.cameo ? `CAMEO ${info.cameo}` : 'No CAMEO code';
  const plover = info.plover ? `PLOVER ${info.plover.category}${info.plover.mode ? ` (mode ${info.plover.mode})` : ''}` : 'no PLOVER category';
  return `${info.description} ${cameo}; ${plover}.${info.symmetric ? ' Symmetric.' : ''}`;
}

/** The schema text with its generated enum replaced by the vocabulary's; throws if the markers are missing. */
export function withGeneratedRelationTypes(schemaText: string): string {
  const begin = schemaText.indexOf(ENUM_BEGIN);
  const end = schemaText.indexOf(ENUM_END);
  if (begin < 0 || end < begin) throw new Error(`schema.graphql: the generated RelationType enum needs its markers "${ENUM_BEGIN}" and "${ENUM_END}"`);
  return schemaText.slice(0, begin) + relationTypeEnumSdl() + schemaText.slice(end + ENUM_END.length);
}
