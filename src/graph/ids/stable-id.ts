import { hash } from 'node:crypto';

/** A short, stable id from the parts that define a thing, so re-ingesting finds the same node. */
export function stableId(prefix: string, parts: readonly (string | number | boolean | null | undefined)[]): string {
  // The one-shot hash: a third of createHash's cost, and an offline load computes millions of these.
  const digest = hash('sha256', JSON.stringify(parts), 'base64url');
  return `${prefix}_${digest.slice(0, 20)}`;
}
