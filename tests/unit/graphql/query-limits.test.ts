import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY_LIMITS,
  MAX_NEIGHBORHOOD_ACTORS,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_DEPTH,
  MAX_PATHS,
  MAX_NAME_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TEXT_BYTES,
  MAX_URL_CHARS,
} from '../../../src/config/limits.js';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { cookbookEntries } from '../../../src/cookbook/readme-blocks.js';
import { InputError } from '../../../src/graph/shared/input-error.js';
import { assertArgumentsWithinLimits } from '../../../src/graphql/limits/argument-limits.js';
import { operationCost } from '../../../src/graphql/limits/query-cost.js';
import { queryLimitErrorIn } from '../../../src/graphql/limits/query-limit-error.js';
import { assertAffordable, queryShapeRules } from '../../../src/graphql/limits/query-limits.js';
import { typeDefs } from '../../../src/graphql/schema.js';
import { NEIGHBORHOOD_QUERY, PATHS_QUERY } from '../../../src/web/explorer/queries.js';

const schema = buildASTSchema(typeDefs);
const limits = DEFAULT_QUERY_LIMITS;

/** The codes of every limit an operation breaks, shape first, then cost (as the server checks them). */
function refusals(query: string, variables: Record<string, unknown> = {}): string[] {
  const document = parse(query, { maxLexicalTokens: limits.maxTokens });
  const codes = validate(schema, document, [...specifiedRules, ...queryShapeRules(limits)]).map((error) => queryLimitErrorIn(error)?.code ?? error.message);
  if (codes.length > 0) return codes;
  try {
    assertAffordable(limits, { schema, document, operationName: undefined, variables });
    return [];
  } catch (error) {
    return [queryLimitErrorIn(error)?.code ?? String(error)];
  }
}

const nest = (levels: number) => {
  let selection = 'name';
  for (let i = 0; i < levels; i += 1) selection = `relations { edges { node { source { ${selection} } } } }`;
  return `{ actor(id: "x") { ${selection} } }`;
};

