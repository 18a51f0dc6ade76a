// Every write of the graph goes through `write`: article imports, bulk seeding, recordStatement
// and the upserts. A batch is checked and written in one write transaction, so a batch with any
// problem writes nothing; each label's write reports what it created, updated or left unchanged.
import type { Database, Params, Tx } from './database.ts';
import { toNumber } from './convert.ts';
import { refreshDerived } from './provenance-store.ts';
import { ZERO_COUNTERS, keepingCounters } from './source-counters.ts';
import { BadUserInputError, type Problem } from '../errors.ts';
import { STATEMENT_TYPES } from '../domain/statements.ts';
import type {
  ExternalReference,
  NormalizedActor,
  NormalizedAnonymousSource,
  NormalizedArticle,
  NormalizedClaim,
  NormalizedOutlet,
  NormalizedStatement,
  ReferenceKind,
  StatementType,
} from '../import/format.ts';

export interface StatementRow extends NormalizedStatement {
  /** Id of the article the statement was observed in: with type, source and claim, its key. */
  article: string;
}

/** A fact-checker's verdict; its id is derived from its URL, its identity. */
export interface VerdictRow {
  id: string;
  claim: string;
  reviewer: string;
  rating: string;
  ratingText: string | null;
  reviewedAt: string;
  url: string;
}

/** Like the format's references, and an article, which recordStatement names. */
export interface Reference extends Omit<ExternalReference, 'kinds'> {
  kinds: (ReferenceKind | 'Article')[];
}

/** What one transaction writes: any number of documents' entities and statements, each once. */
export interface GraphBatch {
  actors: NormalizedActor[];
  outlets: NormalizedOutlet[];
  anonymousSources: NormalizedAnonymousSource[];
  claims: NormalizedClaim[];
  articles: NormalizedArticle[];
  statements: StatementRow[];
  verdicts?: VerdictRow[];
  /** Ids used but not defined in the batch: they must be in the graph already. */
  references: Reference[];
  /** Where each defined id stands in its document, for problems (default: its batch position). */
  definedAt?: Map<string, string>;
}

export const LABELS = [
  'actors',
  'outlets',
  'anonymousSources',
  'claims',
  'articles',
  'statements',
  'verdicts',
] as const;
export type Label = (typeof LABELS)[number];
export type Counts = Record<Label, number>;

export interface WriteResult {
  created: Counts;
  updated: Counts;
  unchanged: Counts;
}

export const zeroCounts = (): Counts => ({
  actors: 0,
  outlets: 0,
  anonymousSources: 0,
  claims: 0,
  articles: 0,
  statements: 0,
  verdicts: 0,
});

