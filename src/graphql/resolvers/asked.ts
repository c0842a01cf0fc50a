import { Kind, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { askedOf, type AskedProperties } from '../../graph/shared/asked-properties.js';

const byOperation = new WeakMap<OperationDefinitionNode, AskedProperties>();

/**
 * The stored properties of relations and actors this request may show: every field named anywhere
 * in its operation and its fragments that names one, whatever type it is selected on (a Timeline's
 * `date` reads relations' dates too). The whole operation, not the field being resolved: the records
 * read for one field prime the request's loaders (hydrate.ts), which answer every other field of the
 * request from them, so they must hold whatever any of its fields shows. Reading a property a field
 * of another type names costs a little; missing one would answer null, so names decide, not types.
 * Worked out once per parsed operation (Apollo keeps the parsed document of a repeated query).
 */
export function askedProperties(info: GraphQLResolveInfo): AskedProperties {
  let asked = byOperation.get(info.operation);
  if (!asked) {
    const names = new Set<string>();
    const collect = (selectionSet: SelectionSetNode | undefined): void => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) names.add(selection.name.value);
        // A named fragment's fields are collected from its definition below.
        if (selection.kind !== Kind.FRAGMENT_SPREAD) collect(selection.selectionSet);
      }
    };
    collect(info.operation.selectionSet);
    for (const fragment of Object.values(info.fragments)) collect(fragment.selectionSet);
    asked = askedOf(names);
    byOperation.set(info.operation, asked);
  }
  return asked;
}
