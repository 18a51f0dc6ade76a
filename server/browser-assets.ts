// Neo4j Browser's guide and style for this graph, served by the GraphQL service so that an analyst
// can run, in the Browser that Neo4j serves:
//   :play http://<service>/browser/guide.html     (slides with click-to-run queries)
//   :style http://<service>/browser/style.grass   (colours and captions by label)
// The Browser fetches both from its own page, another origin than the service, so the responses
// carry CORS headers (the guide request sends Pragma and Cache-Control headers: a preflight).
import { join } from 'node:path';
import { projectFile } from './project-files.ts';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';

export const GUIDE_PATH = '/browser/guide.html';
export const STYLE_PATH = '/browser/style.grass';

/** In guide.html, stands for the origin the guide was fetched from (e.g. http://localhost:4000). */
export const ORIGIN_PLACEHOLDER = '{{ORIGIN}}';

const assetsDir = projectFile('neo4j', 'browser');

interface Asset {
  contentType: string;
  body: (origin: string) => string;
}

let assets: Map<string, Asset> | undefined;

/** The two files, read once (on first use) relative to this module. */
function loadAssets(): Map<string, Asset> {
  if (assets) return assets;
  const guide = readFileSync(join(assetsDir, 'guide.html'), 'utf8');
  const style = readFileSync(join(assetsDir, 'style.grass'), 'utf8');
  assets = new Map<string, Asset>([
    [
      GUIDE_PATH,
      {
        contentType: 'text/html; charset=utf-8',
        body: (origin) => guide.replaceAll(ORIGIN_PLACEHOLDER, escapeHtml(origin)),
      },
    ],
    [STYLE_PATH, { contentType: 'text/plain; charset=utf-8', body: () => style }],
  ]);
  return assets;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const firstValue = (header: string | null) => header?.split(',')[0]?.trim() || undefined;

/**
 * The origin the client used to reach the service: the request URL's, or what a reverse proxy in
 * front of it reports (X-Forwarded-Proto / X-Forwarded-Host), so that the guide's own links work.
 */
export function publicOrigin(request: Request, url: URL): string {
  const proto = firstValue(request.headers.get('x-forwarded-proto'));
  const host = firstValue(request.headers.get('x-forwarded-host'));
  if (!proto && !host) return url.origin;
  try {
    return new URL(`${proto ?? url.protocol.replace(/:$/, '')}://${host ?? url.host}`).origin;
  } catch {
    return url.origin;
  }
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Max-Age': '600',
};

/**
 * Serves GET (and HEAD) /browser/guide.html (text/html) and /browser/style.grass (text/plain)
 * with `Access-Control-Allow-Origin: *`. Any other path goes on to GraphQL as before.
 */
export function useBrowserAssets(): Plugin {
  const files = loadAssets();
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      const asset = files.get(url.pathname);
      if (!asset) return;
      const method = request.method.toUpperCase();
      if (method === 'OPTIONS') {
        // Yoga's own CORS plugin answers preflights first; this is for a yoga with cors: false.
        const requested = request.headers.get('access-control-request-headers');
        endResponse(
          new fetchAPI.Response(null, {
            status: 204,
            headers: {
              ...CORS_HEADERS,
              ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
              'Content-Length': '0',
            },
          }),
        );
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response(`${request.method} is not allowed on ${url.pathname}.`, {
            status: 405,
            headers: { ...CORS_HEADERS, Allow: 'GET, HEAD, OPTIONS', 'Content-Type': 'text/plain' },
          }),
        );
        return;
      }
      const body = asset.body(publicOrigin(request, url));
      endResponse(
        new fetchAPI.Response(method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            ...CORS_HEADERS,
            'Content-Type': asset.contentType,
            // Edited files show up on the next :play / :style (the Browser asks for no-cache too).
            'Cache-Control': 'no-cache',
          },
        }),
      );
    },
    // Yoga's CORS plugin (on by default) rewrites every response's CORS headers to echo the
    // request's Origin with credentials; these two public files are for any origin.
    onResponse({ request, response }) {
      if (!files.has(new URL(request.url).pathname)) return;
      response.headers.set('Access-Control-Allow-Origin', '*');
      response.headers.delete('Access-Control-Allow-Credentials');
      if (request.method.toUpperCase() === 'OPTIONS') {
        response.headers.set(
          'Access-Control-Allow-Methods',
          CORS_HEADERS['Access-Control-Allow-Methods'],
        );
      }
    },
  };
}
