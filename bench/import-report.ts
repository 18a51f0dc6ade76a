// The import benchmark's verdict and its comparison of two graphs, property by property
// (unit-tested in test/unit/api-report.test.ts).
//
// The two graphs live one after the other in the same bench server (each load starts from an
// empty database), so each is reduced to a digest before the next is loaded. A digest holds, per
// node label set and per relationship type, the number of rows and the sum modulo 2^256 of the
// SHA-256 of each row's canonical form (a multiset hash, Clarke et al. 2003): independent of the
// order the rows are read in, so the database streams them unsorted, and a duplicated row counts
// twice (an XOR would cancel it). Sorting in Cypher instead would hold a million relationships in
// one transaction, beyond the server's transaction memory limit at 100k claims; a dump file per
// graph would add gigabytes of disk for a yes/no answer. A group that differs is named; which row
// differs is for a query on the two databases to find.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Database } from '../server/db/database.ts';

const MOD = 1n << 256n;

/** A JSON form of a Neo4j value that tells apart what Neo4j tells apart. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return { int: value.toString() };
  if (typeof value === 'number') return { float: value };
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    // Temporal and spatial values: their string form is exact; the type name keeps a date apart
    // from a string holding the same characters.
    if (value.constructor !== Object)
      return { [value.constructor.name]: (value as { toString(): string }).toString() };
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

const sortedLabels = (labels: readonly string[]) => [...labels].sort().join(':');

export class GraphDigest {
  readonly groups = new Map<string, { rows: number; sum: bigint }>();

  private add(group: string, row: unknown) {
    const hash = createHash('sha256')
      .update(JSON.stringify(canonical(row)))
      .digest('hex');
    const g = this.groups.get(group) ?? { rows: 0, sum: 0n };
    g.rows++;
    g.sum = (g.sum + BigInt(`0x${hash}`)) % MOD;
    this.groups.set(group, g);
  }

  addNode(labels: readonly string[], properties: Record<string, unknown>) {
    this.add(`nodes :${sortedLabels(labels)}`, properties);
  }

  /** An end is named by its labels and its `id` (or all its properties, when it has none). */
  addRelationship(
    type: string,
    startLabels: readonly string[],
    start: unknown,
    endLabels: readonly string[],
    end: unknown,
    properties: Record<string, unknown>,
  ) {
    this.add(`relationships ${type}`, [
      sortedLabels(startLabels),
      start,
      sortedLabels(endLabels),
      end,
      properties,
    ]);
  }
}

/** Every group that is not the same in both digests, in a stable order; empty when equal. */
export function compareDigests(a: GraphDigest, b: GraphDigest): string[] {
  const keys = [...new Set([...a.groups.keys(), ...b.groups.keys()])].sort();
  return keys.flatMap((k) => {
    const x = a.groups.get(k) ?? { rows: 0, sum: 0n };
    const y = b.groups.get(k) ?? { rows: 0, sum: 0n };
    return x.rows === y.rows && x.sum === y.sum
      ? []
      : [`${k}: ${x.rows} and ${y.rows}, contents differ`];
  });
}

/**
 * Labels left out of the comparison: applySchema writes its SchemaVersion node, with the time it
 * ran, before either import starts.
 */
const IGNORED = ['SchemaVersion', 'BenchCorpus'];
const NODES = `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $ignored)
  RETURN labels(n) AS labels, properties(n) AS properties`;
const RELATIONSHIPS = `MATCH (a)-[r]->(b)
  WHERE none(l IN labels(a) + labels(b) WHERE l IN $ignored)
  RETURN type(r) AS type, labels(a) AS startLabels, coalesce(a.id, properties(a)) AS start,
         labels(b) AS endLabels, coalesce(b.id, properties(b)) AS end, properties(r) AS properties`;

/** Streams every node and relationship of the database into a digest. */
export async function digestGraph(db: Database): Promise<GraphDigest> {
  const digest = new GraphDigest();
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const r of session.run(NODES, { ignored: IGNORED }))
      digest.addNode(r.get('labels') as string[], r.get('properties') as Record<string, unknown>);
    for await (const r of session.run(RELATIONSHIPS, { ignored: IGNORED }))
      digest.addRelationship(
        r.get('type') as string,
        r.get('startLabels') as string[],
        r.get('start'),
        r.get('endLabels') as string[],
        r.get('end'),
        r.get('properties') as Record<string, unknown>,
      );
  } finally {
    await session.close();
  }
  return digest;
}

export interface ImportRun {
  /** ours / baseline statements per second. */
  ratio: number;
  target: number;
  graphDifferences: readonly string[];
  secondLoadChanged: boolean;
}

/** Why the run fails its target; empty when it passes. */
export function importFailures(r: ImportRun): string[] {
  return [
    ...(r.ratio >= r.target ? [] : [`ours / baseline ${r.ratio} is below the target ${r.target}`]),
    ...(r.graphDifferences.length
      ? [`not the same graph as the baseline: ${r.graphDifferences.join('; ')}`]
      : []),
    ...(r.secondLoadChanged ? ['the second load of the same corpus changed the graph'] : []),
  ];
}
