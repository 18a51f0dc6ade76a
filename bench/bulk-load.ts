// npm run bench:load -- --claims 1000000 [--seed 1] [--instance bench] [--keep-csv] [--keep-running]
// A fast path to a large graph for benchmarks: the synthetic corpus is written as CSV files and
// loaded with Neo4j's offline bulk importer (`neo4j-admin database import full`), minutes where
// the transactional import (`npm run seed`) takes most of an hour at a million claims.
//
// The graph is the one the transactional import (server/db/import-store.ts) writes for the same
// documents, node for node and property for property:
// - Every document goes through validateDocument (article ids from URLs, statement `at` defaults,
//   lower-case domains, ...). Entities a document defines again are merged as the importer does
//   (a later document's stated values win, unstated ones keep the earlier: BatchBuilder's rule),
//   statements are one per (type, source, claim, article) (the last one's `at` and `quote`), and
//   a claim's firstSeenAt is its earliest statement's `at`.
// - Outlets and actors (a few thousand) are merged in memory and written at the end. Everything
//   else is merged per claim: the synthetic corpus yields all of a claim's documents one after
//   another, each defining exactly that one claim and everything it references. Both are
//   checked as the stream goes (a claim or anonymous source that comes back after its claim's
//   documents ended is an error, never a silently different graph); an article or a node id
//   that comes back under another label fails the import itself (one global id space).
// - Nulls are not written (the importer never stores them). Empty lists the importer stores
//   (an actor without aliases gets `aliases: []`, a claim without topics `topics: []`) cannot
//   be written by the bulk importer (an empty array field is no property), so they are set with
//   Cypher after it, before the schema.
import { openLocal } from '../neo4j/connect.ts';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from '../server/db/database.ts';
import { applySchema } from '../server/db/schema.ts';
import { mergeStated } from '../server/import/batch.ts';
import {
  boltUri,
  instance,
  start,
  stop,
  type Instance,
  type InstanceName,
} from '../neo4j/local-server.ts';
import { generateDocuments, type SyntheticOptions } from '../seed/synthetic.ts';
import {
  validateDocument,
  type NormalizedActor,
  type NormalizedAnonymousSource,
  type NormalizedArticle,
  type NormalizedClaim,
  type NormalizedOutlet,
  type NormalizedStatement,
} from '../server/import/format.ts';

export interface BulkLoadOptions {
  claims: number;
  seed: number;
  /** Copying in the corpus (seed/synthetic.ts's options; default none). */
  copying?: Pick<SyntheticOptions, 'copiers' | 'busyCopiers' | 'honestPairs'>;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
  /** Keep the CSV files after the import (default: deleted). */
  keepCsv?: boolean;
  /**
   * Ranges of claims written to CSV in parallel, each by a process of its own (default: one
   * per core, at most 4, from 20,000 claims on; 1 writes in this process).
   */
  parts?: number;
}

export interface BulkLoadResult {
  /** Wall-clock seconds of the whole load, CSV to awaited indexes. */
  seconds: number;
  /** Nodes and relationships of the loaded graph (without the schema's SchemaVersion node). */
  nodes: number;
  relationships: number;
  documents: number;
  statements: number;
  /** Size of the CSV files (headers and data). */
  csvBytes: number;
  phases: {
    /** Generating, validating and merging the documents into CSV files. */
    csv: number;
    /** Stopping the server and running neo4j-admin database import full. */
    import: number;
    /** Starting the server on the imported store (and setting empty lists). */
    start: number;
    /** applySchema: constraints, indexes (full-text too) and waiting for their population. */
    schema: number;
  };
}

const localRoot = fileURLToPath(new URL('../neo4j/.local/', import.meta.url));
const libDir = join(localRoot, 'lib');
const homeOf = (target: Instance) => join(localRoot, target.name);

/** Between the elements of an array value (and nowhere in the data: checked). */
const ARRAY_DELIMITER = '\u001f';

