// GraphiQL as the analysts' desk: served whole from our own dependencies (yoga's default page
// loads its scripts and styles from a public CDN, and shows only "Loading…" on a closed network),
// opening with the analysts' questions as tabs.
import type { GraphiQLOptions } from 'graphql-yoga';
import { analystQuestions, asDocument } from './examples/questions.ts';
import type { SecurityConfig } from './security.ts';

export const GRAPHIQL_TITLE = 'Source-credibility graph';

/** Where the caller's key goes, pre-filled for a keyed service so that the first run says why. */
const KEY_HEADERS = JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2);

export function graphiqlOptions(security: SecurityConfig): GraphiQLOptions | false {
  if (!security.graphiql) return false;
  const headers = security.auth === 'keys' ? KEY_HEADERS : undefined;
  return {
    title: GRAPHIQL_TITLE,
    defaultTabs: analystQuestions().map((q) => ({ query: asDocument(q), headers })),
    ...(headers && { defaultHeaders: headers, defaultEditorToolsVisibility: 'headers' as const }),
  };
}

// The page inlines GraphiQL, Monaco and its workers (about 9 MB): built once per set of options,
// not on every page view. Its module is loaded on the first page view: loaded, it holds about
// 80 MB of the process' memory, which a service nobody opens GraphiQL on never needs.
const pages = new Map<string, Promise<string>>();

export function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    page = import('@graphql-yoga/render-graphiql').then((m) => m.renderGraphiQL(options));
    pages.set(key, page);
  }
  return page;
}
