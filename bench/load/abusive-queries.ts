import type { GraphShape } from '../generate/generator.js';

/** Relations levels nested in the deep query, and the page asked at each (20⁴ ≈ 160k rows unchecked). */
const DEEP_LEVELS = 4;
const DEEP_PAGE = 20;
const ALIASES = 200;
const HUGE_PAGE = 100_000;
const NEIGHBORHOOD_ALIASES = 20;

/**
 * Queries a careless or hostile client sends: deep nesting, many aliases, huge pages, many costly
 * fields in one request. The query limits (README "Safety of queries") should refuse them in
 * milliseconds; without limits they are simply slow, and slow the rest.
 */
export function abusiveQueries(shape: GraphShape): { label: string; query: string }[] {
  const typical = `gen-${Math.min(shape.actors.length - 1, 500)}`;
  let nested = 'id';
  for (let level = 0; level < DEEP_LEVELS; level += 1) nested = `relations(first: ${DEEP_PAGE}) { edges { node { id target { ${nested} } } } }`;
  const aliases = Array.from({ length: ALIASES }, (_, i) => `a${i}: actor(id: "gen-${i % shape.actors.length}") { name aliases }`).join(' ');
  const neighborhoods = Array.from(
    { length: NEIGHBORHOOD_ALIASES },
    (_, i) => `n${i}: neighborhood(actorId: "gen-${i}", depth: 3, limit: 500) { nodes { id } edges { id } }`,
  ).join(' ');
  return [
    { label: `deep: ${DEEP_LEVELS} nested pages of ${DEEP_PAGE}`, query: `{ actor(id: "${typical}") { ${nested} } }` },
    { label: `${ALIASES} aliases of actor`, query: `{ ${aliases} }` },
    {
      label: `huge page: relations(first: ${HUGE_PAGE})`,
      query: `{ relations(first: ${HUGE_PAGE}) { totalCount edges { node { id date source { id } target { id } } } } }`,
    },
    { label: `${NEIGHBORHOOD_ALIASES} aliases of neighborhood(depth: 3, limit: 500)`, query: `{ ${neighborhoods} }` },
  ];
}
