// Credibility, computed in the database in batches (CALL { … } IN TRANSACTIONS), so that it
// scales with Neo4j rather than with this process. The method is documented in the README
// ("Credibility"); its constants are METHOD below.
import type { Database } from './database.ts';
import { int, intWindow, neo4jDateTime, toIso, toNumber, toPage, toSource } from './convert.ts';
import { CITED, SOURCE } from './projections.ts';
import { RESOLVING } from '../domain/statements.ts';
import type { Page, SourceRecord } from '../domain/records.ts';

export const METHOD = {
  version: 'credibility-v1',
  /** Truth-discovery passes (claims from sources, sources from claims). */
  iterations: 5,
  /** TruthFinder's dampening factor on a claim's support. */
  gamma: 0.8,
  /** How much an echo (a re-report with attribution) supports a claim, relative to an origin. */
  echoWeight: 0.1,
  /** Pseudo-claims of prior evidence, at the prior mean, in the Beta posterior and in trust smoothing. */
  priorStrength: 2,
  neutral: 0.5,
  /** Trust is kept inside this range so that -ln(1 - t) stays finite. */
  maxTrust: 0.95,
  batch: 5000,
};

const TRUE_RATINGS = ['TRUE', 'MOSTLY_TRUE'];
const FALSE_RATINGS = ['FALSE', 'MOSTLY_FALSE'];

/**
 * How claim `c` is settled (1 true, -1 false, 0 open), given `rating`, its latest verdict's
 * rating (null without one), and `known(x)`, which statement `x` counts (all, or those up to a
 * date): a verdict decides when it has one; without a verdict a confirmation makes it true,
 * and its asserter retracting it makes it false. The one definition of claim resolution.
 */
const RESOLUTION = (known: (x: string) => string) => `CASE
      WHEN rating IN ${JSON.stringify(TRUE_RATINGS)} THEN 1
      WHEN rating IN ${JSON.stringify(FALSE_RATINGS)} THEN -1
      WHEN rating IS NOT NULL THEN 0
      WHEN EXISTS { (:Source)-[x:${RESOLVING.true}]->(c) WHERE ${known('x')} } THEN 1
      WHEN EXISTS { (o:Source)-[x:${RESOLVING.false}]->(c) WHERE ${known('x')} AND EXISTS { (o)-[:SAID|REPORTED]->(c) } } THEN -1
      ELSE 0 END`;

const RESOLVE_CLAIMS = `
  MATCH (c:Claim)
  CALL (c) {
    OPTIONAL MATCH (c)<-[:RATES]-(v:Verdict)
    WITH c, v ORDER BY v.reviewedAt DESC
    WITH c, head(collect(v.rating)) AS rating
    WITH c, rating,
      // Who answers for the claim: who said it (for an anonymous source, the outlet citing it),
      // and outlets reporting it on their own or on anonymous sources.
      COLLECT {
        MATCH (s:Source)-[:SAID]->(c) WITH CASE WHEN s:AnonymousSource THEN s.citedBy ELSE s.id END AS id WHERE id IS NOT NULL RETURN id
        UNION
        MATCH (o:Source)-[r:REPORTED]->(c)
        WHERE NOT EXISTS { ${CITED('o', 'c', 'r.article')} }
           OR EXISTS { ${CITED('o', 'c', 'r.article')} AND t:AnonymousSource }
        RETURN o.id AS id
      } AS accountable,
      COLLECT {
        MATCH (o:Source)-[r:REPORTED]->(c)
        WHERE EXISTS { ${CITED('o', 'c', 'r.article')} AND NOT t:AnonymousSource }
        RETURN DISTINCT o.id AS id
      } AS echoes,
      COLLECT {
        MATCH (s:Source)-[:DENIED]->(c) WITH CASE WHEN s:AnonymousSource THEN s.citedBy ELSE s.id END AS id WHERE id IS NOT NULL
        RETURN DISTINCT id
      } AS deniers
    SET c.resolution = ${RESOLUTION(() => 'true')},
        c.credAccountable = accountable,
        c.credEchoes = [e IN echoes WHERE NOT e IN accountable],
        c.credDeniers = [d IN deniers WHERE NOT d IN accountable],
        c.credConfidence = 0.5
  } IN TRANSACTIONS OF $batch ROWS`;

const RESET_TRUST = `
  MATCH (s:Source)
  CALL (s) { SET s.credTrust = $neutral } IN TRANSACTIONS OF $batch ROWS`;

