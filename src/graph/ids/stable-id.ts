import { createHash } from 'node:crypto';

/** A short, stable id from the parts that define a thing, so re-ingesting finds the same node. */
export function stableId(prefix: string, parts: readonly (string | number | boolean | null | undefined)[]): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  return `${prefix}_${digest.slice(0, 20)}`;
}
