import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS and ESM builds; Vite would pick the ESM one for our code while Node loads
  // the CJS one for graphql-yoga, and `instanceof GraphQLError` would fail between them.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests share one Neo4j; files run one after another so that counts are exact.
    fileParallelism: false,
    reporters: ['default'],
  },
});
