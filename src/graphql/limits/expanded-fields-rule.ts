import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { QueryLimitError } from './query-limit-error.js';

/**
 * Refuses an operation whose fields, once every fragment spread is expanded, exceed `maxFields`.
 * Each fragment is counted once and remembered, so 24 fragments that each spread the next twice
 * (a kilobyte that expands to 16 million fields) are measured in microseconds, not expanded.
 */
export function expandedFieldsRule(maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentSizes = new Map<string, number>();
    const sizeOf = (selectionSet: SelectionSetNode | undefined): number => {
      if (!selectionSet) return 0;
      let size = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) size += 1 + sizeOf(selection.selectionSet);
        else if (selection.kind === Kind.INLINE_FRAGMENT) size += sizeOf(selection.selectionSet);
        else {
          const name = selection.name.value;
          if (!fragmentSizes.has(name)) {
            fragmentSizes.set(name, 0); // a cycle (refused by another rule) counts nothing
            fragmentSizes.set(name, sizeOf(context.getFragment(name)?.selectionSet));
          }
          size += fragmentSizes.get(name)!;
        }
      }
      return size;
    };
    return {
      OperationDefinition(operation) {
        const size = sizeOf(operation.selectionSet);
        if (size > maxFields) {
          const message = `The operation selects ${size} fields once its fragments are expanded; the limit is ${maxFields} (GRAPHQL_MAX_FIELDS).`;
          context.reportError(new QueryLimitError('QUERY_TOO_LARGE', message).toGraphQLError());
        }
      },
    };
  };
}
