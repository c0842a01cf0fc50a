import { Kind, OperationTypeNode, type FieldNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { fragmentsOf, selectedOperation, type OperationToCheck } from './operation.js';

/**
 * The cost model. A field costs 1 plus, when it selects fields, its page size times what one item
 * of it costs; so page sizes multiply through nesting: `relations(first: 50)` under
 * `relations(first: 50)` costs 2,500 times what one inner relation costs. The page size is the
 * field's `first` or `limit` argument (its default when not given, a variable's value when it is
 * one), times `maxDepth` for paths (a path holds up to that many hops). Fields that scan the whole
 * graph whatever their page size weigh more (FIELD_WEIGHTS), and traversals add their search's work,
 * which grows with depth × limit whatever they select (TRAVERSAL_WEIGHTS).
 */

/** Arguments that say how many items a field returns. */
const PAGE_SIZE_ARGUMENTS = ['first', 'limit'] as const;
/** Arguments that multiply the items of each result (a path of maxDepth hops has maxDepth edges). */
const ITEM_LENGTH_ARGUMENTS = ['maxDepth'] as const;
/**
 * The largest page size counted: the largest any field accepts (a 2,000-actor neighborhood).
 * Beyond it the resolver refuses the argument by name, which says more than a cost would.
 */
const MAX_COUNTED_PAGE_SIZE = 2_000;
/** Extra cost of fields whose work does not shrink with their page size. */
const FIELD_WEIGHTS: Record<string, number> = {
  'Query.sameAsSuggestions': 5_000,
  'Query.paths': 200,
  'Query.commonGround': 100,
  'Query.topActors': 100,
  'Query.neighborhood': 100,
};

/**
 * Traversals: the work of the search itself, per unit of depth × limit, added to what the selection
 * costs. A neighborhood expands up to `limit` actors at each of its `depth` hops before it cuts, so
 * 20 aliases of `neighborhood(depth: 3, limit: 500)` cost 20 × 1,500 actor-hops however little
 * they select. A path search expands every branch from both ends at each hop, not only the `limit`
 * paths it keeps, so one of its hops weighs more. Sized so that the explorer's largest neighborhood
 * (depth 4, 2,000 actors, every field it draws) still passes the default budget alone.
 */
const TRAVERSAL_WEIGHTS: Record<string, { depthArgument: string; costPerHopAndItem: number }> = {
  'Query.neighborhood': { depthArgument: 'depth', costPerHopAndItem: 4 },
  'Query.paths': { depthArgument: 'maxDepth', costPerHopAndItem: 60 },
};

interface FieldsHolder {
  name: string;
  getFields?: () => Record<string, { type: unknown; args: readonly { name: string; defaultValue?: unknown }[] }>;
}

/** The named type under lists and non-nulls (checked by shape, so either copy of graphql-js works). */
function namedType(type: unknown): FieldsHolder {
  let current = type as { ofType?: unknown };
  while (current.ofType) current = current.ofType;
  return current as FieldsHolder;
}

export function operationCost({ schema, document, operationName, variables = {} }: OperationToCheck): number {
  const operation = selectedOperation(document, operationName);
  if (!operation) return 0;
  const fragments = fragmentsOf(document);
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const fragmentCosts = new Map<string, number>();

  const numberOf = (node: ValueNode | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const value = variables[node.name.value];
      return typeof value === 'number' ? value : numberOf(variableDefaults.get(node.name.value));
    }
    return undefined;
  };
  const argument = (field: FieldNode, definition: { args: readonly { name: string; defaultValue?: unknown }[] }, name: string): number | undefined => {
    const given = numberOf(field.arguments?.find((candidate) => candidate.name.value === name)?.value);
    if (given !== undefined) return given;
    // Not given, or a variable not provided: the argument's default applies, as when executing.
    const fallback = definition.args.find((candidate) => candidate.name === name)?.defaultValue;
    return typeof fallback === 'number' ? fallback : undefined;
  };
  /** The first of the arguments given (or defaulted), clamped to what is counted; 1 when none is. */
  const counted = (field: FieldNode, definition: { args: readonly { name: string; defaultValue?: unknown }[] }, names: readonly string[]): number => {
    const value = names.map((name) => argument(field, definition, name)).find((found) => found !== undefined);
    return value === undefined ? 1 : Math.min(Math.max(value, 1), MAX_COUNTED_PAGE_SIZE);
  };
  const multiplier = (field: FieldNode, definition: { args: readonly { name: string; defaultValue?: unknown }[] }): number =>
    counted(field, definition, PAGE_SIZE_ARGUMENTS) * counted(field, definition, ITEM_LENGTH_ARGUMENTS);
  const traversalCost = (key: string, field: FieldNode, definition: { args: readonly { name: string; defaultValue?: unknown }[] }): number => {
    const traversal = TRAVERSAL_WEIGHTS[key];
    if (!traversal) return 0;
    return traversal.costPerHopAndItem * counted(field, definition, [traversal.depthArgument]) * counted(field, definition, PAGE_SIZE_ARGUMENTS);
  };

  const costOf = (selectionSet: SelectionSetNode | undefined, parent: FieldsHolder | undefined): number => {
    if (!selectionSet || !parent) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const definition = parent.getFields?.()[name];
        if (!definition) continue;
        const child = selection.selectionSet ? multiplier(selection, definition) * costOf(selection.selectionSet, namedType(definition.type)) : 0;
        const key = `${parent.name}.${name}`;
        total += 1 + (FIELD_WEIGHTS[key] ?? 0) + traversalCost(key, selection, definition) + child;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as FieldsHolder | undefined) : parent;
        total += costOf(selection.selectionSet, condition);
      } else {
        const name = selection.name.value;
        if (!fragmentCosts.has(name)) {
          fragmentCosts.set(name, 0); // a cycle (refused by validation) adds nothing
          const fragment = fragments.get(name);
          const condition = fragment ? (schema.getType(fragment.typeCondition.name.value) as FieldsHolder | undefined) : undefined;
          fragmentCosts.set(name, costOf(fragment?.selectionSet, condition));
        }
        total += fragmentCosts.get(name)!;
      }
    }
    return total;
  };
  const roots = {
    [OperationTypeNode.QUERY]: schema.getQueryType(),
    [OperationTypeNode.MUTATION]: schema.getMutationType(),
    [OperationTypeNode.SUBSCRIPTION]: schema.getSubscriptionType(),
  };
  const root = roots[operation.operation];
  return costOf(operation.selectionSet, (root ?? undefined) as FieldsHolder | undefined);
}
