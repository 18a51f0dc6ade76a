// Counts kept on each Source node at write time, so that a source-filtered list's totalCount and
// an outlet's sourcing profile read a few properties instead of every statement of the source
// (408,609 reports for the largest outlet of the 1M-claim benchmark corpus).
//
// The rule: a source's counters are the sum, over the claims it made statements about, of what
// each claim contributes (below). A claim's contribution depends only on its own statements, the
// CITED relationships carrying its id and its flags (anonymousOnly, contradicted), all of which
// change only when an import touches the claim. So the importer takes each touched claim's
// contributions before its writes and after them (flags refreshed), in the same transaction,
// and adds the difference to the sources concerned: a claim that stops being anonymous-only, a
// first denial, a second report of the same claim, a new citation of an old report are all the
// same case. Sources written before the counters existed are counted from scratch at start-up
// (migrateSources in schema.ts).
import type { Database, Params } from './database.ts';
import { toNumber } from './convert.ts';
import { CITED, STATEMENTS } from './projections.ts';

/** Runs one query: the database's, or a write transaction's. */
type Run = (query: string, params: Params) => Promise<Record<string, unknown>[]>;

export const COUNTERS = [
  /** Distinct claims the source reported. */
  'reportedClaims',
  /** Of those, claims whose every origin is anonymous (Claim.anonymousOnly). */
  'reportedAnonymousOnly',
  /** Of those, claims someone denied: a reported claim is asserted, so denied means contradicted. */
  'reportedContradicted',
  /** Distinct claims the source denied. */
  'deniedClaims',
  // Per REPORTED relationship (one per article), as the sourcing profile counts reports:
  /** Reports citing nobody. */
  'ownReporting',
  /** Reports citing at least one outlet. */
  'citingOutlets',
  /** Reports citing at least one named actor. */
  'citingActors',
  /** Reports citing at least one anonymous source. */
  'citingAnonymous',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Record<Counter, number>;

/** For a source's write: counters start at zero, and a source that has them keeps them. */
export const ZERO_COUNTERS = (n: string) =>
  COUNTERS.map((k) => `${n}.${k} = coalesce(${n}.${k}, 0)`).join(', ');

/** Classifies REPORTED relationship `r` of source `s` about claim `c` by whom it cited. */
const REPORT_CLASSES = (cited: string) => `
  CASE WHEN size(${cited}) = 0 THEN 1 ELSE 0 END AS own,
  CASE WHEN any(t IN ${cited} WHERE t:Outlet) THEN 1 ELSE 0 END AS outlet,
  CASE WHEN any(t IN ${cited} WHERE t:Actor) THEN 1 ELSE 0 END AS actor,
  CASE WHEN any(t IN ${cited} WHERE t:AnonymousSource) THEN 1 ELSE 0 END AS anonymous`;

/** What each source's statements about these claims contribute to its counters. */
const CONTRIBUTIONS = `
  UNWIND $claims AS id
  MATCH (c:Claim {id: id})
  MATCH (s:Source)-[r:REPORTED|DENIED]->(c)
  WITH s, c, r, CASE WHEN r:REPORTED
    THEN COLLECT { ${CITED('s', 'c', 'r.article')} RETURN t } END AS cited
  WITH s, c, type(r) = 'REPORTED' AS report, ${REPORT_CLASSES('coalesce(cited, [])')}
  WITH s, c,
    count(CASE WHEN report THEN 1 END) > 0 AS reported,
    count(CASE WHEN NOT report THEN 1 END) > 0 AS denied,
    sum(CASE WHEN report THEN own ELSE 0 END) AS own,
    sum(CASE WHEN report THEN outlet ELSE 0 END) AS outlet,
    sum(CASE WHEN report THEN actor ELSE 0 END) AS actor,
    sum(CASE WHEN report THEN anonymous ELSE 0 END) AS anonymous
  RETURN s.id AS source,
    sum(CASE WHEN reported THEN 1 ELSE 0 END) AS reportedClaims,
    sum(CASE WHEN reported AND c.anonymousOnly THEN 1 ELSE 0 END) AS reportedAnonymousOnly,
    sum(CASE WHEN reported AND c.contradicted THEN 1 ELSE 0 END) AS reportedContradicted,
    sum(CASE WHEN denied THEN 1 ELSE 0 END) AS deniedClaims,
    sum(own) AS ownReporting, sum(outlet) AS citingOutlets, sum(actor) AS citingActors,
    sum(anonymous) AS citingAnonymous`;

/**
 * Adds each row's differences to its source. The write lock comes first (SET of a dummy
 * property), so that the read of the old value and the write of the new one are not split by a
 * concurrent import of another claim of the same source; rows go in id order, the lock order.
 * Sources without counters are left alone: start-up counts them from scratch. (JavaScript
 * numbers arrive as floats; the counts stay integers.)
 */
const ADD = `
  UNWIND $rows AS row
  MATCH (s:Source {id: row.source}) WHERE s.reportedClaims IS NOT NULL
  SET s._lock = true
  WITH s, row
  SET ${COUNTERS.map((k) => `s.${k} = s.${k} + toInteger(row.${k})`).join(', ')}
  REMOVE s._lock`;

async function contributions(run: Run, claims: readonly string[]) {
  const rows = claims.length ? await run(CONTRIBUTIONS, { claims }) : [];
  return new Map(
    rows.map((r) => [
      String(r.source),
      Object.fromEntries(COUNTERS.map((k) => [k, toNumber(r[k])])) as Counters,
    ]),
  );
}

/**
 * Runs `work` (which writes statements about, or refreshes the flags of, `claims`) and brings
 * the counters of every source concerned up to date with it, in the caller's transaction.
 */
export async function keepingCounters<T>(
  run: Run,
  claims: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  const before = await contributions(run, claims);
  const result = await work();
  const after = await contributions(run, claims);
  const rows = [...new Set([...before.keys(), ...after.keys()])]
    .sort()
    .map((source) => {
      const b = before.get(source);
      const a = after.get(source);
      const row: Record<string, unknown> = { source };
      for (const k of COUNTERS) row[k] = (a?.[k] ?? 0) - (b?.[k] ?? 0);
      return row;
    })
    .filter((row) => COUNTERS.some((k) => row[k] !== 0));
  if (rows.length > 0) await run(ADD, { rows });
  return result;
}

// --- From scratch: sources written before the counters existed ---

/** Each source's counters counted from its own statements, and written. */
const COUNT_SOURCES = `
  UNWIND $ids AS id
  MATCH (s:Source {id: id})
  CALL (s) {
    OPTIONAL MATCH (s)-[r:REPORTED]->(c:Claim)
    WITH s, r, c, COLLECT { ${CITED('s', 'c', 'r.article')} RETURN t } AS cited
    WITH r, c, ${REPORT_CLASSES('cited')}
    RETURN count(DISTINCT c) AS reportedClaims,
      count(DISTINCT CASE WHEN c.anonymousOnly THEN c END) AS reportedAnonymousOnly,
      count(DISTINCT CASE WHEN c.contradicted THEN c END) AS reportedContradicted,
      sum(CASE WHEN r IS NULL THEN 0 ELSE own END) AS ownReporting,
      sum(outlet) AS citingOutlets, sum(actor) AS citingActors, sum(anonymous) AS citingAnonymous
  }
  CALL (s) {
    OPTIONAL MATCH (s)-[:DENIED]->(c:Claim)
    RETURN count(DISTINCT c) AS deniedClaims
  }
  SET ${COUNTERS.map((k) => `s.${k} = ${k}`).join(', ')}`;

// Statement relationships written before they carried their source's id get it here, for the
// sources about to be counted (every other source's statements were written with it). In
// batches of their own: the largest outlet alone has hundreds of thousands. The test for null
// is inside the batch: outside, Neo4j would first read every row (an Eager plan).
const TAG_STATEMENTS = `
  MATCH (s:Source) WHERE s.reportedClaims IS NULL
  MATCH (s)-[r:${STATEMENTS}]->()
  CALL (s, r) { WITH r WHERE r.source IS NULL SET r.source = s.id } IN TRANSACTIONS OF 10000 ROWS`;

const NEEDS_COUNTING = `RETURN EXISTS { MATCH (s:Source) WHERE s.reportedClaims IS NULL } AS needed`;
// Pages walk the id index; a source's statements come from the degree store, to size batches.
const SOURCE_PAGE = `
  MATCH (s:Source) WHERE s.id > $after
  WITH s ORDER BY s.id LIMIT 10000
  RETURN collect(s.id) AS ids,
    collect(CASE WHEN s.reportedClaims IS NULL
      THEN {id: s.id, statements: COUNT { (s)-[:REPORTED|DENIED]->() }} END) AS missing`;
/** Statements one counting transaction reads at most (a source with more goes alone). */
const BATCH_STATEMENTS = 20_000;
const BATCH_SOURCES = 2_000;

/**
 * Gives sources without counters (written by a bulk import, or before the counters existed)
 * their statements' source ids and their counters. The check stops at the first such source.
 * Run after the claims' flags are in place (migrateClaims): the counters read them.
 */
export async function migrateSources(db: Database, log: (line: string) => void = () => {}) {
  const [check] = await db.read(NEEDS_COUNTING);
  if (!check?.needed) return;
  await db.runBatched(TAG_STATEMENTS);
  log('statements of uncounted sources tagged with their source');
  let after = '';
  let done = 0;
  for (;;) {
    const [page] = await db.read(SOURCE_PAGE, { after });
    const ids = (page?.ids ?? []) as string[];
    if (ids.length === 0) return;
    const missing = (page?.missing ?? []) as { id: string; statements: unknown }[];
    let batch: string[] = [];
    let weight = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await db.write(COUNT_SOURCES, { ids: batch });
      done += batch.length;
      [batch, weight] = [[], 0];
    };
    for (const m of missing) {
      const w = toNumber(m.statements);
      if (batch.length >= BATCH_SOURCES || (weight + w > BATCH_STATEMENTS && batch.length > 0))
        await flush();
      batch.push(m.id);
      weight += w;
    }
    await flush();
    if (missing.length > 0) log(`sources counted: ${done}`);
    after = ids.at(-1)!;
  }
}
