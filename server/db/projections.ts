// Cypher fragments shared by the stores. They are constants of this module, never built from
// input: every value reaches Cypher as a $parameter.

/** Map projection of a Claim bound to `c`. */
export const CLAIM = `c {.id, .text, topics: coalesce(c.topics, []), .firstSeenAt}`;

/** Map projection of a Source (Actor, Outlet or AnonymousSource) bound to `s`. */
export const SOURCE = `s {.id, .name, .kind, .role, .country, aliases: coalesce(s.aliases, []), .domain,
  .description, .count, .affiliation, .citedBy, labels: labels(s)}`;

/** Map projection of an Article bound to `a`. */
export const ARTICLE = `a {.id, .url, .title, .publishedAt, .outlet}`;

/** A statement: relationship `r` from source `s` to claim `c`, with whom `s` cited for it. */
export const STATEMENT = `{type: type(r), source: s.id, claim: c.id, at: r.at, quote: r.quote, article: r.article,
  citing: [(s)-[ci:CITED {claim: c.id, article: r.article}]->(t) | t.id]}`;

/**
 * The origins of claim `c`: where its citation chains end. A chain starts at a source that
 * REPORTED the claim and that nobody cites for it, and follows CITED relationships carrying
 * this claim's id; a source that SAID the claim and that nobody cites is an origin on its own.
 */
export const ORIGINS = `COLLECT {
    MATCH (top:Source)-[:REPORTED]->(c)
    WHERE NOT EXISTS { (:Source)-[:CITED {claim: c.id}]->(top) }
    MATCH (top)-[:CITED*0..12 {claim: c.id}]->(o:Source)
    WHERE NOT EXISTS { (o)-[:CITED {claim: c.id}]->() }
    RETURN o
    UNION
    MATCH (o:Source)-[:SAID]->(c)
    WHERE NOT EXISTS { (:Source)-[:CITED {claim: c.id}]->(o) }
    RETURN o
  }`;

/** Subquery binding `anonymousOnly`: claim `c` has origins and every one is anonymous. */
export const ANONYMOUS_ONLY = `CALL (c) {
    WITH ${ORIGINS} AS os
    RETURN size(os) > 0 AND all(o IN os WHERE o:AnonymousSource) AS anonymousOnly
  }`;