// TruthFinder-style: a claim's support is the sum of -ln(1 - trust) over its independent
// origins, plus echoes at a small weight, minus its deniers'; confidence is a sigmoid of it.
// A resolved claim's confidence is its resolution.
const CLAIM_CONFIDENCE = `
  MATCH (c:Claim)
  CALL (c) {
    WITH c,
      COLLECT { MATCH (s:Source) WHERE s.id IN c.credAccountable RETURN -log(1 - CASE WHEN s.credTrust > $maxTrust THEN $maxTrust ELSE s.credTrust END) } AS support,
      COLLECT { MATCH (s:Source) WHERE s.id IN c.credEchoes RETURN -log(1 - CASE WHEN s.credTrust > $maxTrust THEN $maxTrust ELSE s.credTrust END) } AS echo,
      COLLECT { MATCH (s:Source) WHERE s.id IN c.credDeniers RETURN -log(1 - CASE WHEN s.credTrust > $maxTrust THEN $maxTrust ELSE s.credTrust END) } AS opposition
    WITH c, reduce(x = 0.0, v IN support | x + v) + $echoWeight * reduce(x = 0.0, v IN echo | x + v)
            - reduce(x = 0.0, v IN opposition | x + v) AS sigma
    SET c.credConfidence = CASE c.resolution WHEN 1 THEN 1.0 WHEN -1 THEN 0.0 ELSE 1.0 / (1.0 + exp(-$gamma * sigma)) END
  } IN TRANSACTIONS OF $batch ROWS`;

// A source's trust: the mean confidence of the claims it answers for, and of the opposite of
// the claims it denied, smoothed toward neutral.
const SOURCE_TRUST = `
  MATCH (c:Claim)
  UNWIND [x IN c.credAccountable | [x, c.credConfidence]] + [x IN c.credDeniers | [x, 1.0 - c.credConfidence]] AS pair
  WITH pair[0] AS id, sum(pair[1]) AS total, count(*) AS n
  CALL (id, total, n) {
    MATCH (s:Source {id: id})
    SET s.credTrust = (total + $neutral * $priorStrength) / (n + $priorStrength)
  } IN TRANSACTIONS OF $batch ROWS`;

// The score: a Beta posterior over the source's resolved claims, whose prior mean is the
// truth-discovery confidence of its unresolved claims (so no evidence counts twice).
const SCORES = `
  MATCH (s:Source) WHERE NOT s:AnonymousSource
  CALL (s) {
    WITH s, COLLECT {
        MATCH (s)-[:SAID|REPORTED]->(c:Claim) WHERE s.id IN c.credAccountable RETURN c
        UNION
        MATCH (s)<-[:CITED_BY]-(:AnonymousSource)-[:SAID]->(c:Claim) WHERE s.id IN c.credAccountable RETURN c
      } AS claims
    WITH s, claims,
      size([c IN claims WHERE c.resolution = 1]) AS confirmed,
      size([c IN claims WHERE c.resolution = -1]) AS refuted,
      [c IN claims WHERE c.resolution = 0 | c.credConfidence] AS open
    WITH s, claims, confirmed, refuted,
      (reduce(x = 0.0, v IN open | x + v) + $neutral * $priorStrength) / (size(open) + $priorStrength) AS prior,
      COUNT { (s)-[:REPORTED]->(:Claim) } AS reports,
      COUNT { MATCH (s)-[r:REPORTED]->(c:Claim) WHERE EXISTS { ${CITED('s', 'c', 'r.article')} AND t:AnonymousSource } } AS anonymousReports,
      COUNT { MATCH (s)-[r:REPORTED]->(c:Claim)
              WHERE EXISTS { ${CITED('s', 'c', 'r.article')} AND NOT t:AnonymousSource } } AS reReports
    SET s.credibility = (confirmed + $priorStrength * prior) / (confirmed + refuted + $priorStrength),
        s.credPrior = prior, s.credClaims = size(claims), s.credConfirmed = confirmed, s.credRefuted = refuted,
        s.credDenied = size([c IN claims WHERE size(c.credDeniers) > 0]),
        s.credCorroborated = size([c IN claims WHERE size(c.credAccountable) >= 2]),
        s.credReports = reports, s.credAnonymousReports = anonymousReports, s.credReReports = reReports,
        s.credComputedAt = $now, s.credMethod = $version
  } IN TRANSACTIONS OF $batch ROWS`;

