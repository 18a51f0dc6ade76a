// Credibility: the data comes from Neo4j, the method runs in this process (server/domain/
// credibility.ts). A full recompute reads the graph in streamed scans in one read transaction
// (sources, claims, verdicts, statements, citations, and the articles of the few reports a
// citation's source shares with other statements of its own about the claim), each row reduced
// on arrival to a few integers in typed arrays keyed by Neo4j's internal ids; statements and
// citations are grouped by claim in memory (a counting sort), copying between outlets is found
// over every claim (server/domain/credibility-copying.ts), each claim is counted once into the
// engine (server/domain/credibility-engine.ts), which iterates there, and the results are
// written back in batches: one row per source and one per claim whose settled predictions
// changed. A graph too large for one machine's memory could split the scans by ranges of claim
// ids.
import type { Database } from './database.ts';
import { CopyStore } from './copy-store.ts';
import { STATEMENT_TYPES } from '../domain/statements.ts';
import { int, intWindow, neo4jDateTime, toIso, toNumber, toPage, toSource } from './convert.ts';
import { SOURCE, STATEMENTS, KNOWN } from './projections.ts';
import {
  ASSERTER,
  DENIER,
  METHOD,
  countPrediction,
  countReports,
  emptyEvidence,
  confidence,
  resolve,
  roles,
  score,
  settledDelta,
  settledKeys,
  summary,
  type ClaimFacts,
  type Evidence,
  type Resolution,
  type StatementFact,
} from '../domain/credibility.ts';
import { Corpus, IntIndex, Int32List } from '../domain/credibility-engine.ts';
import {
  CopyDetector,
  citesOf,
  copyIndex,
  type Carry,
  type CopyEvidence,
} from '../domain/credibility-copying.ts';
import { independence, originsOf } from '../domain/provenance.ts';
import type { StatementType } from '../domain/statements.ts';
import type { AssessmentRecord, Page, SourceRecord } from '../domain/records.ts';

export { METHOD };

/**
 * Everything the method needs of claim `c`, as known on `$asOf` (null: everything): its latest
 * verdict's rating, its statements (who answers for each, whether a report cites anonymous or
 * named sources in its article) and its citations, from which originsOf walks its origins.
 */
const FACTS = `CALL (c) {
    WITH c, COLLECT { MATCH (f)-[ci:CITED]->(t) WHERE ci.claim = c.id AND ${KNOWN('ci')}
                      RETURN [f.id, ci.article, t.id, t:AnonymousSource, t.citedBy] } AS cites
    RETURN
      head(COLLECT { MATCH (v:Verdict)-[:RATES]->(c) WHERE $asOf IS NULL OR v.reviewedAt <= $asOf
                     RETURN v.rating ORDER BY v.reviewedAt DESC, v.id LIMIT 1 }) AS rating,
      COLLECT { MATCH (s:Source)-[r:${STATEMENTS}]->(c) WHERE ${KNOWN('r')}
                RETURN [type(r), s.id, CASE WHEN s:AnonymousSource THEN s.citedBy ELSE s.id END,
                        any(x IN cites WHERE x[0] = s.id AND x[1] = r.article AND x[3]),
                        any(x IN cites WHERE x[0] = s.id AND x[1] = r.article AND NOT x[3]),
                        s:AnonymousSource] } AS st,
      [x IN cites | [x[0], x[2], x[3], x[4]]] AS cites
  }`;

const CLAIMS = `
  UNWIND $ids AS id
  MATCH (c:Claim {id: id})
  ${FACTS}
  RETURN c.id AS id, rating, st, cites, c.credResolution AS resolution, c.credSettled AS keys`;

// The scans of a full recompute. Internal ids come as floats, which the driver hands over as
// plain numbers (no Integer object per value).
const SCAN_SOURCES = `
  MATCH (s:Source)
  RETURN toFloat(id(s)), s:AnonymousSource, CASE WHEN s:AnonymousSource THEN s.citedBy ELSE s.id END,
         s:Outlet`;
