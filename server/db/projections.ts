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

const statement = (citing: string) =>
  `{type: type(r), source: s.id, claim: c.id, at: r.at, quote: r.quote, article: r.article,
  citing: ${citing}, ${MACHINE('r')}}`;

/** A statement: relationship `r` from source `s` to claim `c`, with whom `s` cited for it. */
export const STATEMENT = statement(
  `COLLECT { ${CITED('s', 'c', 'r.article')} RETURN t.id ORDER BY t.id }`,
);

/** A statement without whom its source cited (an index seek per statement) for a page not asking. */
export const STATEMENT_UNCITED = statement('[]');

/** Relationship `r` was known on date `$asOf` (every query using this passes `asOf`, often null). */
export const KNOWN = (r: string) => `($asOf IS NULL OR ${r}.at <= $asOf)`;