const RECORD_RUN = `
  MERGE (r:CredibilityRun {id: 'latest'})
  SET r.methodVersion = $version, r.computedAt = $now, r.seconds = $seconds, r.iterations = $iterations,
      r.sources = COUNT { (s:Source) WHERE NOT s:AnonymousSource }, r.claims = COUNT { (:Claim) }
  RETURN r {.*} AS run`;

const LATEST_RUN = `MATCH (r:CredibilityRun {id: 'latest'}) RETURN r {.*} AS run`;

const CREDIBILITY = `s {.credibility, .credPrior, .credClaims, .credConfirmed, .credRefuted, .credDenied,
  .credCorroborated, .credReports, .credAnonymousReports, .credReReports, .credComputedAt, .credMethod}`;

const BY_SOURCE = `
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source {id: id})
  RETURN CASE WHEN s IS NULL OR s.credComputedAt IS NULL THEN null ELSE ${CREDIBILITY} END AS row`;

// As of a date: the same evidence from statements and verdicts dated on or before it, with the
// neutral prior (the truth-discovery pass is global; it is not rerun for one source).
const AS_OF = `
  MATCH (s:Source {id: $id}) WHERE NOT s:AnonymousSource
  WITH s, COLLECT {
      MATCH (s)-[r:SAID|REPORTED]->(c:Claim)
      WHERE r.at <= $asOf AND (r:SAID OR NOT EXISTS {
        ${CITED('s', 'c', 'r.article', 't', 'x')} AND NOT t:AnonymousSource AND x.at <= $asOf })
      RETURN c
      UNION
      MATCH (s)<-[:CITED_BY]-(:AnonymousSource)-[r:SAID]->(c:Claim) WHERE r.at <= $asOf RETURN c
    } AS claims
  UNWIND (CASE WHEN size(claims) = 0 THEN [null] ELSE claims END) AS c
  CALL (c, s) {
    OPTIONAL MATCH (c)<-[:RATES]-(v:Verdict) WHERE v.reviewedAt <= $asOf
    WITH c, v ORDER BY v.reviewedAt DESC
    WITH c, head(collect(v.rating)) AS rating
    RETURN CASE WHEN c IS NULL THEN null ELSE ${RESOLUTION((x) => `${x}.at <= $asOf`)} END AS resolution,
      c IS NOT NULL AND EXISTS { (:Source)-[x:DENIED]->(c) WHERE x.at <= $asOf } AS denied,
      c IS NOT NULL AND EXISTS {
        (o:Source)-[x:SAID]->(c) WHERE x.at <= $asOf AND o <> s AND coalesce(o.citedBy, '') <> s.id } AS corroborated
  }
  WITH s, collect(resolution) AS resolutions, count(CASE WHEN denied THEN 1 END) AS denied,
       count(CASE WHEN corroborated THEN 1 END) AS corroborated
  RETURN size(resolutions) AS claims, size([r IN resolutions WHERE r = 1]) AS confirmed,
         size([r IN resolutions WHERE r = -1]) AS refuted, denied, corroborated,
         COUNT { MATCH (s)-[r:REPORTED]->(:Claim) WHERE r.at <= $asOf } AS reports,
         COUNT { MATCH (s)-[r:REPORTED]->(c:Claim) WHERE r.at <= $asOf
                 AND EXISTS { ${CITED('s', 'c', 'r.article')} AND t:AnonymousSource } } AS anonymousReports,
         COUNT { MATCH (s)-[r:REPORTED]->(c:Claim) WHERE r.at <= $asOf
                 AND EXISTS { ${CITED('s', 'c', 'r.article')} AND NOT t:AnonymousSource } } AS reReports`;

const RANKING = `
  MATCH (s:Source)
  WHERE s.credClaims > 0 AND ($kind IS NULL OR $kind IN labels(s))
  WITH s ORDER BY s.credibility DESC, s.credClaims DESC, s.id
  WITH collect(s) AS ranked
  RETURN size(ranked) AS total, [s IN ranked[$skip..$skip + $limit] | ${SOURCE}] AS page`;

export interface CredibilityRecord {
  score: number;
  components: {
    prior: number;
    priorStrength: number;
    priorWeight: number;
    observedReliability: number | null;
    observedWeight: number;
  };
  evidence: {
    claims: number;
    confirmed: number;
    refuted: number;
    denied: number;
    corroborated: number;
    reports: number;
    anonymousReports: number;
    reReports: number;
  };
  methodVersion: string;
  computedAt: string;
  asOf: string | null;
}