const SCAN_CLAIMS = `MATCH (c:Claim) RETURN toFloat(id(c)), c.id, c.credResolution, c.credSettled`;
const SCAN_RATINGS = `
  MATCH (v:Verdict)-[:RATES]->(c:Claim)
  WITH c, v ORDER BY v.reviewedAt DESC, v.id
  RETURN toFloat(id(c)), head(collect(v.rating))`;
const SCAN_STATEMENTS = `
  MATCH (s:Source)-[r:${STATEMENTS}]->(c:Claim)
  RETURN toFloat(id(c)), toFloat(id(s)), type(r), toFloat(id(r)), toFloat(r.at.epochMillis)`;
// A citation names its claim by id and its article; the report it belongs to is the citing
// source's REPORTED of that claim in that article. A citation is written with its source's
// statement about the claim in that article (statements are never deleted), so when the source
// made one statement about the claim, that is the one, and only when it made several are the
// articles compared (SCAN_REPORT_ARTICLES). Matching every citation's report in Cypher instead
// was 7.3 of the scan's 8.4 million database hits at 100k claims (PROFILE).
const SCAN_CITATIONS = `
  MATCH (f)-[ci:CITED]->(t)
  MATCH (c:Claim {id: ci.claim})
  RETURN toFloat(id(c)), toFloat(id(f)), toFloat(id(t)), ci.article`;
const SCAN_REPORT_ARTICLES = `
  UNWIND $rels AS rel
  MATCH ()-[r:REPORTED]->() WHERE id(r) = toInteger(rel)
  RETURN rel, r.article`;

const WRITE_SOURCES = `
  UNWIND $rows AS row
  MATCH (s:Source {id: row.id})
  SET s += row.props`;

// A claim keeps its settled predictions (who asserted or denied it, and how it was settled) only
// while it is settled: that is what the incremental update takes back when a verdict changes.
const WRITE_SETTLED = `
  UNWIND $rows AS row
  MATCH (c:Claim {id: row.id})
  SET c.credResolution = row.resolution, c.credSettled = row.keys`;

// The likely-copy pairs of the last full run replace the previous run's in one transaction, so
// that a reader sees one run's pairs or the other's.
const DELETE_COPIES = `MATCH (:Outlet)-[l:LIKELY_COPIES]->(:Outlet) DELETE l`;
const WRITE_COPIES = `
  UNWIND $rows AS row
  MATCH (a:Outlet {id: row.copier}), (b:Outlet {id: row.original})
  CREATE (a)-[:LIKELY_COPIES {sharedClaims: row.sharedClaims, sharedFalseClaims: row.sharedFalseClaims,
    copierFirstClaims: row.copierFirstClaims, medianDelayHours: row.medianDelayHours, score: row.score, computedAt: $now}]->(b)`;

const RECORD_RUN = `
  MERGE (r:CredibilityRun {id: 'latest'})
  SET r.methodVersion = $version, r.computedAt = $now, r.seconds = $seconds, r.iterations = $iterations,
      r.sources = $sources, r.claims = $claims, r.steps = $steps
  RETURN r {.*} AS run`;

const LATEST_RUN = `MATCH (r:CredibilityRun {id: 'latest'}) RETURN r {.*} AS run`;

const CREDIBILITY = `s {.credibility, .credPrior, .credTrust, .credClaims, .credConfirmed, .credRefuted, .credDenied,
  .credCorroborated, .credDenials, .credDenialsUpheld, .credDenialsProvenWrong, .credReports,
  .credAnonymousReports, .credReReports, .credComputedAt, .credPriorAt, .credMethod}`;

const BY_SOURCE = `
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source {id: id})
  RETURN CASE WHEN s IS NULL OR s.credComputedAt IS NULL THEN null ELSE ${CREDIBILITY} END AS row`;

