// The floor: what the benchmark's questions cost with no GraphQL at all. Hand-written Cypher, one
// query per request, sent straight through neo4j-driver; a plain node:http handler returns its
// one row as JSON. Same data as the GraphQL answers (dates as Neo4j's strings).
import neo4j, { type Driver } from 'neo4j-driver';
import type { WorkloadName } from './api-workloads.ts';

const STATEMENT_TYPES = 'SAID|REPORTED|DENIED|CONFIRMED|RETRACTED';

// A statement always ends at a claim: no label check on the far node, and counts read the
// degree store.
// Like our projections.ts: start from the index on CITED.claim rather than expanding a source,
// since a popular outlet has far more CITED relationships than one claim has.
const CITED_TO = (n: string) =>
  `EXISTS { MATCH (x_from)-[x:CITED]->(x_to) WHERE x.claim = c.id AND x_to = ${n} }`;
const CITED_FROM = (n: string) =>
  `EXISTS { MATCH (x_from)-[x:CITED]->() WHERE x.claim = c.id AND x_from = ${n} }`;

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

  provenance: `
    MATCH (c:Claim {id: $id})
    CALL (c) {
      MATCH (top:Source)-[:REPORTED]->(c)
      WHERE NOT ${CITED_TO('top')}
      MATCH p = (top)-[:CITED*0..12 {claim: c.id}]->(o:Source)
      WHERE NOT ${CITED_FROM('o')}
      RETURN collect(DISTINCT {
        depth: length(p),
        sources: [n IN nodes(p) | n {.id, .name}],
        hops: [h IN relationships(p) | {from: startNode(h).id, to: endNode(h).id, at: toString(h.at)}]
      }) AS chains, collect(DISTINCT o) AS ends
    }
    CALL (c, ends) {
      UNWIND ends + COLLECT { MATCH (o:Source)-[:SAID]->(c) WHERE NOT ${CITED_TO('o')} RETURN o } AS o
      WITH DISTINCT o
      RETURN collect({
        id: o.id, name: o.name, anonymous: o:AnonymousSource,
        basis: CASE WHEN EXISTS { (o)-[:SAID]->(c) } THEN 'SAID'
                    WHEN EXISTS { (o)-[:REPORTED]->(c) } THEN 'REPORTED' ELSE 'CITED' END,
        independence: CASE WHEN o:AnonymousSource THEN 'anonymous-via:' + coalesce(o.citedBy, o.id) ELSE o.id END
      }) AS origins
    }
    WITH c, chains, origins, COUNT { (:Source)-[:REPORTED]->(c) } AS reports,
      size(COLLECT { UNWIND origins AS o RETURN DISTINCT o.independence }) AS independentOrigins
    RETURN c.id AS claim, reports, independentOrigins,
      reports > 1 AND independentOrigins = 1 AS circular,
      size(origins) > 0 AND all(o IN origins WHERE o.anonymous) AS anonymousOnly,
      reduce(m = 0, ch IN chains | CASE WHEN ch.depth > m THEN ch.depth ELSE m END) AS maxDepth,
      [o IN origins | o {.id, .name, .anonymous, .basis}] AS origins,
      chains,
      COLLECT {
        MATCH (s:Source)-[r:DENIED]->(c)
        RETURN {at: toString(r.at), quote: r.quote, source: s {.id, .name}}
      } AS denials`,

  sourceStatements: `
    MATCH (s:Source {id: $id})
    RETURN s {.id, .name} AS source,
      COUNT { (s)-[:${STATEMENT_TYPES}]->() } AS totalCount,
      COLLECT {
        MATCH (s)-[r:${STATEMENT_TYPES}]->(c)
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
            MATCH (s)-[r2:REPORTED]->(c2)
            WITH r2, c2 ORDER BY r2.at DESC, elementId(r2) LIMIT $n
            RETURN {at: toString(r2.at), claim: c2 {.id, .text}}
          }}}
      } AS statements`,
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
): Promise<FloorAnswer> {
  const cypher = FLOOR_CYPHER[workload as WorkloadName];
  if (!cypher) return { status: 404, body: JSON.stringify({ error: `no workload ${workload}` }) };
  onQuery();
  const result = await driver.executeQuery(cypher, cypherParams(params), {
    database,
    routing: neo4j.routing.READ,
  });
  const row = result.records[0];
  return row
    ? { status: 200, body: JSON.stringify(row.toObject()) }
    : { status: 404, body: JSON.stringify({ error: 'not found' }) };
}
