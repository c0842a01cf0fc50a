import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-like ones: integers to numbers, temporal values to ISO strings
 * (a Neo4j Date becomes "YYYY-MM-DD"), maps and lists recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (isDate(value as never) || isDateTime(value as never)) return String(value);
  if (isNode(value as never) || isRelationship(value as never)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
