import { Kind, valueFromASTUntyped, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { selectsFieldIn } from './selection.js';
import { relationsPageRequest } from './types.js';
import { askedProperties } from './asked.js';

/**
 * Lookahead for `actor(id:) { relations(…) }`: the actor's pages of relations are asked for in the
 * same tick as the actor itself, so both statements run side by side instead of one after the
 * other (the page needs only the actor's id). Actor.relations later asks the loader for the same
 * request (the same key) and gets this one. Only fields written directly in the selection are
 * looked at; one in a fragment is loaded when its resolver runs, as before. Returns the loads started,
 * each settling (never rejecting) when its page is read: the page's statement finds the actor too and
 * primes the actor loader with it (loaders.ts), so `actor` awaits them instead of a statement of its own.
 */
export function prefetchRelationPages(context: Context, actorId: string, info: GraphQLResolveInfo): Promise<unknown>[] {
  const started: Promise<unknown>[] = [];
  // Read as data (no instanceof): under a test runner the schema's graphql module may be another copy.
  const definition = (info.schema.getType('Actor') as GraphQLObjectType | undefined)?.getFields().relations;
  if (!definition) return started;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== 'relations') continue;
      // The arguments as graphql-js hands them to the resolver: the defaults, then what is written.
      const args: Record<string, unknown> = {};
      for (const argument of definition.args) if (argument.defaultValue !== undefined) args[argument.name] = argument.defaultValue;
      for (const argument of selection.arguments ?? []) {
        const value: unknown = valueFromASTUntyped(argument.value, info.variableValues);
        if (value !== undefined) args[argument.name.value] = value;
      }
      let request;
      try {
        request = relationsPageRequest(actorId, args, selectsFieldIn(info, selection.selectionSet, 'totalCount'), askedProperties(info));
      } catch {
        // A bad argument is reported by the field's own resolver, naming it.
        continue;
      }
      // A failure surfaces when Actor.relations awaits the same request; none is left unhandled here.
      started.push(context.loaders.relationsPage.load(request).catch(() => undefined));
    }
  }
  return started;
}