export interface CredibilityRun {
  methodVersion: string;
  computedAt: string;
  seconds: number;
  iterations: number;
  sources: number;
  claims: number;
}

/** The score from its evidence: pure, so that tests and the as-of path share it. */
export function credibility(
  e: CredibilityRecord['evidence'],
  prior: number,
  meta: { methodVersion: string; computedAt: string; asOf: string | null },
): CredibilityRecord {
  const resolved = e.confirmed + e.refuted;
  const priorWeight = METHOD.priorStrength / (resolved + METHOD.priorStrength);
  return {
    score: (e.confirmed + METHOD.priorStrength * prior) / (resolved + METHOD.priorStrength),
    components: {
      prior,
      priorStrength: METHOD.priorStrength,
      priorWeight,
      observedReliability: resolved === 0 ? null : e.confirmed / resolved,
      observedWeight: 1 - priorWeight,
    },
    evidence: e,
    ...meta,
  };
}

const toRun = (r: Record<string, unknown>): CredibilityRun => ({
  methodVersion: String(r.methodVersion),
  computedAt: toIso(r.computedAt) ?? '',
  seconds: Number(r.seconds),
  iterations: toNumber(r.iterations),
  sources: toNumber(r.sources),
  claims: toNumber(r.claims),
});

export class CredibilityStore {
  constructor(private readonly db: Database) {}

  async recompute(log: (step: string) => void = () => {}): Promise<CredibilityRun> {
    const started = Date.now();
    const p = {
      batch: int(METHOD.batch),
      gamma: METHOD.gamma,
      echoWeight: METHOD.echoWeight,
      priorStrength: METHOD.priorStrength,
      neutral: METHOD.neutral,
      maxTrust: METHOD.maxTrust,
      version: METHOD.version,
    };
    const step = async (name: string, query: string) => {
      const t = Date.now();
      await this.db.runBatched(query, p);
      log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    await step('resolve claims', RESOLVE_CLAIMS);
    await step('reset trust', RESET_TRUST);
    for (let i = 1; i <= METHOD.iterations; i++) {
      await step(`iteration ${i}: claim confidence`, CLAIM_CONFIDENCE);
      await step(`iteration ${i}: source trust`, SOURCE_TRUST);
    }
    await step('claim confidence', CLAIM_CONFIDENCE);
    const now = neo4jDateTime(new Date().toISOString());
    const t = Date.now();
    await this.db.runBatched(SCORES, { ...p, now });
    log(`scores: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const [row] = await this.db.write(RECORD_RUN, {
      version: METHOD.version,
      now,
      seconds: (Date.now() - started) / 1000,
      iterations: int(METHOD.iterations),
    });
    return toRun(row!.run as Record<string, unknown>);
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
      const n = (k: string) => toNumber(s[k] ?? 0);
      return credibility(
        {
          claims: n('credClaims'),
          confirmed: n('credConfirmed'),
          refuted: n('credRefuted'),
          denied: n('credDenied'),
          corroborated: n('credCorroborated'),
          reports: n('credReports'),
          anonymousReports: n('credAnonymousReports'),
          reReports: n('credReReports'),
        },
        Number(s.credPrior),
        {
          methodVersion: String(s.credMethod),
          computedAt: toIso(s.credComputedAt) ?? '',
          asOf: null,
        },
      );
    });
  }

  async asOf(id: string, asOf: string): Promise<CredibilityRecord | null> {
    const [r] = await this.db.read(AS_OF, { id, asOf: neo4jDateTime(asOf) });
    if (!r) return null;
    const n = (k: string) => toNumber(r[k] ?? 0);
    return credibility(
      {
        claims: n('claims'),
        confirmed: n('confirmed'),
        refuted: n('refuted'),
        denied: n('denied'),
        corroborated: n('corroborated'),
        reports: n('reports'),
        anonymousReports: n('anonymousReports'),
        reReports: n('reReports'),
      },
      METHOD.neutral,
      { methodVersion: METHOD.version, computedAt: asOf, asOf },
    );
  }

  async ranking(
    kind: string | null,
    window: { skip: number; limit: number },
  ): Promise<Page<SourceRecord>> {
    const [row] = await this.db.read(RANKING, { kind, ...intWindow(window) });
    return toPage(row, toSource, window);
  }
}