// --- CSV ---

class CsvFile {
  private chunks: string[] = [];
  private size = 0;
  private readonly out: WriteStream;
  rows = 0;

  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  row(fields: string[]): void {
    const line = `${fields.join(',')}\n`;
    this.chunks.push(line);
    this.size += line.length;
    this.rows++;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Resolves with the file's size. */
  async close(): Promise<number> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(resolve);
    });
    return statSync(this.path).size;
  }
}

class Fields {
  /** Whether any value has a line break (the importer then needs --multiline-fields). */
  multiline = false;

  str(value: string): string {
    if (!this.multiline && /[\r\n]/.test(value)) this.multiline = true;
    return `"${value.replaceAll('"', '""')}"`;
  }

  /** Null is an empty, unquoted field: no property. "" would be the empty string. */
  opt(value: string | null): string {
    return value === null ? '' : this.str(value);
  }

  num(value: number | null): string {
    if (value !== null && !Number.isFinite(value)) throw new Error(`not a number: ${value}`);
    return value === null ? '' : String(value);
  }

  /** An empty list writes nothing: it is set after the import (see the header). */
  list(values: string[]): string {
    for (const v of values)
      if (v === '' || v.includes(ARRAY_DELIMITER))
        throw new Error(`a list element the bulk import cannot represent: ${JSON.stringify(v)}`);
    return values.length === 0 ? '' : this.str(values.join(ARRAY_DELIMITER));
  }

  /** Ids are [a-z0-9._:-] (the format's pattern) or URL slugs: no quoting needed. */
  id(value: string): string {
    if (!/^[a-z0-9][a-z0-9._:-]*$/.test(value)) throw new Error(`unexpected id ${value}`);
    return value;
  }
}

/** The CSV file groups: header, and the labels or relationship type the command line gives. */
const FILES = {
  actors: {
    name: 'actors',
    header: 'id:ID,name,kind,role,country,aliases:string[],aliasText',
    labels: 'Source:Actor',
  },
  outlets: { name: 'outlets', header: 'id:ID,name,domain,country', labels: 'Source:Outlet' },
  // count:double, not long: the transactional import passes it as a JavaScript number, which
  // Cypher stores as a FLOAT (valueType 'FLOAT'); the bulk load stores the same.
  anonymous: {
    name: 'anonymous-sources',
    header: 'id:ID,description,name,count:double,affiliation,citedBy',
    labels: 'Source:AnonymousSource',
  },
  claims: {
    name: 'claims',
    header: 'id:ID,text,topics:string[],firstSeenAt:datetime',
    labels: 'Claim',
  },
  articles: {
    name: 'articles',
    header: 'id:ID,url,title,publishedAt:datetime,outlet',
    labels: 'Article',
  },
  // The statement's type is a column: SAID, REPORTED, DENIED, ...
  statements: {
    name: 'statements',
    // `source` is the start node's id again, as the importer writes it: the (source, at) indexes.
    header:
      ':START_ID,:END_ID,:TYPE,source,article,at:datetime,quote,machine:boolean,reviewed:boolean',
  },
  cited: { name: 'cited', header: ':START_ID,:END_ID,claim,article,at:datetime', type: 'CITED' },
  citedBy: { name: 'cited-by', header: ':START_ID,:END_ID', type: 'CITED_BY' },
  affiliatedWith: { name: 'affiliated-with', header: ':START_ID,:END_ID', type: 'AFFILIATED_WITH' },
  publishedBy: { name: 'published-by', header: ':START_ID,:END_ID', type: 'PUBLISHED_BY' },
} as const satisfies Record<
  string,
  { name: string; header: string; labels?: string; type?: string }
>;
type FileKey = keyof typeof FILES;
const FILE_KEYS = Object.keys(FILES) as FileKey[];
/** What each part writes; outlets and actors are merged over all parts and written at the end. */
const PER_CLAIM = FILE_KEYS.filter((k) => k !== 'actors' && k !== 'outlets');
type PerClaim = Exclude<FileKey, 'actors' | 'outlets'>;

