import { STATEMENTS } from './projections.ts';
import type { Database } from './database.ts';
import { toNumber } from './convert.ts';

export interface GraphStats {
  actors: number;
  outlets: number;
  anonymousSources: number;
  claims: number;
  articles: number;
  statements: number;
  schemaVersion: number | null;
}

const STATS = `
  CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
  CALL () { MATCH (n:Outlet) RETURN count(n) AS outlets }
  CALL () { MATCH (n:AnonymousSource) RETURN count(n) AS anonymousSources }
  CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
  CALL () { MATCH (n:Article) RETURN count(n) AS articles }
  CALL () { MATCH ()-[r:${STATEMENTS}]->() RETURN count(r) AS statements }
  OPTIONAL MATCH (v:SchemaVersion {id: 'credibility-graph'})
  RETURN actors, outlets, anonymousSources, claims, articles, statements, v.version AS schemaVersion`;

export class StatsStore {
  constructor(private readonly db: Database) {}

  async counts(): Promise<GraphStats> {
    const [row] = await this.db.read(STATS);
    if (!row) throw new Error('stats query returned no row');
    return {
      actors: toNumber(row.actors),
      outlets: toNumber(row.outlets),
      anonymousSources: toNumber(row.anonymousSources),
      claims: toNumber(row.claims),
      articles: toNumber(row.articles),
      statements: toNumber(row.statements),
      schemaVersion: row.schemaVersion == null ? null : toNumber(row.schemaVersion),
    };
  }
}
