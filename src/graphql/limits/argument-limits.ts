import { Kind, OperationTypeNode, valueFromASTUntyped, type SelectionSetNode } from 'graphql';
import {
  FORBIDDEN_IN_NAMES,
  FORBIDDEN_IN_TEXT,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_QUOTE_CHARS,
  MAX_SEARCH_CHARS,
  MAX_TEXT_BYTES,
  MAX_URL_CHARS,
} from '../../config/limits.js';
import { InputError } from '../../graph/shared/input-error.js';
import { fragmentsOf, selectedOperation, type OperationToCheck } from './operation.js';

/**
 * Checks every argument an operation gives, before it runs, so a client mistake is an input error
 * naming the argument (`filter.text`, `actorId`), never a failure inside Neo4j: ids within the
 * index-key-safe length and without control characters, no negative counts, and in queries short
 * search terms that contain something to search for (a punctuation-only filter matched every
 * relation). In mutations, every string of an input (names, aliases, roles, quotes, texts, URLs)
 * within the briefing format's limits; the format (zod) then checks the rest of a briefing.
 */

/** Arguments that are searched: they must hold a letter or a digit. */
const SEARCH_ARGUMENTS = new Set(['query', 'name', 'text']);
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * The limit on a string a mutation's input gives, by its field's name: the briefing format's limits
 * (src/config/limits.ts), so a name, alias, role, quote, text or URL is refused by the same rule
 * whether it comes in a file or in a mutation, here before anything runs.
 */
function mutationStringProblem(field: string, value: string): string | null {
  const controls = 'must not contain control characters (NUL, ESC …), bidirectional overrides or unpaired surrogates';
  switch (field) {
    case 'text':
      if (Buffer.byteLength(value, 'utf8') > MAX_TEXT_BYTES) return `must be at most ${MAX_TEXT_BYTES} bytes (MAX_TEXT_BYTES)`;
      return FORBIDDEN_IN_TEXT.test(value) ? controls : null;
    case 'quote':
      if (value.length > MAX_QUOTE_CHARS) return `must be at most ${MAX_QUOTE_CHARS} characters (MAX_QUOTE_CHARS)`;
      return FORBIDDEN_IN_TEXT.test(value) ? controls : null;
    case 'url':
      if (value.length > MAX_URL_CHARS) return `must be at most ${MAX_URL_CHARS} characters (MAX_URL_CHARS)`;
      return FORBIDDEN_IN_NAMES.test(value) ? controls : null;
    default:
      // Names, aliases, role and affiliation titles, outlets, annotators, dates written as text.
      if (value.length > MAX_NAME_CHARS) return `must be at most ${MAX_NAME_CHARS} characters (MAX_NAME_CHARS)`;
      return FORBIDDEN_IN_NAMES.test(value) ? controls : null;
  }
}

interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, { type: TypeLike; args?: readonly { name: string; type: TypeLike }[] }>;
}

function named(type: TypeLike): TypeLike {
  let current = type;
  while (current.ofType) current = current.ofType;
  return current;
}

export function assertArgumentsWithinLimits({ schema, document, operationName, variables = {} }: OperationToCheck): void {
  const operation = selectedOperation(document, operationName);
  if (!operation) return;
  const isQuery = operation.operation !== OperationTypeNode.MUTATION;
  const fragments = fragmentsOf(document);

  const checkValue = (value: unknown, type: TypeLike, argument: string, path: string): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      // Items are checked against the named type under the list, as everything below is.
      value.forEach((item, index) => checkValue(item, type, argument, `${path}.${index}`));
      return;
    }
    const base = named(type);
    if (typeof value === 'number' && base.name === 'Int' && value < 0) throw new InputError(path, 'must not be negative');
    if (typeof value === 'string') {
      if (base.name === 'ID') {
        if (value.length > MAX_ID_CHARS) throw new InputError(path, `must be at most ${MAX_ID_CHARS} characters`);
        if (FORBIDDEN_IN_NAMES.test(value)) throw new InputError(path, 'must not contain control characters, bidirectional overrides or unpaired surrogates');
      } else if (base.name === 'String' && isQuery) {
        if (value.length > MAX_SEARCH_CHARS) throw new InputError(path, `must be at most ${MAX_SEARCH_CHARS} characters`);
        if (FORBIDDEN_IN_NAMES.test(value)) throw new InputError(path, 'must not contain control characters, bidirectional overrides or unpaired surrogates');
        if (SEARCH_ARGUMENTS.has(argument) && !SEARCHABLE.test(value)) throw new InputError(path, 'must contain a letter or a digit to search for');
      } else if (base.name === 'String') {
        const problem = mutationStringProblem(argument, value);
        if (problem) throw new InputError(path, problem);
      }
      return;
    }
    if (typeof value === 'object' && base.getFields) {
      const fields = base.getFields();
      for (const [key, item] of Object.entries(value)) {
        const field = fields[key];
        if (field) checkValue(item, field.type, key, `${path}.${key}`);
      }
    }
  };

  const visitedFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, parent: TypeLike | undefined): void => {
    if (!selectionSet || !parent) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = parent.getFields?.()[selection.name.value];
        if (!definition) continue;
        for (const given of selection.arguments ?? []) {
          const argument = definition.args?.find((candidate) => candidate.name === given.name.value);
          if (argument) checkValue(valueFromASTUntyped(given.value, variables), argument.type, argument.name, argument.name);
        }
        visit(selection.selectionSet, named(definition.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as TypeLike) : parent);
      } else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as TypeLike);
      }
    }
  };
  const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
  visit(operation.selectionSet, root as TypeLike | undefined);
}