describe('the cost model', () => {
  it('multiplies page sizes through nesting, from literals, variables and defaults', () => {
    const query = 'query($n: Int) { relations(first: 10) { edges { node { id source { relations(first: $n) { totalCount } } } } } }';
    // inner relations: 1 + n × (totalCount 1); source: 1 + inner; node: 1 + id + source; edges: 1 + node; outer: 1 + 10 × edges
    const expected = (n: number) => 1 + 10 * (1 + (1 + 1 + (1 + (1 + n * 1))));
    expect(operationCost({ schema, document: parse(query), operationName: undefined, variables: { n: 20 } })).toBe(expected(20));
    expect(operationCost({ schema, document: parse(query), operationName: undefined, variables: {} })).toBe(expected(50)); // the schema's default first
    // A fragment costs what its fields cost wherever it is spread.
    const viaFragment =
      'query { relations(first: 10) { edges { node { ...R } } } } fragment R on Relation { id source { relations(first: 20) { totalCount } } }';
    expect(operationCost({ schema, document: parse(viaFragment), operationName: undefined, variables: undefined })).toBe(expected(20));
  });

  it('lets every cookbook query in the README through', () => {
    for (const entry of cookbookEntries(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8'))) {
      expect({ title: entry.title, refusals: refusals(entry.query) }).toEqual({ title: entry.title, refusals: [] });
    }
  });
});

describe('hostile operations (issue 8) are refused before they run, each with its code', () => {
  it('a 14-level query with default page sizes, and nested pages too large together', () => {
    expect(refusals(nest(3))).toEqual(['QUERY_TOO_DEEP']); // 14 levels: 50 × 50 × 50 relations
    expect(refusals(nest(2))).toEqual([]); // 50 × 50 relations: a cost of about 13,000
    expect(refusals(nest(2).replaceAll('relations', 'relations(first: 500)'))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('200 aliases of sameAsSuggestions, 100 aliases of a 2,000-actor neighborhood', () => {
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect(refusals(aliases(200, 'sameAsSuggestions { reason }'))).toEqual(['TOO_MANY_ALIASES']);
    expect(refusals(aliases(100, 'neighborhood(actorId: "russia", depth: 4, limit: 2000) { nodes { id } }'))).toEqual(['TOO_MANY_ALIASES']);
    // Under the alias limit, their cost still refuses them.
    expect(refusals(aliases(25, 'sameAsSuggestions { reason }'))).toEqual(['QUERY_TOO_COSTLY']);
    expect(refusals(aliases(25, 'neighborhood(actorId: "russia", depth: 4, limit: 2000) { nodes { id } }'))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('20 aliases of a depth-3 neighborhood of 500 actors, or of the deepest path search: the traversal’s depth × limit counts', () => {
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const neighborhood = (depth: number, limit: number) => `neighborhood(actorId: "russia", depth: ${depth}, limit: ${limit}) { nodes { id } edges { id } }`;
    const paths = (maxDepth: number, limit: number) =>
      `paths(fromId: "russia", toId: "turkey", maxDepth: ${maxDepth}, limit: ${limit}) { nodes { id } edges { id } }`;
    expect(refusals(aliases(20, neighborhood(3, 500)))).toEqual(['QUERY_TOO_COSTLY']);
    expect(refusals(aliases(20, paths(MAX_PATH_DEPTH, MAX_PATHS)))).toEqual(['QUERY_TOO_COSTLY']);
    // The same aliases, shallow or short: depth and limit weigh, not the alias count alone.
    expect(refusals(aliases(20, neighborhood(1, 500)))).toEqual([]);
    expect(refusals(aliases(20, neighborhood(3, 100)))).toEqual([]);
    expect(refusals(aliases(20, paths(4, 3)))).toEqual([]);
    // The cost grows with depth at a fixed limit, and with the limit at a fixed depth.
    const cost = (query: string) => operationCost({ schema, document: parse(query), operationName: undefined, variables: {} });
    expect(cost(`{ ${neighborhood(2, 500)} }`)).toBeGreaterThan(cost(`{ ${neighborhood(1, 500)} }`));
    expect(cost(`{ ${paths(8, 3)} }`)).toBeGreaterThan(cost(`{ ${paths(4, 3)} }`));
    expect(cost(`{ ${paths(4, 6)} }`)).toBeGreaterThan(cost(`{ ${paths(4, 3)} }`));
  });

  it('lets the explorer’s largest drawing through: its neighborhood at the deepest and widest the API allows, its paths at the most', () => {
    const explorer = { actorId: 'russia', types: null, since: null, until: null };
    expect(refusals(NEIGHBORHOOD_QUERY, { ...explorer, depth: MAX_NEIGHBORHOOD_DEPTH, limit: MAX_NEIGHBORHOOD_ACTORS })).toEqual([]);
    expect(refusals(PATHS_QUERY, { ...explorer, fromId: 'russia', toId: 'turkey', limit: MAX_PATHS })).toEqual([]);
  });

  it('24 nested fragments in a kilobyte (16 million fields expanded)', () => {
    const fragments = Array.from({ length: 24 }, (_, i) =>
      i === 23 ? `fragment F${i} on Actor { id }` : `fragment F${i} on Actor { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ actor(id: "x") { ...F0 } } ${fragments.join(' ')}`;
    expect(query.length).toBeLessThan(1100);
    expect(refusals(query)).toContain('QUERY_TOO_LARGE');
  });

  it('too many tokens or directives', () => {
    expect(() => parse(`{ ${'actor(id: "x") { id } '.repeat(1000)} }`, { maxLexicalTokens: limits.maxTokens })).toThrow(/more tha[nt] 5000 tokens/);
    const directives = `{ actor(id: "x") { ${Array.from({ length: 60 }, () => 'id @include(if: true)').join(' ')} } }`;
    expect(refusals(directives)).toEqual(['TOO_MANY_DIRECTIVES']);
  });
});

describe('arguments are checked before anything runs, each error naming its argument', () => {
  const refused = (query: string, variables: Record<string, unknown> = {}) => {
    try {
      assertArgumentsWithinLimits({ schema, document: parse(query), operationName: undefined, variables });
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
  };

  it('refuses ids beyond the index-safe length or with control characters, negative counts anywhere', () => {
    expect(refused(`{ actor(id: "${'r'.repeat(8_150)}") { id } }`)).toBe('id: must be at most 200 characters');
    expect(refused('query($id: ID) { actor(id: $id) { id } }', { id: 'russia\u0000' })).toMatch(/^id: must not contain control characters/);
    expect(refused('{ actor(id: "russia") { mentionedIn(first: -1) { id } } }')).toBe('first: must not be negative');
    expect(refused('query($f: RelationFilter) { relations(filter: $f) { totalCount } }', { f: { actorIds: ['russia', '\u202egermany'] } })).toMatch(
      /^filter\.actorIds\.1: must not contain control characters/,
    );
  });

  it('refuses search terms that are too long or hold nothing to search for', () => {
    expect(refused('{ relations(filter: { text: "?!…" }) { totalCount } }')).toBe('filter.text: must contain a letter or a digit to search for');
    expect(refused(`{ searchActors(query: "${'a'.repeat(201)}") { totalCount } }`)).toBe('query: must be at most 200 characters');
    expect(refused('{ searchActors(query: "Çavuşoğlu") { totalCount } relations(filter: { text: "Russia’s bombing" }) { totalCount } }')).toBeNull();
  });

  it('refuses over-long or control-laden strings anywhere in a mutation input, with the briefing format’s limits, naming the field', () => {
    const ingest = 'mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }';
    const evidence = { quote: 'Alma met Bruno.' };
    const input = (patch: (briefing: any) => void) => {
      const briefing: any = {
        briefing: { id: 'b', title: 'T', publishedAt: '2024-01-01', url: 'https://example.org/b', text: 'Alma met Bruno.' },
        actors: [
          { id: 'a', name: 'Alma', kind: 'PERSON', aliases: ['A.'], roles: [{ title: 'Mayor', evidence }] },
          { id: 'c', name: 'Bruno', kind: 'PERSON' },
        ],
        relations: [{ source: 'a', type: 'MET', target: 'c', evidence }],
      };
      patch(briefing);
      return { input: briefing };
    };
    expect(
      refused(
        ingest,
        input(() => {}),
      ),
    ).toBeNull();
    const cases: [(briefing: any) => void, string][] = [
      [(b) => (b.actors[0].name = 'n'.repeat(MAX_NAME_CHARS + 1)), `input.actors.0.name: must be at most ${MAX_NAME_CHARS} characters (MAX_NAME_CHARS)`],
      [
        (b) => (b.actors[0].aliases = ['A.', 'x'.repeat(MAX_NAME_CHARS + 1)]),
        `input.actors.0.aliases.1: must be at most ${MAX_NAME_CHARS} characters (MAX_NAME_CHARS)`,
      ],
      [
        (b) => (b.actors[0].roles[0].title = 'Mayor\u202e'),
        'input.actors.0.roles.0.title: must not contain control characters (NUL, ESC …), bidirectional overrides or unpaired surrogates',
      ],
      [
        (b) => (b.relations[0].evidence = { quote: 'q'.repeat(MAX_QUOTE_CHARS + 1) }),
        `input.relations.0.evidence.quote: must be at most ${MAX_QUOTE_CHARS} characters (MAX_QUOTE_CHARS)`,
      ],
      [(b) => (b.briefing.text = 'é'.repeat(MAX_TEXT_BYTES / 2 + 1)), `input.briefing.text: must be at most ${MAX_TEXT_BYTES} bytes (MAX_TEXT_BYTES)`],
      [
        (b) => (b.briefing.text = 'Alma\u0000 met Bruno.'),
        'input.briefing.text: must not contain control characters (NUL, ESC …), bidirectional overrides or unpaired surrogates',
      ],
      [
        (b) => (b.briefing.url = `https://example.org/${'u'.repeat(MAX_URL_CHARS)}`),
        `input.briefing.url: must be at most ${MAX_URL_CHARS} characters (MAX_URL_CHARS)`,
      ],
      [
        (b) => (b.briefing.source = 'Outlet\u001b[31m'),
        'input.briefing.source: must not contain control characters (NUL, ESC …), bidirectional overrides or unpaired surrogates',
      ],
    ];
    for (const [patch, message] of cases) expect(refused(ingest, input(patch))).toBe(message);
    // Line breaks and tabs are text in a text or a quote, not in a name.
    expect(
      refused(
        ingest,
        input((b) => (b.briefing.text = 'Alma met Bruno.\n\tThen left.')),
      ),
    ).toBeNull();
    expect(
      refused(
        ingest,
        input((b) => (b.actors[1].name = 'Bruno\nX')),
      ),
    ).toMatch(/^input\.actors\.1\.name: must not contain control/);
    const text = 'mutation($input: BriefingTextInput!) { ingestBriefingText(input: $input) { briefingStatus } }';
    expect(refused(text, { input: { text: 'x', publishedAt: '2024-01-01', title: 't'.repeat(MAX_NAME_CHARS + 1) } })).toMatch(/^input\.title: must be at most/);
  });
});
