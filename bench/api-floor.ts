// The floor: what the benchmark's questions cost with no GraphQL at all. Hand-written Cypher, one
// query per request, sent straight through neo4j-driver; a plain node:http handler returns its
// one row as JSON. Same data as the GraphQL answers (dates as Neo4j's strings).
import neo4j, { type Driver } from 'neo4j-driver';
import type { WorkloadName } from './api-workloads.ts';

const STATEMENT_TYPES = 'SAID|REPORTED|DENIED|CONFIRMED|RETRACTED';

// How each query was chosen: the most direct Cypher for the question over the model as it is
// (its indexes, and the counts kept on claims and sources), written by hand, not ours copied;
// variants were PROFILEd on the 1M-claim graph and the one reading the fewest rows kept (each
// reads about the rows of its page; for the 20 newest claims of the largest outlet, 45 database
// hits, where leaving out `r.at IS NOT NULL` took 8.8 million, ordering by `r.at` alone 409,000,
// and expanding the outlet's node in order 817,000). Where ours does more for an exact answer, the floor does
// not: a source's claims come in the index's order within one instant, where ours orders such
// ties by id. A statement always ends at a claim: no label check on the far node, and counts
// read the degree store.
/**
 * An outlet's or actor's claims: its statements newest first from the (source, at) index, each
 * claim once, stopping after the page; the count kept on the source.
 */
const claimsOfSource = (type: string, param: string, count: string, filter = '') => `
    MATCH (s:Source {id: $${param}})
    RETURN s.${count} AS totalCount,
      COLLECT {
        MATCH ()-[r:${type}]->(c) WHERE r.source = $${param} AND r.at IS NOT NULL ${filter}
        WITH r, c ORDER BY r.source DESC, r.at DESC
        WITH DISTINCT c LIMIT $n
        RETURN c {.id, .text, firstSeenAt: toString(c.firstSeenAt)}
      } AS claims`;

