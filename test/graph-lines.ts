// A whole graph as sorted text lines, for tests that compare two graphs exactly: every node
// with its labels, properties and their Cypher types; every relationship with its type, ends and
// properties.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Database } from '../server/db/database.ts';

/** Integers as numbers, temporals as Neo4j writes them (offset or zone included). */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value))
    return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, plain(v)]),
    );
  return value;
}

export interface GraphLines {
  nodes: string[];
  relationships: string[];
}

/** Relationship ends are named by their `id` property, which every node of the model has. */
export async function graphLines(
  db: Database,
  { without }: { without?: string } = {},
): Promise<GraphLines> {
  const nodes = await db.read(
    `MATCH (n) WHERE $without IS NULL OR NOT $without IN labels(n)
     RETURN labels(n) AS labels, properties(n) AS properties,
            [k IN keys(n) | k + ': ' + valueType(n[k])] AS types`,
    { without: without ?? null },
  );
  const relationships = await db.read(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties,
            [k IN keys(r) | k + ': ' + valueType(r[k])] AS types`,
  );
  const line = (row: Record<string, unknown>, sorted: string[]) =>
    JSON.stringify(
      plain({
        ...row,
        ...Object.fromEntries(sorted.map((k) => [k, [...(row[k] as string[])].sort()])),
      }),
    );
  return {
    nodes: nodes.map((r) => line(r, ['labels', 'types'])).sort(),
    relationships: relationships.map((r) => line(r, ['types'])).sort(),
  };
}

/** Counts and a SHA-256 over every line: equal only when the graphs are. */
export function fingerprint(g: GraphLines) {
  const sha = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');
  return {
    nodes: g.nodes.length,
    relationships: g.relationships.length,
    nodesSha256: sha(g.nodes),
    relationshipsSha256: sha(g.relationships),
  };
}
