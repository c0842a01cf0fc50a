import { MAX_PAGE_SIZE, connection, pageRequest, requireIntInRange } from '../../graph/shared/pagination.js';
import { InputError } from '../../graph/shared/input-error.js';
import { groupByDay } from '../../graph/stats/timeline.js';
import { DEFAULT_NEIGHBORHOOD_EDGES } from '../../config/limits.js';
import { RELATION_TYPES, RELATION_TYPE_INFO } from '../../vocabulary/relation-types.js';
import type { Resolvers } from '../../../generated/resolver-types.js';
import type { ActorRecord, RelationRecord, RelationRef } from '../../graph/shared/records.js';
import { existing, foundIn, hydrateRelations, loadActors, loadBriefings, primeActors, relationsById } from './hydrate.js';
import { prefetchRelationPages } from './prefetch.js';
import { fieldsSelectedIn, selectsField } from './selection.js';
import { ploverOf } from './types.js';
import { askedProperties } from './asked.js';

/** The most relations a timeline shows; narrow it with since/until/types beyond that. */
export const MAX_TIMELINE_RELATIONS = 1000;
export const MAX_MERGES_LISTED = 200;

/** The Actor fields read by statements of their own (not from the actor's record or its pages of relations). */
const ACTOR_FIELDS_WITH_STATEMENTS = ['roles', 'mentionedIn'];

/** The Relation fields answered from a relation's id, type and ends alone (the rest need its record). */
const EDGE_FIELDS_WITHOUT_RECORD = new Set(['__typename', 'id', 'type', 'source', 'target', 'symmetric', 'cameo', 'plover']);

/** A relation for a request that asks only for EDGE_FIELDS_WITHOUT_RECORD: nothing else of it is read. */
const relationWithoutRecord = (ref: RelationRef): RelationRecord => ({ id: ref.id, type: ref.type!, source: ref.source, target: ref.target }) as RelationRecord;