const TRUSTS = `
  OPTIONAL MATCH (r:CredibilityRun {id: 'latest'})
  RETURN r.methodVersion AS version,
    COLLECT { UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN [s.id, s.credTrust] } AS trusts`;

// As of a date: the claims the source (or an anonymous source it cites) made a statement on by
// then, each with the facts known by then.
const AS_OF = `
  MATCH (s:Source {id: $id}) WHERE NOT s:AnonymousSource
  CALL (s) {
    MATCH (s)-[r:${STATEMENTS}]->(c:Claim) WHERE r.at <= $asOf RETURN DISTINCT c
    UNION
    MATCH (s)<-[:CITED_BY]-(:AnonymousSource)-[r:${STATEMENTS}]->(c:Claim) WHERE r.at <= $asOf RETURN DISTINCT c
  }
  ${FACTS}
  RETURN c.id AS id, rating, st, cites, null AS resolution, null AS keys`;

const RANKING = `
  MATCH (s:Source)
  WHERE s.credClaims > 0 AND ($kind IS NULL OR $kind IN labels(s))
  WITH s ORDER BY s.credibility DESC, s.credClaims DESC, s.id
  WITH collect(s) AS ranked
  RETURN size(ranked) AS total, [s IN ranked[$skip..$skip + $limit] | ${SOURCE}] AS page`;

export interface CredibilityRecord extends ReturnType<typeof score> {
  evidence: Evidence & { summary: string[] };
  methodVersion: string;
  /** When the score was last brought up to date (a full run, or a verdict since). */
  computedAt: string;
  /** When the truth-discovery prior was computed: the last full run (null as of a date). */
  priorComputedAt: string | null;
  asOf: string | null;
}

export interface CredibilityRun {
  methodVersion: string;
  computedAt: string;
  seconds: number;
  iterations: number;
  sources: number;
  claims: number;
  /** Where the time went, one line per part. */
  steps: string[];
}

interface FactsRow extends ClaimFacts {
  stored: { resolution: number; keys: string[] };
}

function toFacts(r: Record<string, unknown>): FactsRow {
  const st = r.st as [StatementType, string, string | null, boolean, boolean, boolean][];
  const cites = r.cites as [string, string, boolean, string | null][];
  const statements = st.map(
    ([type, source, accountable, citesAnonymous, citesNamed]): StatementFact => ({
      type,
      source,
      accountable,
      citesAnonymous,
      citesNamed,
    }),
  );
  return {
    id: String(r.id),
    rating: (r.rating as string | null) ?? null,
    statements,
    origins: originsOf(
      st.map(([type, id, accountable, , , anonymous]) => ({
        type,
        source: { id, anonymous, citedBy: anonymous ? accountable : null },
      })),
      cites.map(([from, id, anonymous, citedBy]) => ({ from, to: { id, anonymous, citedBy } })),
    ),
    stored: {
      resolution: r.resolution == null ? 0 : toNumber(r.resolution),
      keys: (r.keys as string[] | null) ?? [],
    },
  };
}

const toRun = (r: Record<string, unknown>): CredibilityRun => ({
  methodVersion: String(r.methodVersion),
  computedAt: toIso(r.computedAt) ?? '',
  seconds: Number(r.seconds),
  iterations: toNumber(r.iterations),
  sources: toNumber(r.sources),
  claims: toNumber(r.claims),
  steps: (r.steps as string[] | null) ?? [],
});

const EVIDENCE_PROPS: [keyof Evidence, string][] = [
  ['claims', 'credClaims'],
  ['confirmed', 'credConfirmed'],
  ['refuted', 'credRefuted'],
  ['denied', 'credDenied'],
  ['corroborated', 'credCorroborated'],
  ['denials', 'credDenials'],
  ['denialsUpheld', 'credDenialsUpheld'],
  ['denialsProvenWrong', 'credDenialsProvenWrong'],
  ['reports', 'credReports'],
  ['anonymousReports', 'credAnonymousReports'],
  ['reReports', 'credReReports'],
];