export function addResults(into: WriteResult, r: WriteResult): void {
  for (const k of ['created', 'updated', 'unchanged'] as const)
    for (const l of LABELS) into[k][l] += r[k][l];
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

const NODE_LABEL: Record<Exclude<Label, 'statements'>, string> = {
  actors: 'Actor',
  outlets: 'Outlet',
  anonymousSources: 'AnonymousSource',
  claims: 'Claim',
  articles: 'Article',
  verdicts: 'Verdict',
};

// Ids are unique across labels, so that node(id) and every reference is unambiguous.
const CHECK_DEFINITIONS = `
  UNWIND $definitions AS d
  OPTIONAL MATCH (s:Source {id: d.id})
  OPTIONAL MATCH (c:Claim {id: d.id})
  OPTIONAL MATCH (a:Article {id: d.id})
  OPTIONAL MATCH (v:Verdict {id: d.id})
  WITH d, [n IN [s, c, a, v] WHERE n IS NOT NULL | [l IN labels(n) WHERE l <> 'Source'][0]] AS existing
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

// Each write reads a node's stated properties right after MERGE and again after SET, to tell
// created (the node had none yet: MERGE just made it), updated and unchanged apart. Optional
// properties a document leaves out keep their value.
const COUNTED = `
  RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created,
         count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated`;

/** The stated properties of node `n` (null when `required` is unset: the node is new). */
const state = (n: string, required: string, props: string) =>
  `CASE WHEN ${n}.${required} IS NULL THEN null ELSE ${n} {${props}} END`;

const ACTOR = (n: string) =>
  state(
    n,
    'name',
    `.name, .kind, role: coalesce(${n}.role, ''), country: coalesce(${n}.country, ''), aliases: coalesce(${n}.aliases, [])`,
  );
const WRITE_ACTORS = `
  UNWIND $rows AS a
  MERGE (n:Source:Actor {id: a.id})
  WITH n, a, ${ACTOR('n')} AS before
  SET n.name = a.name, n.kind = a.kind, n.role = coalesce(a.role, n.role), n.country = coalesce(a.country, n.country),
      n.aliases = CASE WHEN size(a.aliases) > 0 THEN a.aliases ELSE coalesce(n.aliases, []) END,
      ${ZERO_COUNTERS('n')}
  SET n.aliasText = reduce(t = '', x IN n.aliases | t + ' ' + x)
  WITH before, ${ACTOR('n')} AS after ${COUNTED}`;

const OUTLET = (n: string) =>
  state(n, 'name', `.name, domain: coalesce(${n}.domain, ''), country: coalesce(${n}.country, '')`);
const WRITE_OUTLETS = `
  UNWIND $rows AS o
  MERGE (n:Source:Outlet {id: o.id})
  WITH n, o, ${OUTLET('n')} AS before
  SET n.name = o.name, n.domain = coalesce(o.domain, n.domain), n.country = coalesce(o.country, n.country),
      ${ZERO_COUNTERS('n')}
  WITH before, ${OUTLET('n')} AS after ${COUNTED}`;

const ANONYMOUS = (n: string) =>
  state(
    n,
    'description',
    `.description, count: coalesce(${n}.count, 0), affiliation: coalesce(${n}.affiliation, ''), .citedBy`,
  );
const WRITE_ANONYMOUS_SOURCES = `
  UNWIND $rows AS a
  MERGE (n:Source:AnonymousSource {id: a.id})
  WITH n, a, ${ANONYMOUS('n')} AS before
  SET n.description = a.description, n.name = a.description, n.count = coalesce(a.count, n.count),
      n.affiliation = coalesce(a.affiliation, n.affiliation), n.citedBy = a.citedBy,
      ${ZERO_COUNTERS('n')}
  WITH n, a, before
  CALL (n, a) {
    MATCH (o:Outlet {id: a.citedBy})
    MERGE (n)-[:CITED_BY]->(o)
  }
  CALL (n, a) {
    MATCH (actor:Actor {id: a.affiliation})
    MERGE (n)-[:AFFILIATED_WITH]->(actor)
  }
  WITH before, ${ANONYMOUS('n')} AS after ${COUNTED}`;

const CLAIM = (n: string) => state(n, 'text', `.text, topics: coalesce(${n}.topics, [])`);
const WRITE_CLAIMS = `
  UNWIND $rows AS c
  MERGE (n:Claim {id: c.id})
  WITH n, c, ${CLAIM('n')} AS before
  SET n.text = c.text, n.topics = CASE WHEN size(c.topics) > 0 THEN c.topics ELSE coalesce(n.topics, []) END
  WITH before, ${CLAIM('n')} AS after ${COUNTED}`;

const ARTICLE = (n: string) =>
  state(n, 'url', `.url, title: coalesce(${n}.title, ''), .publishedAt, .outlet`);
const WRITE_ARTICLES = `
  UNWIND $rows AS a
  MERGE (n:Article {id: a.id})
  WITH n, a, ${ARTICLE('n')} AS before
  SET n.url = a.url, n.title = coalesce(a.title, n.title), n.publishedAt = datetime(a.publishedAt), n.outlet = a.outlet
  WITH n, a, before
  CALL (n, a) {
    MATCH (o:Outlet {id: a.outlet})
    MERGE (n)-[:PUBLISHED_BY]->(o)
  }
  WITH before, ${ARTICLE('n')} AS after ${COUNTED}`;

// One relationship per (type, source, claim, article): re-importing an article finds it again.
// The type cannot be a parameter in MERGE, so there is one constant query per type.
// A machine statement keeps its evidence on the relationship (flat properties: Neo4j stores no
// maps), and every statement says whether a person stands behind it, so reads can leave out
// unreviewed machine statements; a later import states both again (a reviewed draft, a hand
// annotation replacing a machine one).
const STATED = (r: string) =>
  `{at: ${r}.at, quote: coalesce(${r}.quote, ''), machine: coalesce(${r}.machine, false),
    reviewed: coalesce(${r}.reviewed, true), sentence: coalesce(${r}.evidenceSentence, '')}`;
const writeStatements = (type: StatementType) => `
  UNWIND $rows AS st
  MATCH (s:Source {id: st.source})
  MATCH (c:Claim {id: st.claim})
  MERGE (s)-[r:${type} {article: st.article}]->(c)
  WITH c, r, st, datetime(st.at) AS at,
       CASE WHEN r.at IS NULL THEN null ELSE ${STATED('r')} END AS before
  SET r.source = st.source, r.at = at, r.quote = st.quote, r.machine = st.machine, r.reviewed = st.reviewed,
      r.reviewedBy = st.reviewedBy, r.reviewedAt = datetime(st.reviewedAt),
      r.evidenceSentence = st.evidence.sentence, r.evidenceSource = st.evidence.source,
      r.evidenceCue = st.evidence.cue, r.evidenceContent = st.evidence.content,
      r.evidenceConfidence = st.evidence.confidence, r.evidenceMethod = st.evidence.method
  SET c.firstSeenAt = CASE WHEN c.firstSeenAt IS NULL OR at < c.firstSeenAt THEN at ELSE c.firstSeenAt END
  WITH before, ${STATED('r')} AS after ${COUNTED}`;

const WRITE_STATEMENTS = Object.fromEntries(
  STATEMENT_TYPES.map((t) => [t, writeStatements(t)]),
) as Record<StatementType, string>;

const VERDICT = (n: string) =>
  state(
    n,
    'rating',
    `.rating, ratingText: coalesce(${n}.ratingText, ''), .reviewedAt, .url, .claim, .reviewer`,
  );
const WRITE_VERDICTS = `
  UNWIND $rows AS v
  MATCH (c:Claim {id: v.claim})
  MATCH (reviewer:Source {id: v.reviewer})
  MERGE (n:Verdict {id: v.id})
  WITH n, v, c, reviewer, ${VERDICT('n')} AS before
  SET n.rating = v.rating, n.ratingText = v.ratingText, n.reviewedAt = datetime(v.reviewedAt), n.url = v.url,
      n.claim = v.claim, n.reviewer = v.reviewer
  MERGE (reviewer)-[:ISSUED]->(n)
  MERGE (n)-[:RATES]->(c)
  WITH n, c, reviewer, before
  // A review re-imported about another claim or by another reviewer moves: it rates one claim.
  CALL (n, c, reviewer) {
    MATCH (n)-[old:RATES]->(other) WHERE other <> c
    DELETE old
  }
  CALL (n, c, reviewer) {
    MATCH (other)-[old:ISSUED]->(n) WHERE other <> reviewer
    DELETE old
  }
  WITH before, ${VERDICT('n')} AS after ${COUNTED}`;

// Attribution as relationships, so that one path pattern walks Latin Times → NBC → officials.
const WRITE_CITATIONS = `
  UNWIND $rows AS st
  MATCH (s:Source {id: st.source})
  UNWIND st.citing AS cited
  MATCH (t:Source {id: cited})
  MERGE (s)-[ci:CITED {claim: st.claim, article: st.article}]->(t)
  SET ci.at = datetime(st.at)`;

// Racing writers about the same claim deadlocked: each took the claim's and its sources' locks
// in the order its own statements reached them (MERGE of a relationship locks both ends, SET of
// firstSeenAt the claim, CITED its ends). Of 50 concurrent recordStatements about one claim,
// about 20 were aborted by Neo4j and retried by the driver; with 200, some ran past the retry
// time and were lost as SERVICE_UNAVAILABLE. Locking every existing node the batch will touch
// first, in one order for all writers (by id), makes racing writers queue instead.
// SET and REMOVE of a dummy property is Cypher's way to take a node's write lock; it leaves the
// node unchanged.
const LOCK_NODES = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (n:Source {id: id}) RETURN n
    UNION
    MATCH (n:Claim {id: id}) RETURN n
    UNION
    MATCH (n:Article {id: id}) RETURN n
    UNION
    MATCH (n:Verdict {id: id}) RETURN n
  }
  SET n._lock = true
  REMOVE n._lock`;

/** Every node id the batch may write to or link, once each, in the one order all writers use. */
function lockOrder(batch: GraphBatch): string[] {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => id && ids.add(id);
  for (const a of batch.actors) add(a.id);
  for (const o of batch.outlets) add(o.id);
  for (const a of batch.anonymousSources) [a.id, a.citedBy, a.affiliation].forEach(add);
  for (const c of batch.claims) add(c.id);
  for (const a of batch.articles) [a.id, a.outlet].forEach(add);
  for (const s of batch.statements) [s.source, s.claim, ...s.citing].forEach(add);
  for (const v of batch.verdicts ?? []) [v.id, v.claim, v.reviewer].forEach(add);
  return [...ids].sort();
}

const article = (k: string) => (/^[AEIOU]/.test(k) ? `an ${k}` : `a ${k}`);
const kindList = (kinds: string[]) =>
  kinds.length === 1
    ? article(kinds[0]!)
    : `${article(kinds[0]!)}${kinds
        .slice(1, -1)
        .map((k) => `, ${k}`)
        .join('')} or ${kinds.at(-1)}`;

export class ImportStore {
  constructor(private readonly db: Database) {}

  async write(batch: GraphBatch): Promise<WriteResult> {
    return this.db.writeTransaction(async (tx) => {
      const problems = await this.check(tx, batch);
      if (problems.length > 0) throw new BadUserInputError(problems, 'The import');
      await tx.run(LOCK_NODES, { ids: lockOrder(batch) });
      const result: WriteResult = {
        created: zeroCounts(),
        updated: zeroCounts(),
        unchanged: zeroCounts(),
      };
      const run = (q: string, p: Params) => tx.run(q, p);
      const count = async (label: Label, query: string, rows: unknown[]) => {
        if (rows.length === 0) return;
        const [row] = await tx.run(query, { rows });
        const created = toNumber(row?.created ?? 0);
        const updated = toNumber(row?.updated ?? 0);
        result.created[label] += created;
        result.updated[label] += updated;
        result.unchanged[label] += rows.length - created - updated;
      };
      const touched = [
        ...new Set([...batch.claims.map((c) => c.id), ...batch.statements.map((s) => s.claim)]),
      ].sort();
      // In the same transaction: a list never sees a claim without its flags, or stale ones,
      // nor a source whose counts lag behind its statements.
      await keepingCounters(run, touched, async () => {
        // Order matters: anonymous sources and articles link to outlets and actors written first.
        await count('actors', WRITE_ACTORS, batch.actors);
        await count('outlets', WRITE_OUTLETS, batch.outlets);
        await count('anonymousSources', WRITE_ANONYMOUS_SOURCES, batch.anonymousSources);
        await count('claims', WRITE_CLAIMS, batch.claims);
        await count('articles', WRITE_ARTICLES, batch.articles);
        for (const type of STATEMENT_TYPES) {
          await count(
            'statements',
            WRITE_STATEMENTS[type],
            batch.statements.filter((s) => s.type === type),
          );
        }
        await count('verdicts', WRITE_VERDICTS, batch.verdicts ?? []);
        const citing = batch.statements.filter((s) => s.citing.length > 0);
        if (citing.length > 0) await tx.run(WRITE_CITATIONS, { rows: citing });
        await refreshDerived(run, touched);
      });
      return result;
    });
  }

  private async check(tx: Tx, batch: GraphBatch): Promise<Problem[]> {
    const definitions = Object.entries(NODE_LABEL).flatMap(([key, label]) =>
      ((batch[key as keyof typeof NODE_LABEL] ?? []) as { id: string }[]).map((n, i) => ({
        path: batch.definedAt?.get(n.id) ?? `$.${key}[${i}].id`,
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
