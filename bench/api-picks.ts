// The corpus entities the API benchmark's requests cycle through, picked deterministically from
// the loaded graph (bench/api.ts and bench/api-profile.ts ask the same questions).
import { claimId } from '../seed/synthetic.ts';
import { int } from '../server/db/convert.ts';
import type { Database } from '../server/db/database.ts';
import { SEARCH_TERMS, type Picks } from './api-workloads.ts';

/** How many claims and outlets requests cycle through. */
export const PICKS = 100;

/** Claims spread over the corpus (those with reports), the most prolific outlets, fixed terms. */
export async function choosePicks(db: Database, claims: number): Promise<Picks> {
  const candidates = Array.from({ length: PICKS * 2 }, (_, k) =>
    claimId(Math.floor((k * claims) / (PICKS * 2))),
  );
  const found = await db.read(
    `UNWIND $candidates AS id MATCH (c:Claim {id: id}) WHERE EXISTS { (:Outlet)-[:REPORTED]->(c) }
     RETURN c.id AS id`,
    { candidates },
  );
  const outlets = await db.read(
    `MATCH (o:Outlet) RETURN o.id AS id, COUNT { (o)-[:REPORTED]->() } AS reports
     ORDER BY reports DESC, id LIMIT $limit`,
    { limit: int(PICKS) },
  );
  // Deniers through the DENIED index (ordered by date), not a scan of every actor.
  const deniers = await db.read(
    `MATCH (a:Actor)-[r:DENIED]->() WHERE r.at IS NOT NULL
     WITH a LIMIT 5000 RETURN DISTINCT a.id AS id ORDER BY id LIMIT $limit`,
    { limit: int(PICKS) },
  );
  return {
    claims: found.map((r) => r.id as string).slice(0, PICKS),
    outlets: outlets.map((r) => r.id as string),
    terms: SEARCH_TERMS,
    deniers: deniers.map((r) => r.id as string),
  };
}