const evidenceOf = (s: Record<string, unknown>): Evidence => {
  const e = emptyEvidence();
  for (const [k, prop] of EVIDENCE_PROPS) e[k] = s[prop] == null ? 0 : toNumber(s[prop]);
  return e;
};

function record(
  e: Evidence,
  priorMean: number,
  meta: Pick<CredibilityRecord, 'methodVersion' | 'computedAt' | 'priorComputedAt' | 'asOf'>,
): CredibilityRecord {
  return { ...score(e, priorMean), evidence: { ...e, summary: summary(e) }, ...meta };
}

const secondsSince = (t: number) => (Date.now() - t) / 1000;

const TYPE_CODE = new Map<string, number>(STATEMENT_TYPES.map((t, i) => [t, i]));
const REPORTED = TYPE_CODE.get('REPORTED')!;

/**
 * The scans of a full recompute, into typed arrays: per statement its claim, source node, type
 * and relationship id (4 + 4 + 4 + 8 bytes); per citation its claim, both ends and the report it
 * belongs to (4 + 4 + 4 + 8); per claim its id string (kept to write back), stored resolution and
 * rating. Then copying is found, and every claim is counted once.
 */
async function scan(db: Database): Promise<Scanned> {
  // Per node: a named source is its index in the corpus + 1; an anonymous source is -1 when no
  // outlet cites it, else -(index of that outlet + 2).
  const node = new IntIndex();
  const claimOf = new IntIndex();
  const corpus = new Corpus(1 << 16);
  const ids: string[] = [];
  const stored = new Int32List();
  const storedKeys = new Map<number, string[]>();
  const ratings = new Map<number, string>();
  const st = {
    claim: new Int32List(),
    node: new Int32List(),
    type: new Int32List(),
    rel: [] as number[],
    at: [] as number[],
  };
  const ci = {
    claim: new Int32List(),
    from: new Int32List(),
    to: new Int32List(),
    rel: [] as number[],
  };
  const anonymous: [number, string | null][] = [];
  const outlets = new Set<string>();
  const claims = () => ids.length;
  // Statements and citations grouped by claim (a counting sort): per claim its range in `order`.
  const byClaim = (claim: Int32List) => {
    const n = claims();
    const start = new Int32Array(n + 1);
    for (let i = 0; i < claim.length; i++) start[claim.data[i]! + 1]!++;
    for (let c = 0; c < n; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, n);
    const order = new Int32Array(claim.length);
    for (let i = 0; i < claim.length; i++) order[next[claim.data[i]!]!++] = i;
    return { start, order };
  };
  let sts: ReturnType<typeof byClaim> | undefined;
  let grouping = 0;
  /** Citations whose report is one of several statements by their source about the claim. */
  const pending: { citation: number; article: string }[] = [];
  const articles = new Map<number, string>();
  const reportsOf = (claim: number, from: number) => {
    const out: number[] = [];
    for (let k = sts!.start[claim]!; k < sts!.start[claim + 1]!; k++) {
      const i = sts!.order[k]!;
      if (st.node.data[i] === from && st.type.data[i] === REPORTED) out.push(i);
    }
    return out;
  };
  let t = Date.now();
  await db.readStream([
    {
      query: SCAN_SOURCES,
      onRow: (v) => {
        if (v(1)) anonymous.push([v(0) as number, v(2) as string | null]);
        else node.set(v(0) as number, corpus.addSource(String(v(2))) + 1);
        if (v(3)) outlets.add(String(v(2)));
      },
    },
    {
      query: SCAN_CLAIMS,
      onRow: (v) => {
        claimOf.set(v(0) as number, ids.length + 1);
        const keys = v(3) as string[] | null;
        if (keys) storedKeys.set(ids.length, keys);
        ids.push(String(v(1)));
        stored.push(v(2) == null ? 0 : toNumber(v(2)));
      },
    },
    {
      query: SCAN_RATINGS,
      onRow: (v) => void ratings.set(claimOf.get(v(0) as number) - 1, String(v(1))),
    },
    {
      query: SCAN_STATEMENTS,
      onRow: (v) => {
        st.claim.push(claimOf.get(v(0) as number) - 1);
        st.node.push(v(1) as number);
        st.type.push(TYPE_CODE.get(v(2) as string)!);
        st.rel.push(v(3) as number);
        st.at.push((v(4) as number | null) ?? 0);
      },
    },
    {
      query: SCAN_CITATIONS,
      onRow: (v) => {
        const claim = claimOf.get(v(0) as number) - 1;
        const from = v(1) as number;
        ci.claim.push(claim);
        ci.from.push(from);
        ci.to.push(v(2) as number);
        // The statements are all read by now: group them once, then look among the claim's.
        if (!sts) {
          const started = Date.now();
          sts = byClaim(st.claim);
          grouping += Date.now() - started;
        }
        let statement = -1;
        let count = 0;
        for (let k = sts.start[claim]!; k < sts.start[claim + 1]!; k++)
          if (st.node.data[sts.order[k]!] === from) {
            statement = sts.order[k]!;
            count++;
          }
        if (count === 1)
          ci.rel.push(st.type.data[statement] === REPORTED ? st.rel[statement]! : -1);
        else if (count === 0) ci.rel.push(-1);
        else {
          pending.push({ citation: ci.rel.length, article: String(v(3)) });
          ci.rel.push(-1);
        }
      },
    },
    {
      // The source made several statements about the claim: its reports' articles decide.
      query: SCAN_REPORT_ARTICLES,
      params: () => {
        const rels = new Set<number>();
        for (const { citation } of pending)
          for (const i of reportsOf(ci.claim.data[citation]!, ci.from.data[citation]!))
            rels.add(st.rel[i]!);
        return { rels: [...rels] };
      },
      onRow: (v) => void articles.set(v(0) as number, String(v(1))),
    },
  ]);
  for (const { citation, article } of pending)
    for (const i of reportsOf(ci.claim.data[citation]!, ci.from.data[citation]!))
      if (articles.get(st.rel[i]!) === article) ci.rel[citation] = st.rel[i]!;
  for (const [n, citedBy] of anonymous)
    node.set(n, citedBy === null ? -1 : -(corpus.addSource(citedBy) + 2));
  const reading = Date.now() - t - grouping;

  t = Date.now();
  const grouped = (sts ??= byClaim(st.claim));
  const cis = byClaim(ci.claim);
  grouping += Date.now() - t;
  const sources = corpus.sources;
  const name = (n: number) => {
    const code = node.get(n);
    return code > 0 ? sources[code - 1]! : `#${n}`;
  };
  const end = (n: number) => {
    const code = node.get(n);
    const anonymous = code < 0;
    return { id: name(n), anonymous, citedBy: code < -1 ? sources[-code - 2]! : null };
  };
  // Each claim is assembled twice: once to find copying (it needs every claim), once to count.
  const claimFacts = (c: number) => {
    const citations = [];
    const citationRels: number[] = [];
    const citationToAnonymous: boolean[] = [];
    for (let k = cis.start[c]!; k < cis.start[c + 1]!; k++) {
      const i = cis.order[k]!;
      const to = end(ci.to.data[i]!);
      citations.push({ from: name(ci.from.data[i]!), to });
      citationRels.push(ci.rel[i]!);
      citationToAnonymous.push(to.anonymous);
    }
    const statements: StatementFact[] = [];
    const ends = [];
    const carries = new Map<string, Carry>();
    for (let k = grouped.start[c]!; k < grouped.start[c + 1]!; k++) {
      const i = grouped.order[k]!;
      const source = end(st.node.data[i]!);
      const type = STATEMENT_TYPES[st.type.data[i]!]!;
      let citesAnonymous = false;
      let citesNamed = false;
      for (let j = 0; j < citationRels.length; j++)
        if (citationRels[j] === st.rel[i]) {
          if (citationToAnonymous[j]) citesAnonymous = true;
          else citesNamed = true;
        }
      const accountable = source.anonymous ? source.citedBy : source.id;
      statements.push({ type, source: source.id, accountable, citesAnonymous, citesNamed });
      ends.push({ type, source });
      if (type === 'REPORTED' && outlets.has(source.id)) {
        const seen = carries.get(source.id);
        const at = st.at[i]!;
        if (!seen || at < seen.at)
          carries.set(source.id, {
            outlet: source.id,
            at,
            cites: citesOf(citesAnonymous, citesNamed),
          });
      }
    }
    const facts = { id: ids[c]!, rating: ratings.get(c) ?? null, statements, origins: [] };
    return { facts, ends, citations, carries: [...carries.values()] };
  };
  t = Date.now();
  const detector = new CopyDetector();
  for (let c = 0; c < claims(); c++) {
    const { facts, carries } = claimFacts(c);
    detector.add(carries, resolve(facts.rating, facts.statements));
  }
  const copies = detector.copies();
  const index = copyIndex(copies);
  const copying = Date.now() - t;
  t = Date.now();
  for (let c = 0; c < claims(); c++) {
    const { facts, ends, citations, carries } = claimFacts(c);
    const origins = originsOf(ends, citations);
    const firstReported = new Map(carries.map((k) => [k.outlet, k.at]));
    const merged = new Set(
      independence(origins, { firstReported, copies: index }).mergedOrigins.map((m) => m.origin),
    );
    corpus.add(
      { ...facts, origins: origins.filter((o) => !merged.has(o.id)) },
      { resolution: stored.data[c]!, keys: storedKeys.get(c) ?? [] },
      merged,
    );
  }
  const counting = Date.now() - t;
  return { corpus, copies, ms: { reading, grouping, copying, counting } };
}

