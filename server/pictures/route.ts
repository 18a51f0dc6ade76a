// GET /claims/{id}/provenance.svg[?asOf=<date-time>]: a claim's provenance drawn (see
// provenance-svg.ts), for the same callers as the GraphQL API: a reader key in a keyed service.
// Errors are JSON in GraphQL's error shape, each with its code, as the API's are.
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import type { KeyStore } from '../db/key-store.ts';
import { summarize } from '../domain/provenance.ts';
import { createLoaders } from '../loaders.ts';
import { assertRole, authenticate, type SecurityConfig } from '../security.ts';
import { createStores } from '../stores.ts';
import { drawProvenance } from './provenance-svg.ts';

const ROUTE = /^\/claims\/([^/]+)\/provenance\.svg$/;

/** The path is a provenance picture's (rate-limited like /graphql: it asks the database). */
export const isProvenancePicture = (pathname: string) => ROUTE.test(pathname);

const problem = (status: number, code: string, message: string, headers = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });

/** The DateTime scalar's own rule, so that the picture takes exactly the dates the API takes. */
function parseAsOf(value: string | null): string | null {
  if (value === null) return null;
  try {
    return (DateTimeResolver.parseValue(value) as Date).toISOString();
  } catch {
    throw new GraphQLError(
      `asOf must be an RFC 3339 date-time such as 2025-11-03T12:00:00Z, got '${value}'.`,
      { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
    );
  }
}

function fromError(e: unknown): Response {
  if (e instanceof GraphQLError && typeof e.extensions.code === 'string') {
    const http = e.extensions.http as
      { status?: number; headers?: Record<string, string> } | undefined;
    return problem(http?.status ?? 400, e.extensions.code, e.message, http?.headers);
  }
  // As GraphQL masks them: nothing of an unexpected error reaches the caller.
  console.error(e);
  return problem(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
}

export function useProvenancePictures(
  db: Database,
  security: SecurityConfig,
  keys: KeyStore,
): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = ROUTE.exec(url.pathname);
      if (!match) return;
      const method = request.method.toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') {
        endResponse(
          problem(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here.`, {
            Allow: 'GET, HEAD',
          }),
        );
        return;
      }
      try {
        // What Query.provenance needs: the reader role.
        assertRole(
          await authenticate(security, keys, request),
          'reader',
          'GET /claims/{id}/provenance.svg',
        );
        let claimId: string;
        try {
          claimId = decodeURIComponent(match[1]!);
        } catch {
          endResponse(problem(400, 'BAD_USER_INPUT', 'The claim id in the path is malformed.'));
          return;
        }
        const asOf = parseAsOf(url.searchParams.get('asOf'));
        const loaders = createLoaders(createStores(db));
        const view = { id: claimId, asOf, reviewedOnly: false };
        const facts = await (asOf
          ? loaders.provenanceView.load(view)
          : loaders.provenance.load(claimId));
        if (!facts?.claim) {
          endResponse(problem(404, 'NOT_FOUND', `No claim with id '${claimId}'.`));
          return;
        }
        const svg = drawProvenance({
          claim: facts.claim,
          asOf,
          summary: summarize(facts, facts.copying),
          denials: facts.denials,
          sources: facts.sources,
        });
        endResponse(
          new Response(method === 'HEAD' ? null : svg, {
            status: 200,
            headers: {
              'Content-Type': 'image/svg+xml; charset=utf-8',
              // Opened on its own, an SVG is a document: let it run nothing and load nothing.
              'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
              'X-Content-Type-Options': 'nosniff',
              'Cache-Control': 'no-cache',
            },
          }),
        );
      } catch (e) {
        endResponse(fromError(e));
      }
    },
  };
}
