import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { ClaimFilter } from '../db/claim-store.ts';
import { pageWindow, toConnection, type PageArgs } from '../domain/pagination.ts';
import { KIND_LABEL, type SourceKind } from '../domain/records.ts';
import { MAX_SEARCH_LENGTH, toLuceneQuery } from '../domain/search.ts';
import { BadUserInputError } from '../errors.ts';
import { provenanceOf } from './provenance.ts';
import { claimStatementsKey } from './claim.ts';
import { selectionKeys, selects } from './selection.ts';
import { sourceStatementsKey, type StatementsArgs } from './source.ts';

/** Claim fields answered from all of the claim's statements (server/resolvers/claim.ts). */
const WHOLE_LIST_FIELDS = new Set(['assertions', 'denials', 'timeline']);

/** Loads what the fields below will ask for; a failure is theirs to report, where it belongs. */
const prefetch = (loads: Promise<unknown>[]) =>
  Promise.all(loads.map((load) => load.catch(() => undefined)));

export const Query = {
  stats: (_: unknown, __: unknown, { stores }: Context) => stores.stats.counts(),

  viewer: (_: unknown, __: unknown, { principal }: Context) => ({
    keyId: principal.keyed ? principal.id : null,
    name: principal.name,
    role: principal.role.toUpperCase() as 'READER' | 'EDITOR' | 'ADMIN',
  }),

  node: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.node.load(id),
  claim: async (
    _: unknown,
    { id }: { id: string },
    { loaders }: Context,
    info: GraphQLResolveInfo,
  ) => {
    // The claim's statements come with the claim itself: one round trip instead of two. A page
    // of them is fetched with the key Claim.statements will build from the same field nodes.
    const pages = selectionKeys(info, 'Claim', 'statements', (args, nodes) =>
      claimStatementsKey(id, args as StatementsArgs, nodes, info),
    );
    await prefetch([
      ...(selects(info, WHOLE_LIST_FIELDS) ? [loaders.claimStatements.load(id)] : []),
      ...pages.map((k) => loaders.claimStatementPage.load(k)),
    ]);
    return loaders.claim.load(id);
  },
  source: async (
    _: unknown,
    { id }: { id: string },
    { loaders }: Context,
    info: GraphQLResolveInfo,
  ) => {
    // A page of the source's statements comes with the source itself, as a claim's do.
    const pages = selectionKeys(info, 'Source', 'statements', (args) =>
      sourceStatementsKey(id, args as StatementsArgs),
    );
    await prefetch(pages.map((k) => loaders.sourceStatements.load(k)));
    return loaders.source.load(id);
  },
  sources: async (_: unknown, args: PageArgs & { kind?: SourceKind | null }, { stores }: Context) =>
    toConnection(
      await stores.graph.sources(args.kind ? KIND_LABEL[args.kind] : null, pageWindow(args)),
    ),

  claims: async (
    _: unknown,
    args: PageArgs & { filter?: ClaimFilter | null },
    { stores }: Context,
  ) => toConnection(await stores.claims.list(args.filter ?? {}, pageWindow(args))),

  contradictions: async (_: unknown, args: PageArgs, { stores }: Context) => {
    const page = await stores.claims.contradictions(pageWindow(args));
    return toConnection({ ...page, items: page.items.map((claim) => ({ claim })) });
  },

  provenance: (
    _: unknown,
    { claimId, ...view }: { claimId: string; asOf?: Date | null; reviewedOnly?: boolean | null },
    ctx: Context,
  ) => provenanceOf(claimId, view, ctx),

  search: async (
    _: unknown,
    args: PageArgs & { text: string; in?: ('CLAIMS' | 'SOURCES')[] | null },
    { stores }: Context,
  ) => {
    if (args.text.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError([
        { path: 'text', message: `is longer than ${MAX_SEARCH_LENGTH} characters` },
      ]);
    }
    const query = toLuceneQuery(args.text);
    if (!query)
      throw new BadUserInputError([{ path: 'text', message: 'has no words to search for' }]);
    const window = pageWindow(args);
    const scope = {
      claims: !args.in || args.in.includes('CLAIMS'),
      sources: !args.in || args.in.includes('SOURCES'),
    };
    const hits = await stores.search.search(query, scope, window);
    // The store fetches one hit past the page, which is how we know there is a next page.
    return toConnection({ items: hits, total: window.skip + hits.length, ...window });
  },
};
