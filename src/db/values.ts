import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-like ones: integers to numbers, temporal values to ISO strings
 * (a Neo4j Date becomes "YYYY-MM-DD"), maps and lists recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (typeof value !== 'object') return value;
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}
