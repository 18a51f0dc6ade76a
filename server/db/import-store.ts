// Every write of the graph goes through `write`: article imports, recordStatement, the upserts
// and the seed command. A batch is checked and written in one write transaction, so a batch
// with any problem writes nothing.
import type { Database, Tx } from './database.ts';
import { BadUserInputError, type Problem } from '../errors.ts';
import type {
  ExternalReference,
  NormalizedActor,
  NormalizedAnonymousSource,
  NormalizedArticle,
  NormalizedClaim,
  NormalizedDocument,
  NormalizedOutlet,
  NormalizedStatement,
  ReferenceKind,
} from '../../seed/format.ts';

export interface StatementRow extends NormalizedStatement {
  /** Id of the article the statement was observed in: with type, source and claim, its key. */
  article: string;
}

/** What one transaction writes: any number of documents' entities and statements. */
export interface GraphBatch {
  actors: NormalizedActor[];
  outlets: NormalizedOutlet[];
  anonymousSources: NormalizedAnonymousSource[];
  claims: NormalizedClaim[];
  articles: NormalizedArticle[];
  statements: StatementRow[];
  /** Ids used but not defined in the batch: they must be in the graph already. */
  references: Reference[];
}

/** Like the format's references, and an article, which recordStatement may name. */
export interface Reference extends Omit<ExternalReference, 'kinds'> {
  kinds: (ReferenceKind | 'Article')[];
}

export interface ImportCounts {
  actors: number;
  outlets: number;
  anonymousSources: number;
  claims: number;
  articles: number;
  statements: number;
}

export interface WriteResult {
  created: ImportCounts;
  matched: ImportCounts;
}

export const emptyBatch = (): GraphBatch => ({
  actors: [],
  outlets: [],
  anonymousSources: [],
  claims: [],
  articles: [],
  statements: [],
  references: [],
});

/** Adds a validated document to a batch; `prefix` names the document in problem paths. */
export function addDocument(
  batch: GraphBatch,
  doc: NormalizedDocument,
  references: ExternalReference[],
  prefix = '$',
): void {
  batch.actors.push(...doc.actors);
  batch.outlets.push(...doc.outlets);
  batch.anonymousSources.push(...doc.anonymousSources);
  batch.claims.push(...doc.claims);
  batch.articles.push(doc.article);
  batch.statements.push(...doc.statements.map((s) => ({ ...s, article: doc.article.id })));
  batch.references.push(...references.map((r) => ({ ...r, path: prefix + r.path.slice(1) })));
}

const LABEL_OF: Record<string, string> = {
  actors: 'Actor',
  outlets: 'Outlet',
  anonymousSources: 'AnonymousSource',
  claims: 'Claim',
  articles: 'Article',
};

// Ids are unique across labels, so that node(id) and every reference is unambiguous.
const CHECK_DEFINITIONS = `
  UNWIND $definitions AS d
  OPTIONAL MATCH (s:Source {id: d.id})
  OPTIONAL MATCH (c:Claim {id: d.id})
  OPTIONAL MATCH (a:Article {id: d.id})
  WITH d, [n IN [s, c, a] WHERE n IS NOT NULL | [l IN labels(n) WHERE l <> 'Source'][0]] AS existing
  WHERE size(existing) > 0 AND NOT d.label IN existing
  RETURN d.path AS path, d.id AS id, d.label AS label, existing[0] AS existing`;

const CHECK_REFERENCES = `
  UNWIND $references AS ref
  OPTIONAL MATCH (s:Source {id: ref.id})
  OPTIONAL MATCH (c:Claim {id: ref.id})
  OPTIONAL MATCH (a:Article {id: ref.id})
  WITH ref, [n IN [s, c, a] WHERE n IS NOT NULL | [l IN labels(n) WHERE l <> 'Source'][0]] AS existing
  WHERE none(k IN ref.kinds WHERE k IN existing)
  RETURN ref.path AS path, ref.id AS id, ref.kinds AS kinds, existing[0] AS existing`;

const WRITE_ACTORS = `
  UNWIND $rows AS a
  MERGE (n:Source:Actor {id: a.id})
  SET n.name = a.name, n.kind = a.kind, n.role = coalesce(a.role, n.role), n.country = coalesce(a.country, n.country),
      n.aliases = CASE WHEN size(a.aliases) > 0 THEN a.aliases ELSE coalesce(n.aliases, []) END
  SET n.aliasText = reduce(t = '', x IN n.aliases | t + ' ' + x)`;

const WRITE_OUTLETS = `
  UNWIND $rows AS o
  MERGE (n:Source:Outlet {id: o.id})
  SET n.name = o.name, n.domain = coalesce(o.domain, n.domain), n.country = coalesce(o.country, n.country)`;

const WRITE_ANONYMOUS_SOURCES = `
  UNWIND $rows AS a
  MERGE (n:Source:AnonymousSource {id: a.id})
  SET n.description = a.description, n.name = a.description, n.count = coalesce(a.count, n.count),
      n.affiliation = coalesce(a.affiliation, n.affiliation), n.citedBy = a.citedBy
  WITH n, a
  MATCH (o:Outlet {id: a.citedBy})
  MERGE (n)-[:CITED_BY]->(o)
  WITH n, a
  OPTIONAL MATCH (actor:Actor {id: a.affiliation})
  FOREACH (x IN CASE WHEN actor IS NULL THEN [] ELSE [actor] END | MERGE (n)-[:AFFILIATED_WITH]->(x))`;

