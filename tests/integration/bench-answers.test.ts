import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareAnswers } from '../../bench/answers.js';
import { generatedBriefing, graphShape } from '../../bench/generate/generator.js';
import { BENCH_QUERIES, type BenchQuery } from '../../bench/queries.js';
import { ingestBriefings } from '../../src/ingest/apply-briefing.js';
import type { BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';

/**
 * The bench compares the product with the raw driver only if both answer the same question: on a generated graph
 * (hubs, modalities, negations, undated relations) each bench query's GraphQL and its raw Cypher must give the same
 * answer, read through the query's own `answer` (bench/answers.ts). The graph lives under a prefix in the suite's
 * shared database; the one query that reads the whole graph (a type and a month over every actor) is left to the
 * bench's own check on its store, since other test files write beside this one.
 */
const { db } = openTestDatabase();
const execute = graphqlClient(db);
const prefix = uniquePrefix('bench');
/** A word of the prefix for the actors' names, which the full-text search reads as one token. */
const nameWord = prefix.replace(/[^a-z0-9]/gi, '');
const shape = graphShape(4_000);
const WHOLE_GRAPH = new Set(['relations(filter: type + one month), first 50']);

const prefixed = (text: string) => text.replaceAll('gen-', `${prefix}-`).replaceAll('Gen ', `${nameWord} `);

function prefixedQuery(query: BenchQuery): BenchQuery {
  return {
    ...query,
    graphql: prefixed(query.graphql).replace('"gen state 12"', `"${nameWord} state 12"`),
    cypher: prefixed(query.cypher).replace('+(gen OR gen*)', `+(${nameWord} OR ${nameWord}*)`),
    params: JSON.parse(prefixed(JSON.stringify(query.params))),
  };
}

beforeAll(async () => {
  const files = Array.from(
    { length: shape.briefings },
    (_, index) => JSON.parse(prefixed(JSON.stringify(generatedBriefing(shape, index, 5)))) as BriefingFileInput,
  );
  await ingestBriefings(
    db,
    files.map((file) => parseBriefing(file, file.briefing.id)),
  );
}, 240_000);
afterAll(() => db.close());

describe('the bench asks the raw driver the product’s questions', () => {
  const queries = BENCH_QUERIES(shape).filter((q) => !WHOLE_GRAPH.has(q.label));

  it.each(queries.map((q) => [q.label, q] as const))('%s: the same answer', async (_label, query) => {
    const q = prefixedQuery(query);
    const response = await execute(q.graphql);
    expect(response.errors).toBeUndefined();
    const { records } = await db.driver.executeQuery(q.cypher, q.params, { database: db.name });
    const check = compareAnswers(
      q,
      response.data,
      records.map((r) => r.toObject()),
    );
    expect(check.detail).toBeNull();
    // the answer is not empty: a question both sides answer with nothing proves nothing
    expect(JSON.stringify(q.answer.product(response.data))).toMatch(/[0-9a-z]/i);
  });
});