// --- Merging, as the transactional import does (mergeStated is BatchBuilder's own rule) ---

interface StatementRow extends NormalizedStatement {
  article: string;
}

/** All that one claim's documents write, merged; written out when the next claim begins. */
class ClaimWindow {
  claim: NormalizedClaim | undefined;
  firstSeen: { ms: number; at: string } | undefined;
  readonly anonymous = new Map<string, NormalizedAnonymousSource>();
  readonly articles = new Map<string, NormalizedArticle>();
  readonly statements = new Map<string, StatementRow>();
  /** (source, cited, claim, article) → at: MERGE on the key, SET at, so the last one wins. */
  readonly citations = new Map<string, { from: string; to: string; article: string; at: string }>();
}

type Corpus = SyntheticOptions;

/** What one part of the corpus (a range of its claims) wrote. */
interface PartSummary {
  documents: number;
  statements: number;
  emptyTopics: number;
  multiline: boolean;
  rows: Record<PerClaim, number>;
  bytes: number;
  /** Outlets and actors as this part's documents define them, merged in stream order. */
  actors: NormalizedActor[];
  outlets: NormalizedOutlet[];
}

const partFile = (dir: string, key: FileKey, part: number) =>
  join(dir, `${FILES[key].name}.part${part}.csv`);
const headerFile = (dir: string, key: FileKey) => join(dir, `${FILES[key].name}.header.csv`);

/**
 * Writes the claims `from` ≤ k < `to` of the corpus (counted as runs of documents about one
 * claim) into part `part`'s data files in `dir`.
 */