/** What the scans of a full recompute give, and the milliseconds each part took. */
interface Scanned {
  corpus: Corpus;
  copies: CopyEvidence[];
  ms: { reading: number; grouping: number; copying: number; counting: number };
}

export class CredibilityStore {
  constructor(private readonly db: Database) {}

  async recompute(log: (step: string) => void = () => {}): Promise<CredibilityRun> {
    const started = Date.now();
    const steps: string[] = [];
    const step = (line: string) => {
      steps.push(line);
      log(line);
    };
    const { corpus, copies, ms } = await scan(this.db);
    const size = corpus.size;
    const s = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
    step(`read ${size.claims} claims in six streamed scans: ${s(ms.reading)}`);
    step(`group statements and citations by claim in memory: ${s(ms.grouping)}`);
    step(`copy detection over every claim: ${s(ms.copying)} (${copies.length} likely copies)`);
    step(
      `origins, copies merged and predictions counted per claim (${size.entries} predictions, ` +
        `${size.sources} sources): ${s(ms.counting)}`,
    );
    let t = Date.now();
    const results = corpus.compute();
    step(`truth discovery and scores in memory: ${secondsSince(t).toFixed(1)} s`);

    t = Date.now();
    const now = neo4jDateTime(new Date().toISOString());
    const rows = results.map((r) => {
      const props: Record<string, unknown> = {
        credibility: score(r.evidence, r.prior).score,
        credPrior: r.prior,
        credTrust: r.trust,
        credComputedAt: now,
        credPriorAt: now,
        credMethod: METHOD.version,
      };
      for (const [k, prop] of EVIDENCE_PROPS) props[prop] = int(r.evidence[k]);
      return { id: r.id, props };
    });
    for (let i = 0; i < rows.length; i += 5000)
      await this.db.write(WRITE_SOURCES, { rows: rows.slice(i, i + 5000) });
    const changes = corpus.changes.map((c) => ({
      id: c.id,
      resolution: c.resolution === 0 ? null : int(c.resolution),
      keys: c.resolution === 0 ? null : c.keys,
    }));
    for (let i = 0; i < changes.length; i += 10_000)
      await this.db.write(WRITE_SETTLED, { rows: changes.slice(i, i + 10_000) });
    const pairs = copies.map((c) => ({
      ...c,
      sharedClaims: int(c.sharedClaims),
      sharedFalseClaims: int(c.sharedFalseClaims),
      copierFirstClaims: int(c.copierFirstClaims),
    }));
    await this.db.writeTransaction(async (tx) => {
      await tx.run(DELETE_COPIES);
      for (let i = 0; i < pairs.length; i += 5000)
        await tx.run(WRITE_COPIES, { rows: pairs.slice(i, i + 5000), now });
    });
    step(
      `write ${rows.length} sources, ${changes.length} changed settled claims and ${pairs.length} likely copies: ${secondsSince(t).toFixed(1)} s`,
    );
    const [row] = await this.db.write(RECORD_RUN, {
      version: METHOD.version,
      now,
      seconds: secondsSince(started),
      iterations: int(METHOD.iterations),
      sources: int(rows.length),
      claims: int(size.claims),
      steps,
    });
    return toRun(row!.run as Record<string, unknown>);
  }

