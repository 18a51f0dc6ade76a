// Relay connections over offset cursors: simple, stable for the append-mostly graph, and one
// SKIP/LIMIT in Cypher.
import { BadUserInputError } from '../errors.ts';
import type { Page } from './records.ts';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m)
    throw new BadUserInputError([
      { path: 'after', message: `'${cursor.slice(0, 60)}' is not a cursor from this API` },
    ]);
  return Number(m[1]);
}

export function pageWindow(
  { first, after }: PageArgs,
  defaultSize = 20,
): { skip: number; limit: number } {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError([
      { path: 'first', message: `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${limit}` },
    ]);
  }
  return { skip: after ? decodeCursor(after) + 1 : 0, limit };
}

export function toConnection<T>(page: Page<T>) {
  const edges = page.items
    .slice(0, page.limit)
    .map((node, i) => ({ node, cursor: encodeCursor(page.skip + i) }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.skip + page.limit < page.total,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
