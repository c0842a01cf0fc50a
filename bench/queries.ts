import { DEFAULT_NEIGHBORHOOD_EDGES } from '../src/config/limits.js';
import { RELATION_TYPES } from '../src/vocabulary/relation-types.js';
import type { RawRows } from './answers.js';
import type { GraphShape } from './generate/generator.js';

/**
 * The analysts' queries the bench measures, each as the product's GraphQL and as the raw Cypher an
 * expert would write for the same answer with the driver (the floor the product is compared with):
 * the same rows, the same total where the GraphQL asks for one. The queries @neo4j/graphql can
 * serve (bench/neo4j-graphql.ts) carry its GraphQL too.
 */
export interface BenchQuery {
  label: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
  /** The same question to @neo4j/graphql over the same database, where it has one. */
  neo4jGraphql?: string;
  /** Each side's answer read into one shape, to check the raw Cypher asks the product's question (bench/answers.ts). */
  answer: { product: (data: any) => unknown; raw: (rows: RawRows) => unknown };
}

/** A connection's total and its page's ids; the raw side's `{total, page}` row, its page of ids or of `{id}`. */
const pageOf = (connection: any) => ({ total: connection.totalCount, ids: connection.edges.map((e: any) => e.node.id) });
const rawPage = (rows: RawRows) => ({
  total: rows[0]!.total,
  ids: (rows[0]!.page as any[]).map((entry) => (typeof entry === 'string' ? entry : entry.id)),
});
const sorted = (values: string[]) => [...values].sort();
/** A neighborhood as its actors and edges, by id (the raw side returns them in no order). */
const neighborhoodAnswer: BenchQuery['answer'] = {
  product: (d) => ({ nodes: sorted(d.neighborhood.nodes.map((n: any) => n.id)), edges: sorted(d.neighborhood.edges.map((e: any) => e.id)) }),
  raw: (rows) => ({ nodes: sorted(rows[0]!.ids as string[]), edges: sorted((rows[0]!.edges as any[]).map((e) => e.id)) }),
};

/**
 * The product's edge cap on a neighborhood's relations (2,000 by default): each relation belongs to its
 * end with fewer relations (then the smaller id); those of the actors with fewest relations come first,
 * each actor's newest first, then by id. `nodes` holds the neighborhood's actors; CAPPED_EDGE_ROWS leaves one row per
 * edge kept (also read by bench/neo4j-graphql.ts).
 */
export const CAPPED_EDGE_ROWS = `UNWIND nodes AS x
               WITH nodes, x ORDER BY COUNT { (x)-[:${RELATION_TYPES.join('|')}]-() }, x.id
               WITH nodes, collect(x) AS ranked
               UNWIND range(0, size(ranked) - 2) AS i
               WITH nodes, i, ranked[i] AS a, ranked[i + 1..] AS above
               MATCH (a)-[r]-(b) WHERE b IN above AND r.negated = false
               WITH nodes, i, r ORDER BY i, coalesce(r.date, r.firstSeen) DESC, r.id LIMIT ${DEFAULT_NEIGHBORHOOD_EDGES}`;
const CAPPED_EDGES = `${CAPPED_EDGE_ROWS}
               RETURN [n IN nodes | n.id] AS ids, collect({id: r.id, type: type(r)}) AS edges`;

