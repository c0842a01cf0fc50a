import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the request asks for `name` inside the field being resolved (directly, or through an
 * inline fragment or a named one), so a resolver reads from the database only what is asked for.
 * A field under a directive (@include, @skip) counts as asked for: reading it is the safe side.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selectsFieldIn(info, node.selectionSet, name));
}

/** Whether `selectionSet` (of a field below the one being resolved) asks for `name`, as selectsField. */
export function selectsFieldIn(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, name: string): boolean {
  const seen = new Set<string>();
  const within = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      const fragment = selection.name.value;
      if (seen.has(fragment)) return false;
      seen.add(fragment);
      return within(info.fragments[fragment]?.selectionSet);
    });
  return within(selectionSet);
}

/**
 * The names of the fields the request asks for inside `name` (a field of the one being resolved),
 * fragments flattened: `{ neighborhood { edges { id type } } }` gives {"id", "type"} for "edges".
 */
export function fieldsSelectedIn(info: GraphQLResolveInfo, name: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode | undefined, inside: boolean): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (inside) found.add(selection.name.value);
        else if (selection.name.value === name) collect(selection.selectionSet, true);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, inside);
      else if (!seen.has(`${selection.name.value}:${inside}`)) {
        seen.add(`${selection.name.value}:${inside}`);
        collect(info.fragments[selection.name.value]?.selectionSet, inside);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet, false);
  return found;
}
