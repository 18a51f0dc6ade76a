// Neo4j constraints and indexes, applied idempotently at start-up and before every import
// (server/db/schema.ts). Bump SCHEMA_VERSION there when this file changes.

// Every node has a unique, stable, human-readable id.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT anonymous_source_id IF NOT EXISTS FOR (n:AnonymousSource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// Actors, outlets and anonymous sources share one id space: statements name a source by id alone.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT verdict_id IF NOT EXISTS FOR (n:Verdict) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credibility_run_id IF NOT EXISTS FOR (n:CredibilityRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.id IS UNIQUE;

// What queries filter and sort on.
CREATE INDEX verdict_reviewed IF NOT EXISTS FOR (n:Verdict) ON (n.reviewedAt);
CREATE INDEX source_credibility IF NOT EXISTS FOR (n:Source) ON (n.credibility);
CREATE INDEX claim_first_seen IF NOT EXISTS FOR (n:Claim) ON (n.firstSeenAt);
// Claim lists, newest first, with their flags kept at write time (server/db/provenance-store.ts).
CREATE INDEX claim_listed IF NOT EXISTS FOR (n:Claim) ON (n.listedAt);
CREATE INDEX claim_anonymous_only_listed IF NOT EXISTS FOR (n:Claim) ON (n.anonymousOnly, n.listedAt);
CREATE INDEX claim_contradicted_listed IF NOT EXISTS FOR (n:Claim) ON (n.contradicted, n.listedAt);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX outlet_domain IF NOT EXISTS FOR (n:Outlet) ON (n.domain);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX said_at IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.at);
CREATE INDEX reported_at IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.at);
CREATE INDEX denied_at IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.at);
CREATE INDEX confirmed_at IF NOT EXISTS FOR ()-[r:CONFIRMED]-() ON (r.at);
CREATE INDEX retracted_at IF NOT EXISTS FOR ()-[r:RETRACTED]-() ON (r.at);
// One source's statements, newest first: an ordered seek on (source, at) that stops after the
// page, instead of reading and sorting every statement of a source with hundreds of thousands.
// `source` is the id of the relationship's start node, written with it (import-store.ts).
CREATE INDEX said_source_at IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.source, r.at);
CREATE INDEX reported_source_at IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.source, r.at);
CREATE INDEX denied_source_at IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.source, r.at);
CREATE INDEX confirmed_source_at IF NOT EXISTS FOR ()-[r:CONFIRMED]-() ON (r.source, r.at);
CREATE INDEX retracted_source_at IF NOT EXISTS FOR ()-[r:RETRACTED]-() ON (r.source, r.at);
CREATE INDEX cited_claim IF NOT EXISTS FOR ()-[r:CITED]-() ON (r.claim);
// Export walks an article's statements.
CREATE INDEX said_article IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.article);
CREATE INDEX reported_article IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.article);
CREATE INDEX denied_article IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.article);
CREATE INDEX confirmed_article IF NOT EXISTS FOR ()-[r:CONFIRMED]-() ON (r.article);
CREATE INDEX retracted_article IF NOT EXISTS FOR ()-[r:RETRACTED]-() ON (r.article);

// Full-text search over claim text and over the names by which sources are known.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX source_names IF NOT EXISTS FOR (n:Actor|Outlet|AnonymousSource) ON EACH [n.name, n.aliasText, n.description, n.domain];
