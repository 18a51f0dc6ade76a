import type { Database } from './database.ts';
import { neo4jDateTime, toIso, toNumber } from './convert.ts';
import { CITES, CITES_ANYONE, KNOWN, ORIGINS } from './projections.ts';
import type { ChainRow, OriginRow, ProvenanceFacts } from '../domain/provenance.ts';

// One query per batch of claims: chains by variable-length path over CITED relationships that
// carry the claim's id, not a round trip per hop.
const PROVENANCE = `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  CALL (c) {
    MATCH (top:Source)-[rt:REPORTED]->(c)
    WHERE ${KNOWN('rt')} AND NOT ${CITES('top')}
    MATCH p = (top)-[:CITED*0..12 {claim: c.id}]->(o:Source)
    WHERE all(h IN relationships(p) WHERE ${KNOWN('h')}) AND NOT ${CITES_ANYONE('o')}
    RETURN collect(DISTINCT {
      sources: [n IN nodes(p) | n.id],
      hops: [h IN relationships(p) | {from: startNode(h).id, to: endNode(h).id, at: h.at, article: h.article}]
    }) AS chains
  }
  CALL (c) {
    WITH ${ORIGINS} AS os
    UNWIND os AS o
    RETURN collect(DISTINCT {id: o.id, anonymous: o:AnonymousSource, citedBy: o.citedBy,
      said: EXISTS { (o)-[r:SAID]->(c) WHERE ${KNOWN('r')} }, reported: EXISTS { (o)-[r:REPORTED]->(c) WHERE ${KNOWN('r')} }}) AS origins
  }
  RETURN c IS NOT NULL AS found, chains, origins, COUNT { (:Source)-[r:REPORTED]->(c) WHERE ${KNOWN('r')} } AS reports`;

export class ProvenanceStore {
  constructor(private readonly db: Database) {}

  /** Provenance of each claim, as known on `asOf` (an ISO date) when given. */
  async factsByClaim(
    ids: readonly string[],
    asOf: string | null = null,
  ): Promise<(ProvenanceFacts | null)[]> {
    const rows = await this.db.read(PROVENANCE, { ids, asOf: asOf && neo4jDateTime(asOf) });
    return rows.map((r, i) => {
      if (!r.found) return null;
      const chains = (r.chains as ChainRow[]).map((c) => ({
        sources: c.sources,
        hops: c.hops.map((h) => ({ ...h, at: toIso(h.at), article: h.article || null })),
      }));
      // Outlets with the same origin give the same chain once each; sort for a stable answer.
      chains.sort((a, b) => a.sources.join('>').localeCompare(b.sources.join('>')));
      const origins = (r.origins as OriginRow[]).sort((a, b) => a.id.localeCompare(b.id));
      return { claimId: ids[i] ?? '', chains, origins, reports: toNumber(r.reports) };
    });
  }
}
