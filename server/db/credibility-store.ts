// Credibility: the data comes from Neo4j, the method runs in this process (server/domain/
// credibility.ts). A full recompute reads every claim once, in pages ordered by id, into compact
// arrays (server/domain/credibility-engine.ts), iterates there and writes back one row per source
// and one per claim whose settled predictions changed. Pages keep what one read holds bounded;
// a graph too large for one machine's memory could hand the pages to several.
import type { Database } from './database.ts';
import { int, intWindow, neo4jDateTime, toIso, toNumber, toPage, toSource } from './convert.ts';
import { SOURCE, STATEMENTS, KNOWN } from './projections.ts';
import {
  ASSERTER,
  DENIER,
  METHOD,
  countPrediction,
  countReports,
  emptyEvidence,
  independentOrigins,
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
import { Corpus } from '../domain/credibility-engine.ts';
import { originsOf } from '../domain/provenance.ts';
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

const PAGE = `
  MATCH (c:Claim) WHERE $after IS NULL OR c.id > $after
  WITH c ORDER BY c.id LIMIT $limit
  ${FACTS}
  RETURN c.id AS id, rating, st, cites, c.credResolution AS resolution, c.credSettled AS keys`;

const CLAIMS = `
  UNWIND $ids AS id
  MATCH (c:Claim {id: id})
  ${FACTS}
  RETURN c.id AS id, rating, st, cites, c.credResolution AS resolution, c.credSettled AS keys`;

const COUNT_CLAIMS = `MATCH (c:Claim) RETURN count(c) AS n`;
const NAMED_SOURCES = `MATCH (s:Source) WHERE NOT s:AnonymousSource RETURN s.id AS id`;

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

export class CredibilityStore {
  constructor(
    private readonly db: Database,
    private readonly pageSize = 20_000,
  ) {}

  /** Reads claims in id order, a page at a time, the next page read while this one is counted. */
  private async *pages(): AsyncGenerator<FactsRow[]> {
    let after: string | null = null;
    const read = (from: string | null) =>
      this.db.read(PAGE, { after: from, limit: int(this.pageSize), asOf: null });
    let next = read(after);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      after = String(rows.at(-1)!.id);
      next = rows.length < this.pageSize ? Promise.resolve([]) : read(after);
      yield rows.map(toFacts);
    }
  }

  async recompute(log: (step: string) => void = () => {}): Promise<CredibilityRun> {
    const started = Date.now();
    const steps: string[] = [];
    const step = (line: string) => {
      steps.push(line);
      log(line);
    };
    let t = Date.now();
    const [count] = await this.db.read(COUNT_CLAIMS);
    const corpus = new Corpus(toNumber(count?.n ?? 0));
    for (const r of await this.db.read(NAMED_SOURCES)) corpus.addSource(String(r.id));
    let counting = 0;
    for await (const page of this.pages()) {
      const c = Date.now();
      for (const f of page) corpus.add(f, f.stored);
      counting += Date.now() - c;
    }
    const size = corpus.size;
    step(
      `read ${size.claims} claims (${size.entries} predictions, ${size.sources} sources): ` +
        `${secondsSince(t).toFixed(1)} s, of which ${(counting / 1000).toFixed(1)} s in memory`,
    );
    t = Date.now();
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
    step(
      `write ${rows.length} sources and ${changes.length} changed settled claims: ${secondsSince(t).toFixed(1)} s`,
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
        independentOrigins: independentOrigins(f),
      };
    });
  }

  async asOf(id: string, asOf: string): Promise<CredibilityRecord | null> {
    const rows = (await this.db.read(AS_OF, { id, asOf: neo4jDateTime(asOf) })).map(toFacts);
    const e = emptyEvidence();
    for (const f of rows) {
      countReports(e, id, f.statements);
      const r = roles(f.statements);
      const role = r.asserters.includes(id) ? ASSERTER : r.deniers.includes(id) ? DENIER : null;
      if (role === null) continue;
      countPrediction(e, role, {
        resolution: resolve(f.rating, f.statements),
        denied: r.deniers.length > 0,
        corroborated: independentOrigins(f) >= 2,
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
