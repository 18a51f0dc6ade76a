// The directions code may depend in (docs: style.md, habit 12). `npm test` runs this; a
// violation fails it. server/ is the service and imports nothing outside itself; inside it,
// resolvers → loaders/stores → the database layer, with the domain rules and records at the
// bottom importing none of the layers above them.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle is a bug: neither module can be understood or changed without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-stays-inside',
      severity: 'error',
      comment:
        'The service must not depend on scripts, tests, benchmarks or the local Neo4j launcher: they use it.',
      from: { path: '^server/' },
      to: { path: '^(seed|bench|test|neo4j|bin)/' },
    },
    {
      name: 'domain-is-the-bottom',
      severity: 'error',
      comment:
        'Rules and records (server/domain) are plain: no database, no resolvers, no import pipeline, no request context.',
      from: { path: '^server/domain/' },
      to: {
        path: '^server/(db|resolvers|import|loaders|context|stores|app|security)',
      },
    },
    {
      name: 'db-below-resolvers',
      severity: 'error',
      comment: 'The database layer answers the layers above it and never calls them.',
      from: { path: '^server/db/' },
      to: { path: '^server/(resolvers|loaders|context|stores|app|import/importer)' },
    },
    {
      name: 'import-below-resolvers',
      severity: 'error',
      comment: 'The import pipeline is used by the mutations and the scripts, never the reverse.',
      from: { path: '^server/import/' },
      to: { path: '^server/(resolvers|loaders|context|stores|app)' },
    },
    {
      name: 'resolvers-through-loaders-and-stores',
      severity: 'error',
      comment:
        'Resolvers reach the database through the context (loaders and stores), not the executor.',
      from: { path: '^server/resolvers/' },
      to: { path: '^server/db/database\\.ts$' },
    },
    {
      name: 'launcher-below-scripts',
      severity: 'error',
      comment: 'The launcher starts Neo4j; the scripts and tests use it, it uses none of them.',
      from: { path: '^neo4j/' },
      to: { path: '^(seed|bench|test|bin)/' },
    },
    {
      name: 'no-tests-in-production-code',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle through types is still a circle to a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|neo4j/\\.local)' },
  },
};
