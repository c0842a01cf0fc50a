import { afterAll, describe, expect, it } from 'vitest';
import { graphqlClient, openTestDatabase, SEED_BRIEFING_ID } from './support/graph.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

const RELATION_FIELDS = `id type date modality negated source { id name } target { id name }
  evidence { quote start end speaker { id } briefing { id title publishedAt url } }`;

describe('the seeded graph, through GraphQL', () => {
  it('holds the Shoigu–Le Drian meeting of Monday 21 December 2015 with its evidence sentence', async () => {
    const { data, errors } = await execute(
      `query($id: ID!) { actor(id: $id) { name relations(types: [MET]) { totalCount edges { node { ${RELATION_FIELDS} } } } } }`,
      { id: 'sergei-shoigu' },
    );
    expect(errors).toBeUndefined();
    const meetings = data!.actor.relations.edges.map((edge: any) => edge.node);
    const withLeDrian = meetings.find((r: any) => [r.source.id, r.target.id].includes('jean-yves-le-drian'));
    expect(withLeDrian).toMatchObject({ type: 'MET', date: '2015-12-21', negated: false });
    const [evidence] = withLeDrian.evidence;
    expect(evidence.quote).toContain('Russian Defense Minister Sergei Shoigu hosting his counterpart Jean-Yves Le Drian');
    expect(evidence.briefing).toMatchObject({ id: SEED_BRIEFING_ID, publishedAt: '2015-12-22' });
    const { data: text } = await execute(`{ briefing(id: "${SEED_BRIEFING_ID}") { text } }`);
    expect(text!.briefing.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it('finds Le Drian’s meeting from either end (MET is symmetric)', async () => {
    const { data } = await execute(
      `{ actor(id: "jean-yves-le-drian") { relations(types: [MET], direction: OUT) { edges { node { source { id } target { id } } } } } }`,
    );
    const ends = data!.actor.relations.edges.map((edge: any) => [edge.node.source.id, edge.node.target.id].sort().join('|'));
    expect(ends).toContain(['jean-yves-le-drian', 'sergei-shoigu'].sort().join('|'));
  });

  it('records that Çavuşoğlu criticized Russia, in December 2015', async () => {
    const { data } = await execute(`{
      actor(name: "Cavusoglu") { id relations(types: [CRITICIZED], direction: OUT, since: "2015-12-01", until: "2015-12-31") {
        edges { node { type date target { id } evidence { quote } } } } } }`);
    expect(data!.actor.id).toBe('mevlut-cavusoglu');
    const targets = data!.actor.relations.edges.map((edge: any) => edge.node.target.id);
    expect(targets).toContain('russia');
    const { data: outside } = await execute(`{ actor(id: "mevlut-cavusoglu") { relations(types: [CRITICIZED], since: "2016-01-01") { totalCount } } }`);
    expect(outside!.actor.relations.totalCount).toBe(0);
  });

  it('records that the Russian Defense Ministry denied The Wall Street Journal’s report', async () => {
    const { data } = await execute(`{ actor(name: "Russian Defense Ministry") { id relations(types: [DENIED], direction: OUT) {
      edges { node { target { id name } date evidence { quote } } } } } }`);
    const denial = data!.actor.relations.edges[0].node;
    expect(denial.target.name).toBe('The Wall Street Journal');
    expect(denial.date).toBe('2015-12-21');
    expect(denial.evidence[0].quote).toMatch(/has denied a report in The Wall Street Journal/);
  });

  it('knows OSM and Wagner as aliases of the Wagner group', async () => {
    const { data } = await execute(`{ osm: actor(name: "OSM") { id name aliases kind } wagner: actor(name: "wagner") { id } }`);
    expect(data!.osm.aliases).toEqual(expect.arrayContaining(['OSM', 'Wagner']));
    expect(data!.osm.kind).toBe('ARMED_GROUP');
    expect(data!.wagner.id).toBe(data!.osm.id);
  });

  it('finds actors by name or alias whatever the case and accents', async () => {
    const { data } = await execute(`{
      a: actor(name: "cavusoglu") { id } b: actor(name: "Çavuşoğlu") { id } c: actor(name: "MEVLÜT ÇAVUŞOĞLU") { id }
      d: actor(name: "Francois Hollande") { id } e: actor(name: "françois hollande") { id } f: actor(name: "Nobody Atall") { id } }`);
    expect([data!.a.id, data!.b.id, data!.c.id]).toEqual(['mevlut-cavusoglu', 'mevlut-cavusoglu', 'mevlut-cavusoglu']);
    expect(data!.d.id).toBe(data!.e.id);
    expect(data!.f).toBeNull();
  });

  it('gives roles as affiliations with their state', async () => {
    const { data } = await execute(`{ actor(id: "jean-yves-le-drian") { roles { title of { id } relation { type evidence { quote } } } } }`);
    expect(data!.actor.roles).toContainEqual(expect.objectContaining({ title: 'Defense Minister', of: { id: 'france' } }));
  });

  it('joins Le Drian and Putin by a path', async () => {
    const { data, errors } = await execute(`{ paths(fromId: "jean-yves-le-drian", toId: "vladimir-putin", limit: 3) {
      length nodes { id } edges { type source { id } target { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.paths.length).toBeGreaterThan(0);
    for (const path of data!.paths) {
      expect(path.nodes[0].id).toBe('jean-yves-le-drian');
      expect(path.nodes.at(-1).id).toBe('vladimir-putin');
      expect(path.edges).toHaveLength(path.length);
      path.edges.forEach((edge: any, i: number) => {
        expect([edge.source.id, edge.target.id].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      });
    }
    const lengths = data!.paths.map((path: any) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('draws a neighborhood whose edges join its nodes, and says when it was cut', async () => {
    const { data } = await execute(`{ full: neighborhood(actorId: "wagner-group", depth: 1) { truncated nodes { id } edges { source { id } target { id } } }
      cut: neighborhood(actorId: "russia", depth: 2, limit: 3) { truncated nodes { id } } }`);
    const ids = new Set(data!.full.nodes.map((node: any) => node.id));
    expect(ids).toContain('russia');
    expect(data!.full.truncated).toBe(false);
    for (const edge of data!.full.edges) {
      expect(ids.has(edge.source.id) && ids.has(edge.target.id)).toBe(true);
    }
    expect(data!.cut.truncated).toBe(true);
    expect(data!.cut.nodes).toHaveLength(3);
  });

  it('searches names and aliases full-text, paginated by cursor', async () => {
    const { data: first } = await execute(
      `{ searchActors(query: "syrian", first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    const total = first!.searchActors.totalCount;
    expect(total).toBeGreaterThan(2);
    expect(first!.searchActors.pageInfo.hasNextPage).toBe(true);
    const seen = first!.searchActors.edges.map((edge: any) => edge.node.id);
    let after = first!.searchActors.pageInfo.endCursor;
    for (;;) {
      const { data } = await execute(
        `query($after: String) { searchActors(query: "syrian", first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...data!.searchActors.edges.map((edge: any) => edge.node.id));
      if (!data!.searchActors.pageInfo.hasNextPage) break;
      after = data!.searchActors.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const { data: typo } = await execute(`{ searchActors(query: "Shoygu") { edges { node { id } } } }`);
    expect(typo!.searchActors.edges[0].node.id).toBe('sergei-shoigu');
    const { data: states } = await execute(`{ searchActors(query: "syria", kinds: [STATE]) { edges { node { id kind } } } }`);
    expect(states!.searchActors.edges.every((edge: any) => edge.node.kind === 'STATE')).toBe(true);
  });

  it('lists briefings and what each mentions', async () => {
    const { data } = await execute(`{ briefing(id: "${SEED_BRIEFING_ID}") { title publishedAt source url actors { id } } }`);
    expect(data!.briefing.publishedAt).toBe('2015-12-22');
    expect(data!.briefing.actors.map((actor: any) => actor.id)).toEqual(expect.arrayContaining(['sergei-shoigu', 'wagner-group', 'tass']));
    // Other test files add briefings to the same store: page through the list until the seed's is found.
    const listed: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { data: page } = await execute(`query ($after: String) { briefings(first: 100, after: $after) { totalCount edges { cursor node { id } } } }`, {
        after,
      });
      const edges = page!.briefings.edges as { cursor: string; node: { id: string } }[];
      total = page!.briefings.totalCount as number;
      listed.push(...edges.map((edge) => edge.node.id));
      after = edges.length ? edges[edges.length - 1]!.cursor : null;
    } while (after && !listed.includes(SEED_BRIEFING_ID) && listed.length < total);
    expect(listed).toContain(SEED_BRIEFING_ID);
  });

  it('rejects a bad cursor and out-of-range limits naming the argument', async () => {
    const { errors } = await execute(`{ searchActors(query: "x", after: "bm9wZQ") { totalCount } }`);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/^after:/);
    const { errors: depth } = await execute(`{ neighborhood(actorId: "russia", depth: 9) { truncated } }`);
    expect(depth![0]!.message).toMatch(/^depth:/);
  });
});
