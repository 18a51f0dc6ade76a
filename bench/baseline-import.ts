// The floor the importer is measured against: the same documents, parsed and normalised before
// the clock starts, written as large UNWIND statements with the same MERGE semantics, with none
// of the importer's checks, counting or per-batch bookkeeping.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Database } from '../server/db/database.ts';
import { BatchBuilder } from '../server/import/batch.ts';
import type { GraphBatch } from '../server/db/import-store.ts';
import { validateDocument } from '../server/import/format.ts';

const MERGES = [
  [
    'actors',
    `UNWIND $rows AS a MERGE (n:Source:Actor {id: a.id})
     SET n.name = a.name, n.kind = a.kind, n.role = coalesce(a.role, n.role), n.country = coalesce(a.country, n.country),
         n.aliases = a.aliases, n.aliasText = reduce(t = '', x IN a.aliases | t + ' ' + x)`,
  ],
  [
    'outlets',
    `UNWIND $rows AS o MERGE (n:Source:Outlet {id: o.id}) SET n.name = o.name, n.domain = o.domain, n.country = o.country`,
  ],
  [
    'anonymousSources',
    `UNWIND $rows AS a MERGE (n:Source:AnonymousSource {id: a.id})
     SET n.description = a.description, n.name = a.description, n.count = a.count, n.affiliation = a.affiliation, n.citedBy = a.citedBy
     WITH n, a
     CALL (n, a) { MATCH (o:Outlet {id: a.citedBy}) MERGE (n)-[:CITED_BY]->(o) }
     CALL (n, a) { MATCH (actor:Actor {id: a.affiliation}) MERGE (n)-[:AFFILIATED_WITH]->(actor) }`,
  ],
  [
    'claims',
    `UNWIND $rows AS c MERGE (n:Claim {id: c.id}) SET n.text = c.text, n.topics = c.topics`,
  ],
  [
    'articles',
    `UNWIND $rows AS a MERGE (n:Article {id: a.id})
     SET n.url = a.url, n.title = a.title, n.publishedAt = datetime(a.publishedAt), n.outlet = a.outlet
     WITH n, a MATCH (o:Outlet {id: a.outlet}) MERGE (n)-[:PUBLISHED_BY]->(o)`,
  ],
] as const;

const statementMerge = (type: string) => `
  UNWIND $rows AS st
  MATCH (s:Source {id: st.source}) MATCH (c:Claim {id: st.claim})
  MERGE (s)-[r:${type} {article: st.article}]->(c)
  SET r.at = datetime(st.at), r.quote = st.quote
  SET c.firstSeenAt = CASE WHEN c.firstSeenAt IS NULL OR r.at < c.firstSeenAt THEN r.at ELSE c.firstSeenAt END`;

const CITATIONS = `
  UNWIND $rows AS st
  MATCH (s:Source {id: st.source})
  UNWIND st.citing AS cited
  MATCH (t:Source {id: cited})
  MERGE (s)-[ci:CITED {claim: st.claim, article: st.article}]->(t)
  SET ci.at = datetime(st.at)`;

/** Reads and normalises the whole corpus into chunks of about `statements` statements. */
export async function prepare(file: string, statements = 50_000): Promise<GraphBatch[]> {
  const chunks: GraphBatch[] = [];
  let builder = new BatchBuilder();
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    if (!line.trim()) continue;
    const r = validateDocument(JSON.parse(line));
    if (!r.ok) throw new Error(`corpus document invalid: ${JSON.stringify(r.problems[0])}`);
    builder.add(r.document, r.references);
    if (builder.statementCount >= statements) {
      chunks.push(builder.build());
      builder = new BatchBuilder();
    }
  }
  if (builder.documents > 0) chunks.push(builder.build());
  return chunks;
}

export async function load(db: Database, chunks: GraphBatch[]): Promise<void> {
  for (const chunk of chunks) {
    await db.writeTransaction(async (tx) => {
      for (const [key, query] of MERGES)
        if (chunk[key].length > 0) await tx.run(query, { rows: chunk[key] });
      for (const type of ['SAID', 'REPORTED', 'DENIED']) {
        const rows = chunk.statements.filter((s) => s.type === type);
        if (rows.length > 0) await tx.run(statementMerge(type), { rows });
      }
      await tx.run(CITATIONS, { rows: chunk.statements.filter((s) => s.citing.length > 0) });
    });
  }
}
