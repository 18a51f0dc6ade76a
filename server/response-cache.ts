// An optional cache of whole query answers (RESPONSE_CACHE_MS), for services asked the same
// questions over and over (a dashboard, a popular claim). Each API key has answers of its own,
// so that no caller is ever answered from another role's result. Every mutation this service
// runs empties it; writes it cannot see (npm run seed, another copy of the service behind a load
// balancer) show after at most the cache's time.
import { randomUUID } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Answers kept at most: an answer is a few KB, so a few MB in all. */
const MAX_ANSWERS = 1000;

/**
 * `caller` names whoever the request authenticates as (the API key's id), or throws when it
 * authenticates as no one: such a request gets a key of its own, never a cached answer.
 */
export function useCachedAnswers(
  ttlMs: number,
  caller: (request: Request) => Promise<string>,
): Plugin[] {
  // A mutation both empties the cache and moves to the next generation, which is part of every
  // key: a query that was running while the mutation committed stores its answer under the old
  // generation, where no later request looks.
  let generation = 0;
  let answers = createInMemoryCache({ max: MAX_ANSWERS });
  return [
    useResponseCache({
      ttl: ttlMs,
      cache: {
        get: (id) => answers.get(id),
        set: (id, data, entities, ttl) => answers.set(id, data, entities, ttl),
        invalidate: (entities) => answers.invalidate(entities),
      },
      session: async (request) => {
        const current = generation;
        const who = await caller(request).catch(() => `unauthenticated:${randomUUID()}`);
        return `${current}:${who}`;
      },
      // Emptied whole below: a mutation changes more than the entities in its answer (a new
      // statement changes provenance, counts and credibility elsewhere).
      invalidateViaMutation: false,
    }),
    {
      onExecute({ args }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
        return {
          onExecuteDone() {
            generation++;
            answers = createInMemoryCache({ max: MAX_ANSWERS });
          },
        };
      },
    },
  ];
}