  /**
   * Brings the settled part of every source answering for these claims up to date after a
   * verdict or an import, exactly as a full recompute would count it, without one: each claim's
   * stored settled predictions are taken back and its current ones counted in. The prior stays
   * the last full run's. Does nothing before the first full run of this method.
   */
  async settle(claimIds: readonly string[]): Promise<number> {
    if (claimIds.length === 0) return 0;
    const run = await this.latestRun();
    if (run?.methodVersion !== METHOD.version) return 0;
    return this.db.writeTransaction(async (tx) => {
      // Locks the claims first, so that two verdicts on one claim are counted one after the other.
      await tx.run(
        `UNWIND $ids AS id MATCH (c:Claim {id: id}) SET c.credLock = true REMOVE c.credLock`,
        {
          ids: claimIds,
        },
      );
      const facts = (await tx.run(CLAIMS, { ids: claimIds, asOf: null })).map(toFacts);
      const deltas = new Map<string, Evidence>();
      const move = (key: string, resolution: Resolution, by: number) => {
        const d = settledDelta(key, resolution);
        if (!d) return;
        const e = deltas.get(d[0]) ?? emptyEvidence();
        e[d[1]] += by;
        deltas.set(d[0], e);
      };
      const changed = [];
      for (const f of facts) {
        const resolution = resolve(f.rating, f.statements);
        const keys = settledKeys(roles(f.statements), resolution);
        if (f.stored.resolution === resolution && String(f.stored.keys) === String(keys)) continue;
        for (const k of f.stored.keys) move(k, f.stored.resolution as Resolution, -1);
        for (const k of keys) move(k, resolution, 1);
        changed.push({
          id: f.id,
          resolution: resolution === 0 ? null : int(resolution),
          keys: resolution === 0 ? null : keys,
        });
      }
      if (changed.length === 0) return 0;
      await tx.run(WRITE_SETTLED, { rows: changed });
      const ids = [...deltas.keys()];
      const current = await tx.run(
        `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, ${CREDIBILITY} AS s`,
        { ids },
      );
      const now = neo4jDateTime(new Date().toISOString());
      const rows = current.map((r) => {
        const s = r.s as Record<string, unknown>;
        const e = evidenceOf(s);
        const d = deltas.get(String(r.id))!;
        for (const k of ['confirmed', 'refuted', 'denialsUpheld', 'denialsProvenWrong'] as const)
          e[k] += d[k];
        const priorMean = s.credPrior == null ? METHOD.neutral : Number(s.credPrior);
        const props: Record<string, unknown> = {
          credibility: score(e, priorMean).score,
          credPrior: priorMean,
          credComputedAt: now,
          credMethod: METHOD.version,
        };
        for (const [k, prop] of EVIDENCE_PROPS) props[prop] = int(e[k]);
        return { id: String(r.id), props };
      });
      await tx.run(WRITE_SOURCES, { rows });
      return rows.length;
    });
  }