async function writeCsvPart(
  corpus: Corpus,
  range: { from: number; to: number },
  dir: string,
  part: number,
): Promise<PartSummary> {
  const f = new Fields();
  const w = Object.fromEntries(
    PER_CLAIM.map((k) => [k, new CsvFile(partFile(dir, k, part))]),
  ) as Record<PerClaim, CsvFile>;
  const actors = new Map<string, NormalizedActor>();
  const outlets = new Map<string, NormalizedOutlet>();
  const doneClaims = new Set<string>();
  const doneAnonymous = new Set<string>();
  let emptyTopics = 0;
  let documents = 0;
  let statements = 0;
  let window = new ClaimWindow();

  const flushWindow = async () => {
    const c = window.claim;
    if (!c) return;
    doneClaims.add(c.id);
    if (c.topics.length === 0) emptyTopics++;
    w.claims.row([
      f.id(c.id),
      f.str(c.text),
      f.list(c.topics),
      window.firstSeen ? window.firstSeen.at : '',
    ]);
    for (const a of window.anonymous.values()) {
      doneAnonymous.add(a.id);
      w.anonymous.row([
        f.id(a.id),
        f.str(a.description),
        f.str(a.description),
        f.num(a.count),
        f.opt(a.affiliation),
        f.str(a.citedBy),
      ]);
      w.citedBy.row([f.id(a.id), f.id(a.citedBy)]);
      if (a.affiliation !== null) w.affiliatedWith.row([f.id(a.id), f.id(a.affiliation)]);
    }
    for (const a of window.articles.values()) {
      w.articles.row([f.id(a.id), f.str(a.url), f.opt(a.title), a.publishedAt, f.str(a.outlet)]);
      w.publishedBy.row([f.id(a.id), f.id(a.outlet)]);
    }
    for (const s of window.statements.values()) {
      w.statements.row([
        f.id(s.source),
        f.id(s.claim),
        s.type,
        f.str(s.source),
        f.str(s.article),
        s.at,
        f.opt(s.quote),
        // As the importer writes them: whether a machine made it, and whether a person stands
        // behind it (the corpus is hand-style, so false and true).
        String(s.machine ?? false),
        String(s.reviewed ?? true),
      ]);
    }
    for (const ci of window.citations.values())
      w.cited.row([f.id(ci.from), f.id(ci.to), f.str(c.id), f.str(ci.article), ci.at]);
    window = new ClaimWindow();
    for (const csv of Object.values(w)) await csv.flushIfFull();
  };

  let position = 0;
  let index = -1;
  let current: string | undefined;
  for (const raw of generateDocuments(corpus)) {
    position++;
    // Only generated, not validated, until the range begins: that is the cheap part.
    const first = raw.claims?.[0]?.id;
    if (index < 0 || first !== current) [index, current] = [index + 1, first];
    if (index < range.from) continue;
    if (index >= range.to) break;
    documents++;
    const result = validateDocument(raw);
    if (!result.ok)
      throw new Error(
        `document ${position} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    // Self-contained documents only: anything referenced from outside would be a database check.
    if (result.references.length > 0)
      throw new Error(
        `document ${position} references ids it does not define (${result.references.map((r) => r.id).join(', ')}); the bulk load needs self-contained documents`,
      );
    const doc = result.document;
    const [claim, ...more] = doc.claims;
    if (!claim || more.length > 0)
      throw new Error(
        `document ${position} defines ${doc.claims.length} claims; the bulk load expects one per document`,
      );
    if (window.claim?.id !== claim.id) {
      await flushWindow();
      if (doneClaims.has(claim.id))
        throw new Error(
          `claim ${claim.id} comes back in document ${position} after other claims' documents; the bulk load needs each claim's documents together`,
        );
    }
    window.claim = mergeStated(window.claim, claim);
    for (const a of doc.actors) actors.set(a.id, mergeStated(actors.get(a.id), a));
    for (const o of doc.outlets) outlets.set(o.id, mergeStated(outlets.get(o.id), o));
    for (const a of doc.anonymousSources) {
      if (doneAnonymous.has(a.id))
        throw new Error(
          `anonymous source ${a.id} is defined again with another claim (document ${position}); the bulk load needs it with one claim only`,
        );
      window.anonymous.set(a.id, mergeStated(window.anonymous.get(a.id), a));
    }
    const article = doc.article;
    window.articles.set(article.id, mergeStated(window.articles.get(article.id), article));
    for (const s of doc.statements) {
      statements++;
      if (s.claim !== claim.id)
        throw new Error(`a statement about ${s.claim} in ${claim.id}'s document ${position}`);
      window.statements.set(`${s.type}|${s.source}|${s.claim}|${article.id}`, {
        ...s,
        article: article.id,
      });
      const ms = Date.parse(s.at);
      if (!window.firstSeen || ms < window.firstSeen.ms) window.firstSeen = { ms, at: s.at };
      for (const cited of s.citing)
        window.citations.set(`${s.source}|${cited}|${article.id}`, {
          from: s.source,
          to: cited,
          article: article.id,
          at: s.at,
        });
    }
  }
  await flushWindow();

  let bytes = 0;
  for (const csv of Object.values(w)) bytes += await csv.close();
  return {
    documents,
    statements,
    emptyTopics,
    multiline: f.multiline,
    rows: Object.fromEntries(PER_CLAIM.map((k) => [k, w[k].rows])) as Record<PerClaim, number>,
    bytes,
    actors: [...actors.values()],
    outlets: [...outlets.values()],
  };
}

const tsxCli = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

/** writeCsvPart in a child process (this file's CLI), for a core of its own. */
async function writeCsvPartApart(
  corpus: Corpus,
  range: { from: number; to: number },
  dir: string,
  part: number,
): Promise<PartSummary> {
  const summaryFile = join(dir, `part${part}.json`);
  const child = spawn(
    process.execPath,
    [tsxCli, thisFile, '--csv-part', JSON.stringify({ corpus, range, dir, part, summaryFile })],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`CSV part ${part} failed (exit ${code}):\n${stderr.trim()}`);
  return JSON.parse(readFileSync(summaryFile, 'utf8')) as PartSummary;
}