export function BENCH_QUERIES(shape: GraphShape): BenchQuery[] {
  const hub = 'gen-0';
  const hub2 = 'gen-1';
  // A typical actor: past the states, in the long tail of the power law.
  const typical = `gen-${Math.min(shape.actors.length - 1, 500)}`;
  const other = `gen-${Math.min(shape.actors.length - 2, 733)}`;
  // A page and its total, as a connection's totalCount and edges need them.
  const page = `ORDER BY coalesce(r.date, r.firstSeen), coalesce(r.dateEnd, r.date, r.firstSeen), r.id
    WITH collect(r) AS matched RETURN size(matched) AS total,
         [r IN matched[0..50] | {id: r.id, type: type(r), date: r.date, source: startNode(r).id, target: endNode(r).id}] AS page`;
  return [
    {
      label: 'actor by id',
      graphql: `{ actor(id: "${typical}") { id name kind aliases } }`,
      cypher: 'MATCH (a:Actor {id: $id}) RETURN a.id, a.name, a.kind, a.aliases',
      params: { id: typical },
      answer: {
        product: (d) => d.actor,
        raw: (rows) => rows.map((r) => ({ id: r['a.id'], name: r['a.name'], kind: r['a.kind'], aliases: r['a.aliases'] }))[0],
      },
      neo4jGraphql: `{ actors(where: { id: { eq: "${typical}" } }) { id name kind aliases } }`,
    },
    {
      label: 'searchActors, first 10',
      graphql: '{ searchActors(query: "gen state 12", first: 10) { totalCount edges { node { id } } } }',
      // The product's question: every word as itself, a prefix, or (from four letters) one edit away, on the folded
      // names and aliases (src/graph/actors/lucene.ts), best score first, then id.
      cypher: `CALL db.index.fulltext.queryNodes('actor_keys', '+(gen OR gen*) +(state OR state* OR state~1) +(12 OR 12*)') YIELD node, score
               WITH node ORDER BY score DESC, node.id
               WITH collect(node.id) AS ids RETURN size(ids) AS total, ids[0..10] AS page`,
      params: {},
      answer: { product: (d) => pageOf(d.searchActors), raw: rawPage },
    },
    {
      label: 'hub: page of 50 of one type',
      graphql: `{ actor(id: "${hub}") { relations(types: [CRITICIZED], first: 50) { totalCount edges { node { id type date source { id } target { id } } } } } }`,
      cypher: `MATCH (:Actor {id: $id})-[r:CRITICIZED]-() WHERE r.negated = false WITH r ${page}`,
      params: { id: hub },
      answer: { product: (d) => pageOf(d.actor.relations), raw: rawPage },
      // Its sort takes properties only: by date (undated last, where the others use the day reported), then id.
      neo4jGraphql: `{ actors(where: { id: { eq: "${hub}" } }) { criticizedConnection(first: 50, where: { edge: { negated: { eq: false } } },
        sort: [{ edge: { date: ASC } }, { edge: { id: ASC } }]) { totalCount edges { properties { id date } node { id } } } } }`,
    },
    {
      label: 'hub: page of 50, all types',
      graphql: `{ actor(id: "${hub}") { relations(first: 50) { totalCount edges { node { id type date source { id } target { id } } } } } }`,
      cypher: `MATCH (:Actor {id: $id})-[r]-(:Actor) WHERE r.negated = false WITH r ${page}`,
      params: { id: hub },
      answer: { product: (d) => pageOf(d.actor.relations), raw: rawPage },
    },
    {
      label: 'typical actor: page of 50',
      graphql: `{ actor(id: "${typical}") { relations(first: 50) { totalCount edges { node { id type date source { id } target { id } } } } } }`,
      cypher: `MATCH (:Actor {id: $id})-[r]-(:Actor) WHERE r.negated = false WITH r ${page}`,
      params: { id: typical },
      answer: { product: (d) => pageOf(d.actor.relations), raw: rawPage },
    },
    {
      label: 'nested: typical’s 50 × each source’s 20',
      graphql: `{ actor(id: "${typical}") { relations(first: 50) { edges { node { source { relations(first: 20) { edges { node { id target { name } } } } } } } } } }`,
      cypher: `MATCH (:Actor {id: $id})-[r]-(:Actor) WHERE r.negated = false
               WITH r ORDER BY coalesce(r.date, r.firstSeen), r.id LIMIT 50
               WITH startNode(r) AS s
               CALL (s) { MATCH (s)-[r2]-(:Actor) WHERE r2.negated = false
                          WITH r2 ORDER BY coalesce(r2.date, r2.firstSeen), r2.id LIMIT 20
                          RETURN collect({id: r2.id, target: endNode(r2).name}) AS twenty }
               RETURN s.id, twenty`,
      params: { id: typical },
      answer: {
        product: (d) => d.actor.relations.edges.map((e: any) => e.node.source.relations.edges.map((x: any) => x.node.id)),
        raw: (rows) => rows.map((r) => (r.twenty as any[]).map((x) => x.id)),
      },
      neo4jGraphql: `{ actors(where: { id: { eq: "${typical}" } }) { related(first: 50) { related(first: 20) { id name } } } }`,
    },
    {
      label: 'neighborhood depth 1 (typical, ≤100 actors)',
      graphql: `{ neighborhood(actorId: "${typical}", depth: 1) { truncated nodes { id } edges { id type } } }`,
      // The product's question: the neighbours ranked by their latest relation with the actor (newest day, then id),
      // the first 99 kept beside it, then the relations among them under the edge cap.
      cypher: `MATCH (c:Actor {id: $id})-[r]-(n:Actor) WHERE r.negated = false AND n <> c
               WITH c, n, max(coalesce(r.date, r.firstSeen)) AS day ORDER BY day DESC, n.id
               WITH c, collect(n)[0..99] AS level1 WITH [c] + level1 AS nodes
               ${CAPPED_EDGES}`,
      params: { id: typical },
      answer: neighborhoodAnswer,
    },
    {
      label: 'neighborhood depth 2 (typical, ≤100 actors)',
      graphql: `{ neighborhood(actorId: "${typical}", depth: 2) { truncated nodes { id } edges { id type } } }`,
      // The product's question, level by level: each level's actors ranked by their latest relation with the level
      // before (newest day, then id) and kept while there is room; a level the cap cuts ends the walk.
      cypher: `MATCH (c:Actor {id: $id})-[r]-(n:Actor) WHERE r.negated = false AND n <> c
               WITH c, n, max(coalesce(r.date, r.firstSeen)) AS day ORDER BY day DESC, n.id
               WITH c, collect(n) AS ranked1
               WITH c, ranked1[0..99] AS level1, size(ranked1) > 99 AS cut
               CALL (c, level1, cut) {
                 UNWIND CASE WHEN cut THEN [] ELSE level1 END AS m
                 MATCH (m)-[r]-(x:Actor) WHERE r.negated = false AND x <> c AND NOT x IN level1
                 WITH x, max(coalesce(r.date, r.firstSeen)) AS day ORDER BY day DESC, x.id
                 RETURN collect(x) AS level2
               }
               WITH [c] + level1 + level2[0..(99 - size(level1))] AS nodes
               ${CAPPED_EDGES}`,
      params: { id: typical },
      answer: neighborhoodAnswer,
      neo4jGraphql: `{ neighborhood2(id: "${typical}") { ids edges { id type } } }`,
    },
    {
      label: 'relations(filter: type + one month), first 50',
      graphql: '{ relations(filter: { types: [CRITICIZED], since: "2012-03-01", until: "2012-03-31" }, first: 50) { totalCount edges { node { id date } } } }',
      // The product's window: a relation overlaps the month (a month's or year's period too, and an undated one by the
      // day first reported), ordered by its span's start, then end, then id.
      cypher: `MATCH (s:Actor)-[r:CRITICIZED]->(t:Actor)
               WHERE s <> t AND r.negated = false
                 AND coalesce(r.dateEnd, r.date, r.firstSeen) >= date('2012-03-01') AND coalesce(r.date, r.firstSeen) <= date('2012-03-31')
               WITH r ORDER BY coalesce(r.date, r.firstSeen), coalesce(r.dateEnd, r.date, r.firstSeen), r.id
               WITH collect(r) AS hits RETURN size(hits) AS total, [x IN hits[0..50] | x.id] AS page`,
      params: {},
      answer: { product: (d) => pageOf(d.relations), raw: rawPage },
    },
    {
      label: 'relations(filter: one typical actor)',
      graphql: `{ relations(filter: { actorIds: ["${typical}"] }, first: 50) { totalCount edges { node { id date } } } }`,
      cypher: `MATCH (:Actor {id: $id})-[r]-(:Actor) WHERE r.negated = false WITH r ${page}`,
      params: { id: typical },
      answer: { product: (d) => pageOf(d.relations), raw: rawPage },
    },
    {
      label: 'paths: 3 shortest, maxDepth 4 (two typical)',
      graphql: `{ paths(fromId: "${typical}", toId: "${other}", limit: 3, maxDepth: 4) { length } }`,
      cypher: `MATCH p = SHORTEST 3 (a:Actor {id: $a})(()-[r WHERE r.negated = false AND NOT type(r) IN ['MENTIONS', 'FROM']]-(:Actor)){1,4}(b:Actor {id: $b})
               RETURN length(p) AS length`,
      params: { a: typical, b: other },
      answer: { product: (d) => d.paths.map((p: any) => p.length), raw: (rows) => rows.map((r) => r.length) },
    },
    {
      label: 'timeline of a typical actor',
      graphql: `{ timeline(actorId: "${typical}") { date relations { type } } }`,
      cypher: `MATCH (:Actor {id: $id})-[r]-(:Actor) WHERE r.negated = false
               WITH coalesce(r.date, r.firstSeen) AS day, r ORDER BY day, r.id RETURN day, collect(type(r)) AS types`,
      params: { id: typical },
      answer: {
        product: (d) => d.timeline.map((t: any) => [t.date, sorted(t.relations.map((x: any) => x.type))]),
        raw: (rows) => rows.map((r) => [r.day, sorted(r.types as string[])]),
      },
    },
    {
      label: 'dyad of two hubs',
      graphql: `{ dyad(a: "${hub}", b: "${hub2}") { total months { month type aToB bToA } } }`,
      cypher: `MATCH (a:Actor {id: $a})-[r]-(b:Actor {id: $b}) WHERE r.negated = false AND r.modality IN ['ASSERTED', 'REPORTED']
               RETURN substring(toString(coalesce(r.date, r.firstSeen)), 0, 7) AS month, type(r) AS type, count(*) AS n`,
      params: { a: hub, b: hub2 },
      answer: {
        product: (d) => ({
          total: d.dyad.total,
          months: d.dyad.months.map((m: any) => `${String(m.month)} ${String(m.type)} ${Number(m.aToB) + Number(m.bToA)}`).sort(),
        }),
        raw: (rows) => ({
          total: rows.reduce((sum, r) => sum + Number(r.n), 0),
          months: rows.map((r) => `${String(r.month)} ${String(r.type)} ${Number(r.n)}`).sort(),
        }),
      },
    },
    {
      label: 'topActors CRITICIZED → hub',
      graphql: `{ topActors(type: CRITICIZED, targetId: "${hub}") { count actor { id } } }`,
      // The product's ranking: most relations, then most mentions of them (the better attested), then id.
      cypher: `MATCH (s:Actor)-[r:CRITICIZED]->(:Actor {id: $id}) WHERE r.negated = false AND r.modality IN ['ASSERTED', 'REPORTED']
               RETURN s.id AS id, count(r) AS n, sum(r.mentions) AS mentions ORDER BY n DESC, mentions DESC, id LIMIT 10`,
      params: { id: hub },
      answer: { product: (d) => d.topActors.map((t: any) => [t.actor.id, t.count]), raw: (rows) => rows.map((r) => [r.id, r.n]) },
    },
    {
      label: 'commonGround of two hubs',
      graphql: `{ commonGround(a: "${hub}", b: "${hub2}") { actor { id } } }`,
      // The same question as the product's: the 50 actors with most relations that happened with both, ranked (an
      // unranked DISTINCT … LIMIT 50 stops early and answers another question: none of its 50 were the product's).
      cypher: `MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
               CALL (a, b) {
                 MATCH (a)-[r]-(c:Actor) WHERE r.negated = false AND r.modality IN ['ASSERTED', 'REPORTED'] AND c <> a AND c <> b
                 RETURN c, count(r) AS n
                 UNION ALL
                 MATCH (b)-[r]-(c:Actor) WHERE r.negated = false AND r.modality IN ['ASSERTED', 'REPORTED'] AND c <> a AND c <> b
                 RETURN c, count(r) AS n
               }
               WITH c, sum(n) AS total, count(*) AS sides WHERE sides = 2
               RETURN c.id AS id ORDER BY total DESC, id LIMIT 50`,
      params: { a: hub, b: hub2 },
      answer: { product: (d) => d.commonGround.map((c: any) => c.actor.id), raw: (rows) => rows.map((r) => r.id) },
    },
  ];
}

