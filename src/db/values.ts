import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-like ones: integers to numbers, temporal values to ISO strings
 * (a Neo4j Date becomes "YYYY-MM-DD"), maps and lists recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  // A loop, not Object.fromEntries(Object.entries(…).map(…)): every row of every answer passes here,
  // and the two arrays per map were a tenth of a 1,800-row answer's CPU time.
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const converted = toPlain((value as Record<string, unknown>)[key]);
    // As Object.fromEntries would: an own property even for "__proto__" (an assignment would set the prototype).
    if (key === '__proto__') Object.defineProperty(plain, key, { value: converted, enumerable: true, writable: true, configurable: true });
    else plain[key] = converted;
  }
  return plain;
}