const WRITE_CLAIMS = `
  UNWIND $rows AS c
  MERGE (n:Claim {id: c.id})
  SET n.text = c.text, n.topics = CASE WHEN size(c.topics) > 0 THEN c.topics ELSE coalesce(n.topics, []) END`;

const WRITE_ARTICLES = `
  UNWIND $rows AS a
  MERGE (n:Article {id: a.id})
  SET n.url = a.url, n.title = coalesce(a.title, n.title), n.publishedAt = datetime(a.publishedAt), n.outlet = a.outlet
  WITH n, a
  MATCH (o:Outlet {id: a.outlet})
  MERGE (n)-[:PUBLISHED_BY]->(o)`;

// One relationship per (type, source, claim, article): re-importing an article finds it again.
const WRITE_STATEMENTS = `
  UNWIND $rows AS st
  MATCH (s:Source {id: st.source})
  MATCH (c:Claim {id: st.claim})
  WITH s, c, st, datetime(st.at) AS at
  FOREACH (_ IN CASE st.type WHEN 'SAID' THEN [1] ELSE [] END |
    MERGE (s)-[r:SAID {article: st.article}]->(c) SET r.at = at, r.quote = st.quote)
  FOREACH (_ IN CASE st.type WHEN 'REPORTED' THEN [1] ELSE [] END |
    MERGE (s)-[r:REPORTED {article: st.article}]->(c) SET r.at = at, r.quote = st.quote)
  FOREACH (_ IN CASE st.type WHEN 'DENIED' THEN [1] ELSE [] END |
    MERGE (s)-[r:DENIED {article: st.article}]->(c) SET r.at = at, r.quote = st.quote)
  SET c.firstSeenAt = CASE WHEN c.firstSeenAt IS NULL OR at < c.firstSeenAt THEN at ELSE c.firstSeenAt END`;

// Attribution as relationships, so that one path pattern walks Latin Times → NBC → officials.
const WRITE_CITATIONS = `
  UNWIND $rows AS st
  UNWIND st.citing AS cited
  MATCH (s:Source {id: st.source})
  MATCH (t:Source {id: cited})
  MERGE (s)-[ci:CITED {claim: st.claim, article: st.article}]->(t)
  SET ci.at = datetime(st.at)`;

const kindList = (kinds: string[]) =>
  kinds.length === 1
    ? `an ${kinds[0]}`.replace(/^an ([^AEIOU])/, 'a $1')
    : `an ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`;

export class ImportStore {
  constructor(private readonly db: Database) {}

  async write(batch: GraphBatch): Promise<WriteResult> {
    return this.db.writeTransaction(async (tx) => {
      const problems = await this.check(tx, batch);
      if (problems.length > 0) throw new BadUserInputError(problems, 'The import');
      const created = {
        actors: await nodesCreated(tx, WRITE_ACTORS, batch.actors),
        outlets: await nodesCreated(tx, WRITE_OUTLETS, batch.outlets),
        anonymousSources: await nodesCreated(tx, WRITE_ANONYMOUS_SOURCES, batch.anonymousSources),
        claims: await nodesCreated(tx, WRITE_CLAIMS, batch.claims),
        articles: await nodesCreated(tx, WRITE_ARTICLES, batch.articles),
        statements: await relationshipsCreated(tx, WRITE_STATEMENTS, batch.statements),
      };
      await tx.run(WRITE_CITATIONS, { rows: batch.statements.filter((s) => s.citing.length > 0) });
      const matched = {
        actors: batch.actors.length - created.actors,
        outlets: batch.outlets.length - created.outlets,
        anonymousSources: batch.anonymousSources.length - created.anonymousSources,
        claims: batch.claims.length - created.claims,
        articles: batch.articles.length - created.articles,
        statements: batch.statements.length - created.statements,
      };
      return { created, matched };
    });
  }

  private async check(tx: Tx, batch: GraphBatch): Promise<Problem[]> {
    const definitions = Object.entries(LABEL_OF).flatMap(([key, label]) =>
      (batch[key as keyof typeof LABEL_OF & keyof GraphBatch] as { id: string }[]).map((n, i) => ({
        path: `$.${key}[${i}].id`,
        id: n.id,
        label,
      })),
    );
    const problems: Problem[] = [];
    for (const row of await tx.run(CHECK_DEFINITIONS, { definitions })) {
      problems.push({
        path: String(row.path),
        message: `'${row.id}' is already in the graph as ${kindList([String(row.existing)])}, not ${kindList([String(row.label)])}`,
      });
    }
    const references = batch.references.map((r) => ({ path: r.path, id: r.id, kinds: r.kinds }));
    for (const row of await tx.run(CHECK_REFERENCES, { references })) {
      const kinds = row.kinds as string[];
      problems.push({
        path: String(row.path),
        message: row.existing
          ? `'${row.id}' is ${kindList([String(row.existing)])}, expected ${kindList(kinds)}`
          : `unknown id '${row.id}': expected ${kindList(kinds)} defined in this document or already in the graph`,
      });
    }
    return problems;
  }
}

async function nodesCreated(tx: Tx, query: string, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await tx.runForCounters(query, { rows })).nodesCreated;
}

async function relationshipsCreated(tx: Tx, query: string, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await tx.runForCounters(query, { rows })).relationshipsCreated;
}
