import { rolesHeldAt } from '../../graph/actors/roles-at.js';
import { connection, pageRequest } from '../../graph/shared/pagination.js';
import { RELATION_TYPE_INFO, type RelationTypeInfo } from '../../vocabulary/relation-types.js';
import type { ActorRelationsArgs, Resolvers } from '../../../generated/resolver-types.js';
import type { RelationsPage, RelationsPageRequest } from '../../graph/actors/actor-repository.js';
import { selectsField } from './selection.js';
import { askedProperties } from './asked.js';
import type { AskedProperties } from '../../graph/shared/asked-properties.js';
import { existing, hydrateRelations, loadActors, loadBriefings, relationsById } from './hydrate.js';

/**
 * What Actor.relations asks the relationsPage loader for; the key makes equal requests one.
 * `withTotal`: whether the connection's totalCount is selected (counting is a hub's whole history);
 * `asked`: the properties of relations and actors the request shows (askedProperties).
 */
export function relationsPageRequest(actorId: string, args: ActorRelationsArgs, withTotal: boolean, asked: AskedProperties): RelationsPageRequest {
  const request = {
    actorId,
    asked,
    direction: args.direction ?? 'BOTH',
    types: args.types,
    since: args.since,
    until: args.until,
    modalities: args.modalities,
    negated: args.negated,
    withTotal,
    ...pageRequest(args.first, args.after),
  };
  return { ...request, key: JSON.stringify(request) };
}

/**
 * A page of an actor's relations as a connection. Without a counted total, totalCount holds what
 * the page shows to exist (never sent: the request does not select it).
 */
export function relationsConnection<T>(nodes: readonly T[], request: RelationsPageRequest, { total, more }: RelationsPage) {
  return connection(nodes, request, total ?? request.offset + nodes.length + (more ? 1 : 0), more);
}

export const ploverOf = (info: RelationTypeInfo) => (info.plover ? { category: info.plover.category, mode: info.plover.mode, score: info.goldstein } : null);

export const typeResolvers: Pick<Resolvers, 'Actor' | 'Role' | 'Relation' | 'Evidence' | 'Briefing' | 'Contribution'> = {
  Actor: {
    aliases: (actor) => actor.aliases ?? [],
    externalIds: (actor) => actor.externalIds ?? [],
    titles: (actor) => actor.titles ?? [],
    roles: async (actor, args, context) => {
      const roles = await context.loaders.roles.load(actor.id);
      return args.at ? rolesHeldAt(roles, args.at) : roles;
    },
    relations: async (actor, args, context, info) => {
      const request = relationsPageRequest(actor.id, args, selectsField(info, 'totalCount'), askedProperties(info));
      const found = await context.loaders.relationsPage.load(request);
      return relationsConnection(await hydrateRelations(context, found.page), request, found);
    },
    mentionedIn: async (actor, args, context) => loadBriefings(context, (await context.loaders.mentionedIn.load(actor.id)).slice(0, args.first ?? 20)),
  },
  Role: {
    of: (role, _, context) => existing(context.loaders.actor.load(role.target), `actor "${role.target}"`),
    // A role is its AFFILIATED_WITH relation: its id and ends find it.
    relation: (role, _, context) => existing(context.loaders.relation.load(role), `relation "${role.id}"`),
  },
  Relation: {
    // An end primed first (the statement that found the relation read it) is answered as it is, no promise: ActorLoader.
    source: (relation, _, context) =>
      context.loaders.actor.known(relation.source) ?? existing(context.loaders.actor.load(relation.source), `actor "${relation.source}"`),
    target: (relation, _, context) =>
      context.loaders.actor.known(relation.target) ?? existing(context.loaders.actor.load(relation.target), `actor "${relation.target}"`),
    symmetric: (relation) => RELATION_TYPE_INFO[relation.type].symmetric,
    mentions: (relation) => relation.mentions ?? 0,
    confidence: (relation) => relation.confidence ?? 1,
    cameo: (relation) => RELATION_TYPE_INFO[relation.type].cameo,
    plover: (relation) => ploverOf(RELATION_TYPE_INFO[relation.type]),
    evidence: (relation, _, context) => context.loaders.evidence.load(relation.id),
  },
  Evidence: {
    speaker: (evidence, _, context) => (evidence.speakerId ? context.loaders.actor.load(evidence.speakerId) : null),
    briefing: (evidence, _, context) => existing(context.loaders.briefing.load(evidence.briefingId), `briefing "${evidence.briefingId}"`),
  },
  Briefing: {
    actors: async (briefing, _, context) => loadActors(context, await context.loaders.briefingActors.load(briefing.id)),
    contributions: async (briefing, _, context) => {
      const rows = await context.briefings.contributions(briefing.id);
      const relations = await relationsById(
        context,
        rows.map((row) => row.ref),
      );
      return rows.flatMap(({ ref, ...row }) => {
        const relation = relations.get(ref.id);
        return relation ? [{ ...row, relation }] : [];
      });
    },
  },
  Contribution: {
    alsoIn: (contribution, _, context) => loadBriefings(context, contribution.alsoIn),
  },
};
