import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { resolvers } from './resolvers/index.ts';
import { useBrowserAssets } from './browser-assets.ts';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));

export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(`${schemaDir}${f}`, 'utf8'));
}

export function createApp(db: Database, options: { graphiql?: boolean } = {}) {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  return createYoga({
    schema,
    graphiql: options.graphiql ?? true,
    // /health is yoga's liveness check (process alive); /ready asks Neo4j.
    healthCheckEndpoint: '/health',
    landingPage: false,
    context: () => createContext(db),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: () => db.ping(),
      }),
      useBrowserAssets(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
