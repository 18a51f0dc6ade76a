// GET /review: the page where an editor reviews an extraction draft before it is imported
// (review.html and review.js beside this module, served as they are). The page holds no data;
// what it does goes through /graphql with the editor key typed into it, which the API checks.
import { projectFile } from '../project-files.ts';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';

export const REVIEW_PATH = '/review';

const FILES: Record<string, { file: string; type: string }> = {
  [REVIEW_PATH]: { file: 'review.html', type: 'text/html; charset=utf-8' },
  [`${REVIEW_PATH}/review.js`]: { file: 'review.js', type: 'text/javascript; charset=utf-8' },
};

const cache = new Map<string, string>();
const read = (file: string) => {
  let body = cache.get(file);
  if (body === undefined) {
    body = readFileSync(projectFile('server', 'review', file), 'utf8');
    cache.set(file, body);
  }
  return body;
};

export function useReviewPage(): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      const asset = FILES[url.pathname.replace(/\/$/, '') || '/'];
      if (!asset) return;
      const method = request.method.toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(method === 'HEAD' ? null : read(asset.file), {
          headers: {
            'Content-Type': asset.type,
            // Only this service: no CDN, no other origin, even if a draft's text held markup.
            'Content-Security-Policy':
              "default-src 'self'; img-src 'self' blob:; style-src 'self' 'unsafe-inline'",
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-cache',
          },
        }),
      );
    },
  };
}
