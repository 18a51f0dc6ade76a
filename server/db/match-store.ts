// Reads for matching a draft against the graph before anything is written (server/import/match.ts):
// sources by name, alias and domain through the full-text index, claims by their words, and the
// claims an article already has statements about.
import type { Database } from './database.ts';
import { intWindow } from './convert.ts';
import { STATEMENTS } from './projections.ts';

export interface SourceCandidate {
  key: string;
  id: string;
  label: 'Actor' | 'Outlet' | 'AnonymousSource';
  name: string;
  aliases: string[];
  domain: string | null;
}

export interface ClaimCandidate {
  key: string;
  id: string;
  text: string;
  score: number;
}

export interface ArticleClaim {
  id: string;
  text: string;
  statements: { type: string; source: string }[];
}

// `query` is a Lucene query built from words and quoted phrases by the caller.
const SOURCES = `
  UNWIND $rows AS row
  CALL (row) {
    CALL db.index.fulltext.queryNodes('source_names', row.query, {limit: 10}) YIELD node
    RETURN node
    UNION
    MATCH (node:Source {id: row.id}) RETURN node
  }
  RETURN row.key AS key, node.id AS id, [l IN labels(node) WHERE l <> 'Source'][0] AS label,
         coalesce(node.name, node.description) AS name, coalesce(node.aliases, []) AS aliases,
         node.domain AS domain`;

const CLAIMS = `
  UNWIND $rows AS row
  CALL (row) {
    CALL db.index.fulltext.queryNodes('claim_text', row.query, {limit: $limit}) YIELD node, score
    RETURN node, score
    UNION
    MATCH (node:Claim {id: row.id}) RETURN node, 0.0 AS score
  }
  RETURN row.key AS key, node.id AS id, node.text AS text, max(score) AS score`;

const ARTICLE_CLAIMS = `
  MATCH (s:Source)-[r:${STATEMENTS}]->(c:Claim) WHERE r.article = $article
  RETURN c.id AS id, c.text AS text, collect({type: type(r), source: s.id}) AS statements`;

export class MatchStore {
  constructor(private readonly db: Database) {}

  async sources(rows: { key: string; id: string; query: string }[]): Promise<SourceCandidate[]> {
    if (rows.length === 0) return [];
    const found = await this.db.read(SOURCES, { rows });
    return found.map((r) => ({
      key: String(r.key),
      id: String(r.id),
      label: r.label as SourceCandidate['label'],
      name: String(r.name ?? ''),
      aliases: (r.aliases as unknown[]).map(String),
      domain: r.domain == null ? null : String(r.domain),
    }));
  }

  async claims(
    rows: { key: string; id: string; query: string }[],
    limit = 10,
  ): Promise<ClaimCandidate[]> {
    if (rows.length === 0) return [];
    const found = await this.db.read(CLAIMS, { rows, limit: intWindow({ skip: 0, limit }).limit });
    return found.map((r) => ({
      key: String(r.key),
      id: String(r.id),
      text: String(r.text ?? ''),
      score: Number(r.score),
    }));
  }

  async articleClaims(article: string): Promise<ArticleClaim[]> {
    const found = await this.db.read(ARTICLE_CLAIMS, { article });
    return found.map((r) => ({
      id: String(r.id),
      text: String(r.text ?? ''),
      statements: (r.statements as { type: string; source: string }[]).map((s) => ({
        type: String(s.type),
        source: String(s.source),
      })),
    }));
  }
}
