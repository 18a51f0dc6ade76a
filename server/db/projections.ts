// Cypher fragments shared by the stores. They are constants of this module, never built from
// input: every value reaches Cypher as a $parameter.

import { ASSERTING, STATEMENT_TYPES } from '../domain/statements.ts';

/** Every statement relationship type, for patterns such as `-[r:${STATEMENTS}]->`. */
export const STATEMENTS = STATEMENT_TYPES.join('|');
/** Statements that assert a claim. */
export const ASSERTIONS = ASSERTING.join('|');

/**
 * `MATCH` of the CITED relationships `ci` by which source `s` attributed claim `c` in article
 * `article` to target `t`. It starts from the index on CITED.claim rather than expanding `s`: a
 * popular outlet has hundreds of thousands of CITED relationships, one claim has a handful.
 */
export const CITED = (s: string, c: string, article: string, t = 't', ci = 'ci') =>
  `MATCH (${ci}_from)-[${ci}:CITED]->(${t}) WHERE ${ci}.claim = ${c}.id AND ${ci}.article = ${article} AND ${ci}_from = ${s}`;

/** Map projection of a Claim bound to `c`. */
export const CLAIM = `c {.id, .text, topics: coalesce(c.topics, []), .firstSeenAt}`;

/** Map projection of a Source (Actor, Outlet or AnonymousSource) bound to `s`. */
export const SOURCE = `s {.id, .name, .kind, .role, .country, aliases: coalesce(s.aliases, []), .domain,
  .description, .count, .affiliation, .citedBy, labels: labels(s)}`;

/** Map projection of an Article bound to `a`. */
export const ARTICLE = `a {.id, .url, .title, .publishedAt, .outlet}`;

/** Whether statement `r` was read by a machine, its evidence, and whether a person reviewed it. */
const MACHINE = (r: string) =>
  `machine: coalesce(${r}.machine, false), reviewed: coalesce(${r}.reviewed, true),
  reviewedBy: ${r}.reviewedBy, reviewedAt: ${r}.reviewedAt,
  evidence: CASE WHEN ${r}.machine THEN {sentence: ${r}.evidenceSentence, source: ${r}.evidenceSource,
    cue: ${r}.evidenceCue, content: ${r}.evidenceContent, confidence: ${r}.evidenceConfidence,
    method: ${r}.evidenceMethod} END`;

/** A statement: relationship `r` from source `s` to claim `c`, with whom `s` cited for it. */
export const STATEMENT = `{type: type(r), source: s.id, claim: c.id, at: r.at, quote: r.quote, article: r.article,
  citing: COLLECT { ${CITED('s', 'c', 'r.article')} RETURN t.id ORDER BY t.id }, ${MACHINE('r')}}`;

/** Relationship `r` was known on date `$asOf` (every query using this passes `asOf`, often null). */
export const KNOWN = (r: string) => `($asOf IS NULL OR ${r}.at <= $asOf)`;

/** Someone cites source `n` for claim `c` (as known on $asOf). */
export const CITES = (n: string) =>
  `EXISTS { MATCH (x_from)-[x:CITED]->(x_to) WHERE x.claim = c.id AND x_to = ${n} AND ${KNOWN('x')} }`;

/** Source `n` cites someone for claim `c` (as known on $asOf). */
export const CITES_ANYONE = (n: string) =>
  `EXISTS { MATCH (x_from)-[x:CITED]->() WHERE x.claim = c.id AND x_from = ${n} AND ${KNOWN('x')} }`;

/**
 * The origin rule, in two parts. CHAIN_WALK binds each citation chain `p` of claim `c` and its
 * end `o`: a chain starts at a source that REPORTED the claim and that nobody cites for it, and
 * follows CITED relationships carrying this claim's id to a source that cites no one.
 * SPEAKER_ORIGIN binds `o`, a source that SAID the claim and that nobody cites: an origin on its
 * own. Every query that needs origins uses these two.
 */
export const CHAIN_WALK = `MATCH (top:Source)-[rt:REPORTED]->(c)
    WHERE ${KNOWN('rt')} AND NOT ${CITES('top')}
    MATCH p = (top)-[:CITED*0..12 {claim: c.id}]->(o:Source)
    WHERE all(h IN relationships(p) WHERE ${KNOWN('h')}) AND NOT ${CITES_ANYONE('o')}`;
export const SPEAKER_ORIGIN = `MATCH (o:Source)-[rs:SAID]->(c) WHERE ${KNOWN('rs')} AND NOT ${CITES('o')}`;

/** The origins of claim `c`: where its citation chains end, and its uncited speakers. */
export const ORIGINS = `COLLECT {
    ${CHAIN_WALK}
    RETURN o
    UNION
    ${SPEAKER_ORIGIN}
    RETURN o
  }`;

/** Subquery binding `anonymousOnly`: claim `c` has origins and every one is anonymous. */
export const ANONYMOUS_ONLY = `CALL (c) {
    WITH ${ORIGINS} AS os
    RETURN size(os) > 0 AND all(o IN os WHERE o:AnonymousSource) AS anonymousOnly
  }`;