  async latestRun(): Promise<CredibilityRun | null> {
    const [row] = await this.db.read(LATEST_RUN);
    return row ? toRun(row.run as Record<string, unknown>) : null;
  }

  async bySourceIds(ids: readonly string[]): Promise<(CredibilityRecord | null)[]> {
    const rows = await this.db.read(BY_SOURCE, { ids });
    return rows.map((r) => {
      const s = r.row as Record<string, unknown> | null;
      if (!s) return null;
      return record(evidenceOf(s), Number(s.credPrior), {
        methodVersion: String(s.credMethod),
        computedAt: toIso(s.credComputedAt) ?? '',
        priorComputedAt: toIso(s.credPriorAt),
        asOf: null,
      });
    });
  }

  /** A claim's assessment now: settled by its verdicts, or believed by its sources' last trust. */
  async assessments(ids: readonly string[]): Promise<(AssessmentRecord | null)[]> {
    const facts = new Map(
      (await this.db.read(CLAIMS, { ids, asOf: null })).map((r) => [String(r.id), toFacts(r)]),
    );
    const involved = new Set<string>();
    for (const f of facts.values())
      for (const s of f.statements) if (s.accountable) involved.add(s.accountable);
    const [t] = await this.db.read(TRUSTS, { ids: [...involved] });
    if (t?.version == null) return ids.map(() => null);
    const trust = new Map(
      (t.trusts as [string, number | null][]).map(([id, v]) => [id, v ?? METHOD.neutral]),
    );
    return ids.map((id) => {
      const f = facts.get(id);
      if (!f) return null;
      const resolution = resolve(f.rating, f.statements);
      return {
        claimId: id,
        confidence: confidence(
          resolution,
          roles(f.statements),
          (s) => trust.get(s) ?? METHOD.neutral,
        ),
        resolution: resolution > 0 ? 'CONFIRMED' : resolution < 0 ? 'REFUTED' : 'UNRESOLVED',
        origins: f.origins,
      };
    });
  }