export const FLOOR_CYPHER: Record<WorkloadName, string> = {
  claim: `
    MATCH (c:Claim {id: $id})
    RETURN c {.id, .text, .topics, firstSeenAt: toString(c.firstSeenAt)} AS claim,
      COUNT { (:Source)-[:${STATEMENT_TYPES}]->(c) } AS totalCount,
      COLLECT {
        MATCH (s:Source)-[r:${STATEMENT_TYPES}]->(c)
        WITH s, r ORDER BY r.at, s.id, type(r) LIMIT $n
        RETURN {type: type(r), at: toString(r.at), quote: r.quote, source: s {.id, .name}}
      } AS statements`,

  // The facts a provenance answer is made of, read from the claim's side: its SAID and REPORTED
  // statements, its CITED relationships through the index on CITED.claim, and its denials, with
  // names. Chains are these citation rows followed from the uncited reporters: the floor leaves
  // that in-memory step (microseconds for a handful of rows) to its client. Walking
  // (top)-[:CITED*]->(o) from the reporters instead, as the floor first did, expands every CITED
  // relationship of each outlet on the way and costs what the outlets' whole history costs.
  provenance: `
    MATCH (c:Claim {id: $id})
    RETURN c.id AS claim,
      COUNT { (:Source)-[:REPORTED]->(c) } AS reports,
      COLLECT {
        MATCH (s:Source)-[r:SAID|REPORTED]->(c)
        RETURN {type: type(r), source: s {.id, .name, anonymous: s:AnonymousSource, .citedBy}}
      } AS statements,
      COLLECT {
        MATCH (a:Source)-[h:CITED]->(b:Source) WHERE h.claim = c.id
        RETURN {from: a {.id, .name}, to: b {.id, .name, anonymous: b:AnonymousSource, .citedBy},
          at: toString(h.at), article: h.article}
      } AS chains,
      COLLECT {
        MATCH (s:Source)-[r:DENIED]->(c)
        RETURN {at: toString(r.at), quote: r.quote, source: s {.id, .name}}
      } AS denials`,

  // Newest first from each type's (source, at) index, each stopping after the page, merged.
  sourceStatements: `
    MATCH (s:Source {id: $id})
    RETURN s {.id, .name} AS source,
      COUNT { (s)-[:${STATEMENT_TYPES}]->() } AS totalCount,
      COLLECT {
        CALL () {
          ${STATEMENT_TYPES.split('|')
            .map(
              (t) => `MATCH ()-[r:${t}]->(c) WHERE r.source = $id AND r.at IS NOT NULL
          WITH r, c ORDER BY r.source DESC, r.at DESC LIMIT $skip + $n RETURN r, c`,
            )
            .join('\n          UNION ALL\n          ')}
        }
        WITH r, c ORDER BY r.at DESC, c.id, type(r) SKIP $skip LIMIT $n
        RETURN {type: type(r), at: toString(r.at), quote: r.quote, claim: c {.id, .text}}
      } AS statements`,

  search: `
    CALL db.index.fulltext.queryNodes('claim_text', $text, {limit: $n}) YIELD node, score
    RETURN collect({score: score, id: node.id, text: node.text}) AS hits`,

  nested: `
    MATCH (c:Claim {id: $id})
    RETURN c {.id, .text} AS claim,
      COLLECT {
        MATCH (s:Source)-[r:REPORTED]->(c)
        WITH s, r ORDER BY r.at, s.id LIMIT $n
        RETURN {at: toString(r.at), source: s {.id, .name,
          totalCount: COUNT { (s)-[:REPORTED]->() },
          statements: COLLECT {
            MATCH ()-[r2:REPORTED]->(c2) WHERE r2.source = s.id AND r2.at IS NOT NULL
            WITH r2, c2 ORDER BY r2.source DESC, r2.at DESC LIMIT $n
            RETURN {at: toString(r2.at), claim: c2 {.id, .text}}
          }}}
      } AS statements`,

  // Claim lists read the flags and list order the graph keeps on each claim (anonymousOnly,
  // contradicted, listedAt) through their indexes, newest first; counts from the same index
  // (or the count store when unfiltered).
  newest: `
    CALL () {
      MATCH (c:Claim) WHERE c.listedAt IS NOT NULL
      WITH c ORDER BY c.listedAt DESC LIMIT $n
      RETURN collect(c {.id, .text, firstSeenAt: toString(c.firstSeenAt)}) AS claims
    }
    RETURN claims, COUNT { (:Claim) } AS totalCount`,

  anonymousOnly: `
    CALL () {
      MATCH (c:Claim) USING INDEX c:Claim(anonymousOnly, listedAt)
      WHERE c.anonymousOnly = true AND c.listedAt IS NOT NULL
      WITH c ORDER BY c.anonymousOnly DESC, c.listedAt DESC LIMIT $n
      RETURN collect(c {.id, .text, firstSeenAt: toString(c.firstSeenAt)}) AS claims
    }
    CALL () {
      MATCH (c:Claim) USING INDEX c:Claim(anonymousOnly, listedAt)
      WHERE c.anonymousOnly = true AND c.listedAt IS NOT NULL
      RETURN count(c) AS totalCount
    }
    RETURN claims, totalCount`,

  reportedBy: claimsOfSource('REPORTED', 'reportedBy', 'reportedClaims'),
  anonymousByOutlet: claimsOfSource(
    'REPORTED',
    'reportedBy',
    'reportedAnonymousOnly',
    'AND c.anonymousOnly',
  ),
  deniedBy: claimsOfSource('DENIED', 'deniedBy', 'deniedClaims'),

  // The counts kept on the outlet; its reports from the degree store.
  sourcingProfile: `
    MATCH (o:Outlet {id: $id})
    RETURN {reports: COUNT { (o)-[:REPORTED]->() }, ownReporting: o.ownReporting,
      citingOutlets: o.citingOutlets, citingActors: o.citingActors,
      citingAnonymous: o.citingAnonymous, anonymousOnly: o.reportedAnonymousOnly,
      denied: o.reportedContradicted} AS profile`,

  contradictions: `
    CALL () {
      MATCH (c:Claim) USING INDEX c:Claim(contradicted, listedAt)
      WHERE c.contradicted = true AND c.listedAt IS NOT NULL
      WITH c ORDER BY c.contradicted DESC, c.listedAt DESC LIMIT $n
      RETURN collect({claim: c {.id, .text},
        assertions: COLLECT { MATCH (s:Source)-[r:SAID|REPORTED|CONFIRMED]->(c)
          RETURN {type: type(r), at: toString(r.at), source: s {.id, .name}} },
        denials: COLLECT { MATCH (s:Source)-[r:DENIED]->(c)
          RETURN {at: toString(r.at), source: s {.id, .name}} }}) AS contradictions
    }
    CALL () {
      MATCH (c:Claim) USING INDEX c:Claim(contradicted, listedAt)
      WHERE c.contradicted = true AND c.listedAt IS NOT NULL
      RETURN count(c) AS totalCount
    }
    RETURN contradictions, totalCount`,

  timeline: `
    MATCH (c:Claim {id: $id})
    RETURN c.id AS id, toString(c.firstSeenAt) AS firstSeenAt,
      COLLECT {
        MATCH (s:Source)-[r:${STATEMENT_TYPES}]->(c)
        WITH s, r ORDER BY r.at, s.id
        RETURN {type: type(r), at: toString(r.at), source: s {.id, .name}}
      } AS events`,
};

/** Parameters as Cypher wants them: SKIP and LIMIT refuse the floats JavaScript numbers become. */
function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v]),
  );
}

export interface FloorAnswer {
  status: number;
  body: string;
}

/** Runs one workload's query; its one row is the answer (404 when nothing matched). */
export async function floorAnswer(
  driver: Driver,
  database: string,
  workload: string,
  params: Record<string, unknown>,
  onQuery: () => void,
  timeoutMs?: number,
): Promise<FloorAnswer> {
  const cypher = FLOOR_CYPHER[workload as WorkloadName];
  if (!cypher) return { status: 404, body: JSON.stringify({ error: `no workload ${workload}` }) };
  onQuery();
  // An auto-commit read (RUN and PULL only), as the service sends its reads.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const result = await session
    .run(cypher, cypherParams(params), timeoutMs ? { timeout: timeoutMs } : undefined)
    .finally(() => session.close());
  const row = result.records[0];
  return row
    ? { status: 200, body: JSON.stringify(row.toObject()) }
    : { status: 404, body: JSON.stringify({ error: 'not found' }) };
}
