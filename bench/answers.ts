import { toPlain } from '../src/db/values.js';
import type { BenchQuery } from './queries.js';

/**
 * Whether the raw driver's Cypher answers the same question as the product's GraphQL: each bench query's
 * `answer` reads both responses into one comparable shape (ids, totals, counts), and the two must be equal
 * (`npm run bench` checks it on the store it measures; tests/integration/bench-answers.test.ts on a generated
 * graph). A ratio to a baseline that answers another question measures nothing: commonGround's first raw Cypher
 * stopped at 50 unranked neighbours, none of them the product's.
 */
export type RawRows = Record<string, unknown>[];

export interface AnswerCheck {
  label: string;
  same: boolean;
  /** The first difference, for the table's reader (both sides' readings, cut short). */
  detail: string | null;
}

/** Compares one query's two answers through its `answer` readers. */
export function compareAnswers(query: BenchQuery, productData: unknown, rawRows: RawRows): AnswerCheck {
  const product = JSON.stringify(query.answer.product(productData));
  const raw = JSON.stringify(query.answer.raw(rawRows.map((row) => toPlain(row) as Record<string, unknown>)));
  return { label: query.label, same: product === raw, detail: product === raw ? null : `product ${product.slice(0, 300)} | raw ${raw.slice(0, 300)}` };
}
