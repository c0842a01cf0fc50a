import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the request asks for `name` inside the field being resolved (directly, or through an
 * inline fragment or a named one), so a resolver reads from the database only what is asked for.
 * A field under a directive (@include, @skip) counts as asked for: reading it is the safe side.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
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
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