  async asOf(id: string, asOf: string): Promise<CredibilityRecord | null> {
    const rows = (await this.db.read(AS_OF, { id, asOf: neo4jDateTime(asOf) })).map(toFacts);
    // Likely copies are merged as in every count (docs/credibility.md, "As of a date").
    const copying = await new CopyStore(this.db).byClaim(
      rows.map((f) => f.id),
      asOf,
    );
    const e = emptyEvidence();
    for (const [i, f] of rows.entries()) {
      countReports(e, id, f.statements);
      const r = roles(f.statements);
      const role = r.asserters.includes(id) ? ASSERTER : r.deniers.includes(id) ? DENIER : null;
      if (role === null) continue;
      countPrediction(e, role, {
        resolution: resolve(f.rating, f.statements),
        denied: r.deniers.length > 0,
        corroborated: independence(f.origins, copying[i]!).independentOrigins >= 2,
        confidence: METHOD.neutral,
      });
    }
    // The truth-discovery pass is global and is not rerun for one source and date: neutral prior.
    return record(e, METHOD.neutral, {
      methodVersion: METHOD.version,
      computedAt: asOf,
      priorComputedAt: null,
      asOf,
    });
  }

  async ranking(
    kind: string | null,
    window: { skip: number; limit: number },
  ): Promise<Page<SourceRecord>> {
    const [row] = await this.db.read(RANKING, { kind, ...intWindow(window) });
    return toPage(row, toSource, window);
  }
}
