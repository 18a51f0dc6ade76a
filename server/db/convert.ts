// Neo4j values become plain JavaScript values here, before anything reaches a resolver.
import neo4j from 'neo4j-driver';

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  throw new TypeError(`expected a number from Neo4j, got ${typeof value}`);
}

/** Neo4j DateTime / Date → ISO 8601 string in UTC; null stays null. */
export function toIso(value: unknown): string | null {
  if (value == null) return null;
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    const s = value.toString();
    // A Date has no time part: read it as midnight UTC, as the import format does.
    return new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s).toISOString();
  }
  if (typeof value === 'string') return value;
  throw new TypeError(`expected a temporal value from Neo4j, got ${typeof value}`);
}

/** Recursively converts Integers and temporals in a record value (maps, lists). */
export function toPlain(value: unknown): unknown {
  if (value == null) return null;
  if (neo4j.isInt(value)) return toNumber(value);
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value))
    return toIso(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}