/**
 * Queries whose answers show the stored properties of relations and actors (not measured by the
 * scale bench, which compares the product with the raw driver): what the statements returning
 * records read and send for them, in db hits (bench/statement-profile.ts) and Node CPU
 * (bench/request-cpu.ts --records).
 */
export function RECORD_QUERIES(shape: GraphShape): { label: string; graphql: string }[] {
  const hub = 'gen-0';
  const hub2 = 'gen-1';
  const typical = `gen-${Math.min(shape.actors.length - 1, 500)}`;
  const other = `gen-${Math.min(shape.actors.length - 2, 733)}`;
  const edge = 'id type date modality source { id name } target { id name }';
  return [
    {
      label: 'paths with edges and nodes (two typical)',
      graphql: `{ paths(fromId: "${typical}", toId: "${other}", limit: 3, maxDepth: 4) { length nodes { id name kind } edges { ${edge} } } }`,
    },
    {
      label: 'commonGround of two hubs with relations',
      graphql: `{ commonGround(a: "${hub}", b: "${hub2}", limit: 20) { actor { id name kind } withA { ${edge} } withB { ${edge} } } }`,
    },
    {
      label: 'neighborhood depth 1 with edge dates, names',
      graphql: `{ neighborhood(actorId: "${typical}", depth: 1) { truncated nodes { id name kind } edges { id type date source { id } target { id } } } }`,
    },
    {
      label: 'neighborhood depth 2 with edge dates, names',
      graphql: `{ neighborhood(actorId: "${typical}", depth: 2) { truncated nodes { id name kind } edges { id type date source { id } target { id } } } }`,
    },
  ];
}
