import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { askedByAll, askedOf, type AskedProperties } from '../../graph/shared/asked-properties.js';

const byOperation = new WeakMap<OperationDefinitionNode, AskedProperties>();

/**
 * The stored properties of relations and actors an operation may show: every field named anywhere
 * in it and its fragments that names one, whatever type it is selected on (a Timeline's `date`
 * reads relations' dates too). The whole operation, not the field being resolved: the records read
 * for one field prime the request's loaders (hydrate.ts), which answer every other field of the
 * request from them, so they must hold whatever any of its fields shows. Reading a property a field
 * of another type names costs a little; missing one would answer null, so names decide, not types.
 * Worked out once per parsed operation (Apollo keeps the parsed document of a repeated query).
 */
export function askedOfOperation(operation: OperationDefinitionNode, fragments: readonly FragmentDefinitionNode[]): AskedProperties {
  let asked = byOperation.get(operation);
  if (!asked) {
    const names = new Set<string>();
    const collect = (selectionSet: SelectionSetNode | undefined): void => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) names.add(selection.name.value);
        // A named fragment's fields are collected from its definition below.
        if (selection.kind !== Kind.FRAGMENT_SPREAD) collect(selection.selectionSet);
      }
    };
    collect(operation.selectionSet);
    for (const fragment of fragments) collect(fragment.selectionSet);
    asked = askedOf(names);
    byOperation.set(operation, asked);
  }
  return asked;
}

/** What the operation a field belongs to may show (askedOfOperation). */
export const askedProperties = (info: GraphQLResolveInfo): AskedProperties => askedOfOperation(info.operation, Object.values(info.fragments));

/**
 * Tells the request's loaders (context.asked) what its operation may show, before any resolver runs, so
 * actors/by-ids and relations/by-refs read only those properties too. A request that runs more than one
 * operation on one context reads what any of them shows.
 */
export function askedPropertiesPlugin<C extends { asked: AskedProperties | undefined }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
          const asked = askedOfOperation(operation, fragments);
          contextValue.asked = contextValue.asked ? askedByAll([contextValue.asked, asked]) : asked;
        },
      };
    },
  };
}