export interface CsvSet {
  dir: string;
  /** --nodes and --relationships arguments. */
  args: string[];
  bytes: number;
  nodes: number;
  relationships: number;
  documents: number;
  statements: number;
  emptyAliases: number;
  emptyTopics: number;
  multiline: boolean;
}

/**
 * Streams the synthetic corpus into bulk-import CSV files in `dir` (created): `parts` ranges of
 * claims, each in a process of its own when there are several, then outlets and actors merged
 * over all of them in stream order.
 */
export async function writeCsv(corpus: Corpus, dir: string, parts = 1): Promise<CsvSet> {
  mkdirSync(dir, { recursive: true });
  for (const k of FILE_KEYS) writeFileSync(headerFile(dir, k), `${FILES[k].header}\n`);
  const n = Math.max(1, Math.min(parts, corpus.claims));
  const ranges = Array.from({ length: n }, (_, i) => ({
    from: Math.floor((corpus.claims * i) / n),
    to: Math.floor((corpus.claims * (i + 1)) / n),
  }));
  const summaries =
    n === 1
      ? [await writeCsvPart(corpus, ranges[0]!, dir, 0)]
      : await Promise.all(ranges.map((r, i) => writeCsvPartApart(corpus, r, dir, i)));

  // Merging part after part is merging document after document: the rule is associative.
  const actors = new Map<string, NormalizedActor>();
  const outlets = new Map<string, NormalizedOutlet>();
  for (const s of summaries) {
    for (const a of s.actors) actors.set(a.id, mergeStated(actors.get(a.id), a));
    for (const o of s.outlets) outlets.set(o.id, mergeStated(outlets.get(o.id), o));
  }
  const f = new Fields();
  const actorsCsv = new CsvFile(partFile(dir, 'actors', 0));
  let emptyAliases = 0;
  for (const a of actors.values()) {
    if (a.aliases.length === 0) emptyAliases++;
    actorsCsv.row([
      f.id(a.id),
      f.str(a.name),
      f.str(a.kind),
      f.opt(a.role),
      f.opt(a.country),
      f.list(a.aliases),
      // reduce(t = '', x IN aliases | t + ' ' + x): "" when there are none.
      f.str(a.aliases.map((x) => ` ${x}`).join('')),
    ]);
  }
  const outletsCsv = new CsvFile(partFile(dir, 'outlets', 0));
  for (const o of outlets.values())
    outletsCsv.row([f.id(o.id), f.str(o.name), f.opt(o.domain), f.opt(o.country)]);

  const rows = (k: FileKey) =>
    k === 'actors'
      ? actorsCsv.rows
      : k === 'outlets'
        ? outletsCsv.rows
        : summaries.reduce((sum, s) => sum + s.rows[k], 0);
  let bytes = (await actorsCsv.close()) + (await outletsCsv.close());
  for (const k of FILE_KEYS) bytes += statSync(headerFile(dir, k)).size;
  for (const s of summaries) bytes += s.bytes;
  const files = (k: FileKey) =>
    [
      headerFile(dir, k),
      ...(k === 'actors' || k === 'outlets' ? [0] : summaries.map((_, i) => i)).map((i) =>
        partFile(dir, k, i),
      ),
    ].join(',');
  const group = (k: FileKey) => {
    const spec = FILES[k] as { labels?: string; type?: string };
    if (spec.labels) return `--nodes=${spec.labels}=${files(k)}`;
    return `--relationships=${spec.type ? `${spec.type}=` : ''}${files(k)}`;
  };
  const isNode = (k: FileKey) => 'labels' in FILES[k];
  return {
    dir,
    args: FILE_KEYS.map(group),
    bytes,
    nodes: FILE_KEYS.filter(isNode).reduce((sum, k) => sum + rows(k), 0),
    relationships: FILE_KEYS.filter((k) => !isNode(k)).reduce((sum, k) => sum + rows(k), 0),
    documents: summaries.reduce((sum, s) => sum + s.documents, 0),
    statements: summaries.reduce((sum, s) => sum + s.statements, 0),
    emptyAliases,
    emptyTopics: summaries.reduce((sum, s) => sum + s.emptyTopics, 0),
    multiline: f.multiline || summaries.some((s) => s.multiline),
  };
}

