import type { Database } from './database.ts';
import { neo4jDateTime, toClaim, toIso, toNumber, toSource, toStatement } from './convert.ts';
import { CHAIN_WALK, CLAIM, KNOWN, SOURCE, SPEAKER_ORIGIN, STATEMENT } from './projections.ts';
import type { ChainRow, OriginRow, ProvenanceFacts } from '../domain/provenance.ts';
import type { ClaimRecord, SourceRecord, StatementRecord } from '../domain/records.ts';

// One query per batch of claims: chains by variable-length path over CITED relationships that
// carry the claim's id, not a round trip per hop. It also returns the denials and every source
// and the claim a provenance answer names, so that the answer needs no further query. Its origins
// are ORIGINS (projections.ts), assembled from the chains just walked instead of walking them again.
const PROVENANCE = `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  CALL (c) {
    ${CHAIN_WALK}
    RETURN collect(DISTINCT {
      sources: [n IN nodes(p) | n.id],
      hops: [h IN relationships(p) | {from: startNode(h).id, to: endNode(h).id, at: h.at, article: h.article}]
    }) AS chains, collect(nodes(p)) AS chainNodes, collect(DISTINCT o) AS ends
  }
  CALL (c, ends) {
    UNWIND ends + COLLECT { ${SPEAKER_ORIGIN} RETURN o } AS o
    RETURN collect(DISTINCT {id: o.id, anonymous: o:AnonymousSource, citedBy: o.citedBy,
      said: EXISTS { (o)-[r:SAID]->(c) WHERE ${KNOWN('r')} }, reported: EXISTS { (o)-[r:REPORTED]->(c) WHERE ${KNOWN('r')} }}) AS origins,
      collect(DISTINCT o) AS originNodes
  }
  CALL (c) {
    MATCH (s:Source)-[r:DENIED]->(c)
    WHERE ${KNOWN('r')}
    WITH s, r, c ORDER BY r.at, s.id
    RETURN collect(${STATEMENT}) AS denials, collect(s) AS denierNodes
  }
  CALL (chainNodes, originNodes, denierNodes) {
    UNWIND chainNodes + [originNodes, denierNodes] AS ns
    UNWIND ns AS s
    WITH DISTINCT s
    RETURN collect(${SOURCE}) AS sources
  }
  RETURN c IS NOT NULL AS found, CASE WHEN c IS NULL THEN null ELSE ${CLAIM} END AS claim,
    chains, origins, denials, sources,
    COUNT { (:Source)-[r:REPORTED]->(c) WHERE ${KNOWN('r')} } AS reports`;

/** What one claim's provenance query returns: the facts, and what the answer shows of them. */
export interface ProvenanceRecord extends ProvenanceFacts {
  claim: ClaimRecord | null;
  /** DENIED statements (as known on asOf), earliest first. */
  denials: StatementRecord[];
  /** Every source in the chains, origins and denials. */
  sources: SourceRecord[];
}

export class ProvenanceStore {
  constructor(private readonly db: Database) {}

  /** Provenance of each claim, as known on `asOf` (an ISO date) when given. */
  async factsByClaim(
    ids: readonly string[],
    asOf: string | null = null,
  ): Promise<(ProvenanceRecord | null)[]> {
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
      return {
        claimId: ids[i] ?? '',
        claim: r.claim ? toClaim(r.claim as Record<string, unknown>) : null,
        chains,
        origins,
        reports: toNumber(r.reports),
        denials: (r.denials as Record<string, unknown>[]).map(toStatement),
        sources: (r.sources as Record<string, unknown>[]).map(toSource),
      };
    });
  }
}
