import { join } from 'node:path';
import { projectFile } from './project-files.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { resolvers } from './resolvers/index.ts';
import { useBrowserAssets } from './browser-assets.ts';
import { graphiqlOptions, renderOfflineGraphiQL } from './graphiql.ts';
import { isProvenancePicture, useProvenancePictures } from './pictures/route.ts';
import { useReviewPage } from './review/route.ts';
import { KeyStore } from './db/key-store.ts';
import { useRequestErrorCodes } from './errors.ts';
import { useCachedAnswers } from './response-cache.ts';
import {
  OPEN,
  authenticate,
  queryLimits,
  useRequestLimits,
  useRoles,
  withRoles,
  type SecurityConfig,
} from './security.ts';

const schemaDir = projectFile('schema');

export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'));
}

export interface AppOptions {
  /** Defaults to open access: what in-process tests and local tools use. */
  security?: SecurityConfig;
  /** How long a query's answer may be served again (RESPONSE_CACHE_MS); 0, the default: never. */
  responseCacheMs?: number;
}

export function createApp(db: Database, { security = OPEN, responseCacheMs = 0 }: AppOptions = {}) {
  const schema = withRoles(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }));
  const keys = new KeyStore(db);
  return createYoga({
    schema,
    graphiql: graphiqlOptions(security),
    renderGraphiQL: renderOfflineGraphiQL,
    // /health is yoga's liveness check (process alive); /ready asks Neo4j.
    healthCheckEndpoint: '/health',
    landingPage: false,
    context: async ({ request }) => createContext(db, await authenticate(security, keys, request)),
    plugins: [
      useRequestLimits(security, (path) => path.endsWith('/graphql') || isProvenancePicture(path)),
      ...(responseCacheMs > 0
        ? useCachedAnswers(
            responseCacheMs,
            async (request) => (await authenticate(security, keys, request)).id,
          )
        : []),
      useReadinessCheck({
        endpoint: '/ready',
        check: () => db.ping(),
      }),
      useBrowserAssets(),
      useProvenancePictures(db, security, keys),
      useReviewPage(),
      ...queryLimits(security),
      useRoles(),
      useRequestErrorCodes(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