// --- The admin import ---

const javaBin = () => (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

/** neo4j-admin database import full into `neo4j` of the (stopped) instance; its output to `logFile`. */
async function adminImport(target: Instance, csv: CsvSet, logFile: string): Promise<void> {
  const home = homeOf(target);
  const args = [
    '-Xmx1g',
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${libDir}/*`,
    `-Dbasedir=${home}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // Before the options: --nodes and --relationships take any number of files.
    'neo4j',
    '--overwrite-destination=true',
    '--id-type=string',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    // Fault-free input or no import: a duplicate id or a dangling relationship is a bug here.
    '--bad-tolerance=0',
    '--skip-duplicate-nodes=false',
    '--skip-bad-relationships=false',
    `--multiline-fields=${csv.multiline}`,
    `--report-file=${join(csv.dir, 'import.report')}`,
    ...csv.args,
  ];
  const out = openSync(logFile, 'w');
  try {
    const child = spawn(javaBin(), args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      stdio: ['ignore', out, out],
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      const report = join(csv.dir, 'import.report');
      const bad = existsSync(report) ? readFileSync(report, 'utf8').slice(0, 4000) : '';
      throw new Error(
        `neo4j-admin database import failed (exit ${code}); log ${logFile}:\n${tail}${bad ? `\nReport:\n${bad}` : ''}`,
      );
    }
  } finally {
    closeSync(out);
  }
}

const seconds = (since: number) => (Date.now() - since) / 1000;

/**
 * Replaces the `neo4j` database of `target` with the synthetic corpus of `options`, through CSV
 * files and the offline importer, then starts the server and applies the schema. Leaves the
 * server running.
 */
export async function bulkLoad(
  target: Instance,
  options: BulkLoadOptions,
): Promise<BulkLoadResult> {
  const log = options.log ?? console.log;
  const begun = Date.now();
  const home = homeOf(target);
  const csvRoot = join(home, 'import-csv');
  mkdirSync(csvRoot, { recursive: true });
  const dir = mkdtempSync(join(csvRoot, `synthetic-${options.claims}-${options.seed}-`));
  try {
    let t = Date.now();
    log(`Writing CSV for ${options.claims} claims (seed ${options.seed}) to ${dir} ...`);
    const parts =
      options.parts ?? (options.claims >= 20_000 ? Math.min(availableParallelism(), 4) : 1);
    const csv = await writeCsv(
      { claims: options.claims, seed: options.seed, ...options.copying },
      dir,
      parts,
    );
    const csvSeconds = seconds(t);
    log(
      `  ${csv.documents} documents, ${csv.statements} statements → ${csv.nodes} nodes, ${csv.relationships} relationships, ` +
        `${(csv.bytes / 2 ** 20).toFixed(1)} MiB of CSV in ${csvSeconds.toFixed(1)} s`,
    );

    t = Date.now();
    // The admin tool reads the instance's neo4j.conf, which start() writes: a first start makes it.
    if (!existsSync(join(home, 'conf', 'neo4j.conf'))) await start(target, log);
    await stop(target);
    const logFile = join(home, 'logs', 'bulk-import.log');
    mkdirSync(join(home, 'logs'), { recursive: true });
    log(`Importing with neo4j-admin database import full (log: ${logFile}) ...`);
    await adminImport(target, csv, logFile);
    const importSeconds = seconds(t);
    log(`  imported in ${importSeconds.toFixed(1)} s`);
    if (!options.keepCsv) rmSync(dir, { recursive: true, force: true });

    t = Date.now();
    await start(target, log);
    const db = openLocal(target);
    try {
      // What the transactional import stores and CSV cannot say: empty lists.
      if (csv.emptyAliases > 0)
        await db.write(`MATCH (n:Actor) WHERE n.aliases IS NULL SET n.aliases = []`);
      if (csv.emptyTopics > 0) await setEmptyTopics(db);
      const [counts] = await db.read(
        `CALL () { MATCH (n) RETURN count(n) AS nodes }
         CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
         RETURN nodes, relationships`,
      );
      const nodes = Number(counts?.nodes);
      const relationships = Number(counts?.relationships);
      if (nodes !== csv.nodes || relationships !== csv.relationships)
        throw new Error(
          `the imported store has ${nodes} nodes and ${relationships} relationships; the CSV files have ${csv.nodes} and ${csv.relationships}`,
        );
      const startSeconds = seconds(t);
      log(`  server started in ${startSeconds.toFixed(1)} s`);

      t = Date.now();
      log('Applying the schema (constraints, indexes, full-text) and waiting for the indexes ...');
      await applySchema(db);
      const schemaSeconds = seconds(t);
      log(`  schema and indexes in ${schemaSeconds.toFixed(1)} s`);
      return {
        seconds: seconds(begun),
        nodes,
        relationships,
        documents: csv.documents,
        statements: csv.statements,
        csvBytes: csv.bytes,
        phases: {
          csv: csvSeconds,
          import: importSeconds,
          start: startSeconds,
          schema: schemaSeconds,
        },
      };
    } finally {
      await db.close();
    }
  } finally {
    if (!options.keepCsv) rmSync(dir, { recursive: true, force: true });
  }
}

/** topics = [] where the import wrote none, in transactions of bounded size. */
async function setEmptyTopics(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(
      `MATCH (n:Claim) WHERE n.topics IS NULL
       CALL (n) { SET n.topics = [] } IN TRANSACTIONS OF 50000 ROWS`,
    );
  } finally {
    await session.close();
  }
}

// --- CLI ---

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const partArg = flag('csv-part');
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && partArg) {
  // A part of writeCsv, in a process of its own (writeCsvPartApart).
  const p = JSON.parse(partArg) as {
    corpus: Corpus;
    range: { from: number; to: number };
    dir: string;
    part: number;
    summaryFile: string;
  };
  writeFileSync(
    p.summaryFile,
    JSON.stringify(await writeCsvPart(p.corpus, p.range, p.dir, p.part)),
  );
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const claims = Number(flag('claims') ?? 100_000);
  const seed = Number(flag('seed') ?? 1);
  const name = flag('instance') ?? 'bench';
  if (name !== 'bench' && name !== 'dev' && name !== 'test') {
    console.error(`unknown instance '${name}': bench, dev or test (its graph is replaced)`);
    process.exit(2);
  }
  const target = instance(name as InstanceName);
  try {
    const r = await bulkLoad(target, {
      claims,
      seed,
      keepCsv: process.argv.includes('--keep-csv'),
    });
    console.log(
      [
        `Bulk-loaded ${claims} claims (seed ${seed}) into ${target.name} (${boltUri(target)}) in ${r.seconds.toFixed(1)} s:`,
        `  ${r.documents} documents, ${r.statements} statements → ${r.nodes} nodes, ${r.relationships} relationships`,
        `  CSV ${r.phases.csv.toFixed(1)} s (${(r.csvBytes / 2 ** 20).toFixed(1)} MiB), admin import ${r.phases.import.toFixed(1)} s, ` +
          `start ${r.phases.start.toFixed(1)} s, schema and indexes ${r.phases.schema.toFixed(1)} s`,
      ].join('\n'),
    );
    if (!process.argv.includes('--keep-running')) await stop(target);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