export const queryResolvers: Pick<Resolvers, 'Query' | 'ActorMerge' | 'SameAsSuggestion'> = {
  Query: {
    actor: async (_, args, context, info) => {
      if ((args.id == null) === (args.name == null)) throw new InputError('id', 'give exactly one of id or name');
      const id = args.id ?? (await context.actors.idByName(args.name!));
      if (!id) return null;
      // With a page of its relations asked for, the page's statement finds the actor too (primed into
      // the loader): one statement where the actor's own lookup made two, side by side. An actor not
      // found there (none by that id, or a failed page, reported by Actor.relations) is looked up alone.
      // Not when the actor's fields read statements of their own (roles, mentionedIn): those start once
      // the actor is answered, so it is looked up beside the page as before, not after it.
      const pages = prefetchRelationPages(context, id, info);
      if (pages.length > 0 && !ACTOR_FIELDS_WITH_STATEMENTS.some((field) => selectsField(info, field))) await Promise.all(pages);
      return context.loaders.actor.load(id);
    },

    searchActors: async (_, args, context) => {
      const page = pageRequest(args.first, args.after);
      const { total, hits } = await context.actors.search(args.query, args.kinds ?? null, page);
      const actors = hits.map((hit) => hit.actor);
      primeActors(context, actors);
      const result = connection(actors, page, total);
      return { ...result, edges: result.edges.map((edge, index) => ({ ...edge, score: hits[index]!.score })) };
    },

    relation: async (_, args, context) => {
      const ref = await context.relations.refById(args.id);
      return ref ? context.loaders.relation.load(ref) : null;
    },

    relations: async (_, args, context, info) => {
      const page = pageRequest(args.first, args.after);
      const { total, page: refs } = await context.relations.filter(args.filter ?? {}, args.order === 'NEWEST_FIRST', page, askedProperties(info));
      return connection(await hydrateRelations(context, refs), page, total);
    },

    neighborhood: async (_, args, context, info) => {
      // A drawing often asks its edges for their ends and type alone: then no relation's record is read.
      const records = ![...fieldsSelectedIn(info, 'edges')].every((field) => EDGE_FIELDS_WITHOUT_RECORD.has(field));
      const asked = askedProperties(info);
      const result = await context.traversal.neighborhood({
        ...args,
        depth: args.depth ?? 1,
        limit: args.limit ?? 100,
        edgeLimit: args.edgeLimit ?? DEFAULT_NEIGHBORHOOD_EDGES,
        records,
        asked,
      });
      if (!result) throw new InputError('actorId', `no actor "${args.actorId}"`);
      // The actors the edges' ranking read (with the properties the operation asks for): no statement after it.
      if (result.actors) primeActors(context, result.actors);
      // Both loads are asked for in the same tick, so their statements run side by side.
      const [nodes, edges] = await Promise.all([
        loadActors(context, result.actorIds),
        records ? hydrateRelations(context, result.edges) : result.edges.map(relationWithoutRecord),
      ]);
      return { nodes, edges, truncated: result.truncated, edgesTruncated: result.edgesTruncated };
    },

    paths: async (_, args, context, info) => {
      const paths = await context.traversal.shortestPaths({ ...args, maxDepth: args.maxDepth ?? 4, limit: args.limit ?? 3 }, askedProperties(info));
      // The edges' records and ends prime the loaders: every actor of a path is an end of its edges.
      const relations = await relationsById(
        context,
        paths.flatMap((path) => path.edges),
      );
      const actors = new Map(
        (
          await loadActors(
            context,
            paths.flatMap((path) => path.nodeIds),
          )
        ).map((a) => [a.id, a]),
      );
      return paths.map((path) => ({
        length: path.edges.length,
        nodes: foundIn(actors, path.nodeIds),
        edges: foundIn(
          relations,
          path.edges.map((edge) => edge.id),
        ),
      }));
    },

    timeline: async (_, args, context, info) => {
      // A timeline often asks its relations for their type alone: then no relation's record is read.
      const records = ![...fieldsSelectedIn(info, 'relations')].every((field) => EDGE_FIELDS_WITHOUT_RECORD.has(field));
      const request = {
        ...args,
        actorId: args.actorId,
        direction: 'BOTH' as const,
        withTotal: false,
        records,
        asked: askedProperties(info),
        offset: 0,
        first: MAX_TIMELINE_RELATIONS,
      };
      const pages = await context.actors.relationsPages([{ ...request, key: 'timeline' }]);
      const refs = pages.get('timeline')?.page ?? [];
      // A statement written per type returns records whatever was asked; prefer them when they came.
      const relations = records ? await relationsById(context, refs) : new Map(refs.map((ref) => [ref.id, ref.record ?? relationWithoutRecord(ref)]));
      return groupByDay(refs).map((day) => ({
        ...day,
        relations: foundIn(
          relations,
          day.relations.map((ref) => ref.id),
        ),
      }));
    },

    actorRelationCounts: (_, args, context) => context.stats.actorTypeCounts(args.actorId, args),

    dyad: async (_, args, context, info) => {
      // The months' statement tells an unknown actor (no row) from a pair with no relations, so the
      // two actors are read only when more of them than their ids is asked for, and then beside the
      // months, not after them (one round trip, not two).
      const reading = (async () => context.stats.dyad(args.a, args.b, args))();
      // Handled now (a refused request rejects at once, before the actors are read); still thrown below.
      reading.catch(() => undefined);
      const actor = (side: 'a' | 'b', id: string) =>
        [...fieldsSelectedIn(info, side)].every((field) => field === 'id' || field === '__typename')
          ? reading.then((months) => (months ? idOnly(id) : null))
          : context.loaders.actor.load(id);
      const [a, b, months] = await Promise.all([actor('a', args.a), actor('b', args.b), reading]);
      if (!a || !b || !months) return null;
      return { a, b, months, total: months.reduce((sum, month) => sum + month.aToB + month.bToA, 0) };
    },

    topActors: async (_, args, context) => {
      const rows = await context.stats.topActors({ ...args, limit: args.limit ?? 10 });
      primeActors(
        context,
        rows.map((row) => row.actor),
      );
      return rows.map((row) => ({ actor: row.actor, count: row.count, mentions: row.mentions }));
    },

    commonGround: async (_, args, context, info) => {
      // The relations with each are read only when asked for: most of the answer's cost.
      const withRelations = selectsField(info, 'withA') || selectsField(info, 'withB');
      const rows = await context.stats.commonGround(args.a, args.b, { ...args, negated: false }, args.limit ?? 50, withRelations, askedProperties(info));
      // The statement returned the actors and the relations with their records and ends as asked: nothing left to read.
      primeActors(
        context,
        rows.map((row) => row.actor),
      );
      const relations = await relationsById(
        context,
        rows.flatMap((row) => [...row.withA, ...row.withB]),
      );
      const idsOf = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
      return rows.map((row) => ({ actor: row.actor, withA: foundIn(relations, idsOf(row.withA)), withB: foundIn(relations, idsOf(row.withB)) }));
    },

    briefing: (_, args, context) => context.loaders.briefing.load(args.id),

    briefings: async (_, args, context) => {
      const page = pageRequest(args.first, args.after);
      const { total, ids } = await context.briefings.page(page);
      return connection(await loadBriefings(context, ids), page, total);
    },

    sameAsSuggestions: async (_, args, context) => {
      const limit = requireIntInRange('limit', args.limit ?? 20, 1, MAX_PAGE_SIZE);
      return context.resolution.sameAs(limit);
    },

    actorMerges: async (_, args, context) => {
      const first = Math.min(args.first ?? 20, MAX_MERGES_LISTED);
      return context.resolution.merges(first);
    },

    auditTrail: async (_, args, context) => {
      const page = pageRequest(args.first, args.after);
      const { total, entries } = await context.audit.page(args, page);
      return connection(entries, page, total);
    },

    relationTypes: () =>
      RELATION_TYPES.map((type) => {
        const info = RELATION_TYPE_INFO[type];
        return { ...info, plover: ploverOf(info) };
      }),
  },
  ActorMerge: {
    survivor: (merge, _, context) => existing(context.loaders.actor.load(merge.survivorId), `actor "${merge.survivorId}"`),
  },
  SameAsSuggestion: {
    a: (suggestion, _, context) => existing(context.loaders.actor.load(suggestion.a), `actor "${suggestion.a}"`),
    b: (suggestion, _, context) => existing(context.loaders.actor.load(suggestion.b), `actor "${suggestion.b}"`),
  },
};

/** An actor of which the request asks only the id (GraphQL resolves no other field of it): its record is never read. */
const idOnly = (id: string): ActorRecord => ({ id, name: '', kind: 'PERSON', aliases: null, wikidata: null, externalIds: null, titles: null });
