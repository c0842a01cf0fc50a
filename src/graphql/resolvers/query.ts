import { MAX_PAGE_SIZE, connection, pageRequest, requireIntInRange } from '../../graph/shared/pagination.js';
import { InputError } from '../../graph/shared/input-error.js';
import type { AuditFilter } from '../../graph/audit/audit-repository.js';
import type { RelationFilter } from '../../graph/relations/relation-repository.js';
import type { RelationWindow } from '../../graph/shared/relation-window.js';
import { groupByDay } from '../../graph/stats/timeline.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import type { Modality } from '../../vocabulary/modalities.js';
import { RELATION_TYPES, RELATION_TYPE_INFO, type RelationType } from '../../vocabulary/relation-types.js';
import type { Context } from '../context.js';
import { hydrateRelations, loadActors } from './hydrate.js';
import { ploverOf } from './types.js';

/** The most relations a timeline shows; narrow it with since/until/types beyond that. */
export const MAX_TIMELINE_RELATIONS = 1000;
export const MAX_MERGES_LISTED = 200;

type Args<T> = T & Record<string, unknown>;

export const queryResolvers = {
  Query: {
    actor: async (_: unknown, args: Args<{ id?: string | null; name?: string | null }>, context: Context) => {
      if ((args.id == null) === (args.name == null)) throw new InputError('id', 'give exactly one of id or name');
      const id = args.id ?? (await context.actors.idByName(args.name!));
      return id ? context.loaders.actor.load(id) : null;
    },

    searchActors: async (
      _: unknown,
      args: Args<{ query: string; kinds?: ActorKind[] | null; first?: number | null; after?: string | null }>,
      context: Context,
    ) => {
      const page = pageRequest(args.first, args.after);
      const { total, hits } = await context.actors.search(args.query, args.kinds ?? null, page);
      const actors = await context.loaders.actor.loadMany(hits.map((hit) => hit.id));
      const result = connection(actors, page, total);
      return { ...result, edges: result.edges.map((edge, index) => ({ ...edge, score: hits[index]?.score ?? null })) };
    },

    relation: async (_: unknown, args: Args<{ id: string }>, context: Context) => {
      const ref = await context.relations.refById(args.id);
      return ref ? context.loaders.relation.load(ref) : null;
    },

    relations: async (
      _: unknown,
      args: Args<{ filter?: RelationFilter | null; order?: 'OLDEST_FIRST' | 'NEWEST_FIRST' | null; first?: number | null; after?: string | null }>,
      context: Context,
    ) => {
      const page = pageRequest(args.first, args.after);
      const { total, page: refs } = await context.relations.filter(args.filter ?? {}, args.order === 'NEWEST_FIRST', page);
      return connection(await hydrateRelations(context, refs), page, total);
    },

    neighborhood: async (_: unknown, args: Args<RelationWindow & { actorId: string; depth?: number | null; limit?: number | null }>, context: Context) => {
      const result = await context.traversal.neighborhood({ ...args, depth: args.depth ?? 1, limit: args.limit ?? 100 });
      if (!result) throw new InputError('actorId', `no actor "${args.actorId}"`);
      return {
        nodes: await loadActors(context, result.actorIds),
        edges: await hydrateRelations(context, result.edges),
        truncated: result.truncated,
      };
    },

    paths: async (
      _: unknown,
      args: Args<
        RelationWindow & {
          fromId: string;
          toId: string;
          maxDepth?: number | null;
          limit?: number | null;
          excludeTypes?: RelationType[] | null;
          excludeActorIds?: string[] | null;
        }
      >,
      context: Context,
    ) => {
      const paths = await context.traversal.shortestPaths({ ...args, maxDepth: args.maxDepth ?? 4, limit: args.limit ?? 3 });
      const relations = new Map(
        (
          await hydrateRelations(
            context,
            paths.flatMap((path) => path.edges),
          )
        ).map((r) => [r.id, r]),
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
        nodes: path.nodeIds.map((id) => actors.get(id)),
        edges: path.edges.map((edge) => relations.get(edge.id)),
      }));
    },

    timeline: async (_: unknown, args: Args<RelationWindow & { actorId: string }>, context: Context) => {
      const request = { ...args, actorId: args.actorId, direction: 'BOTH' as const, newestFirst: false, offset: 0, first: MAX_TIMELINE_RELATIONS };
      const pages = await context.actors.relationsPages([{ ...request, key: 'timeline' }]);
      const refs = pages.get('timeline')?.page ?? [];
      const relations = new Map((await hydrateRelations(context, refs)).map((relation) => [relation.id, relation]));
      return groupByDay(refs).map((day) => ({ ...day, relations: day.relations.map((ref) => relations.get(ref.id)).filter(Boolean) }));
    },

    actorRelationCounts: (_: unknown, args: Args<RelationWindow & { actorId: string }>, context: Context) => context.stats.actorTypeCounts(args.actorId, args),

    dyad: async (_: unknown, args: Args<RelationWindow & { a: string; b: string }>, context: Context) => {
      const [a, b] = await Promise.all([context.loaders.actor.load(args.a), context.loaders.actor.load(args.b)]);
      if (!a || !b) return null;
      const months = await context.stats.dyad(args.a, args.b, args);
      return { a, b, months, total: months.reduce((sum, month) => sum + month.aToB + month.bToA, 0) };
    },

    topActors: async (
      _: unknown,
      args: Args<{
        type: RelationType;
        targetId?: string | null;
        sourceId?: string | null;
        since?: string | null;
        until?: string | null;
        modalities?: Modality[] | null;
        kinds?: ActorKind[] | null;
        limit?: number | null;
      }>,
      context: Context,
    ) => {
      const rows = await context.stats.topActors({ ...args, limit: args.limit ?? 10 });
      const actors = await context.loaders.actor.loadMany(rows.map((row) => row.actorId));
      return rows.map((row, index) => ({ actor: actors[index], count: row.count, mentions: row.mentions }));
    },

    commonGround: async (_: unknown, args: Args<RelationWindow & { a: string; b: string; limit?: number | null }>, context: Context) => {
      const rows = await context.stats.commonGround(args.a, args.b, { ...args, negated: false }, args.limit ?? 50);
      const relations = new Map(
        (
          await hydrateRelations(
            context,
            rows.flatMap((row) => [...row.withA, ...row.withB]),
          )
        ).map((relation) => [relation.id, relation]),
      );
      const actors = await context.loaders.actor.loadMany(rows.map((row) => row.actorId));
      return rows.map((row, index) => ({
        actor: actors[index],
        withA: row.withA.map((ref) => relations.get(ref.id)).filter(Boolean),
        withB: row.withB.map((ref) => relations.get(ref.id)).filter(Boolean),
      }));
    },

    briefing: (_: unknown, args: Args<{ id: string }>, context: Context) => context.loaders.briefing.load(args.id),

    briefings: async (_: unknown, args: Args<{ first?: number | null; after?: string | null }>, context: Context) => {
      const page = pageRequest(args.first, args.after);
      const { total, ids } = await context.briefings.page(page);
      return connection(await context.loaders.briefing.loadMany(ids), page, total);
    },

    sameAsSuggestions: async (_: unknown, args: Args<{ limit?: number | null }>, context: Context) => {
      const limit = requireIntInRange('limit', args.limit ?? 20, 1, MAX_PAGE_SIZE);
      const suggestions = await context.resolution.sameAs(limit);
      return suggestions.map((suggestion) => ({
        ...suggestion,
        a: context.loaders.actor.load(suggestion.a),
        b: context.loaders.actor.load(suggestion.b),
      }));
    },

    actorMerges: async (_: unknown, args: Args<{ first?: number | null }>, context: Context) => {
      const first = Math.min(args.first ?? 20, MAX_MERGES_LISTED);
      return context.resolution.merges(first);
    },

    auditTrail: async (_: unknown, args: Args<AuditFilter & { first?: number | null; after?: string | null }>, context: Context) => {
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
    survivor: (merge: { survivorId: string }, _: unknown, context: Context) => context.loaders.actor.load(merge.survivorId),
  },
};
