import { sourceOfKind, type SourceStatementsKey } from '../loaders.ts';
import type { Context } from '../context.ts';
import { pageWindow, toConnection, type PageArgs } from '../domain/pagination.ts';
import { present } from '../errors.ts';
import type {
  AnonymousSourceRecord,
  LikelyCopyRecord,
  NodeRecord,
  SourceRecord,
  StatementType,
} from '../domain/records.ts';

/** The arguments of `statements` on a source and on a claim. */
export type StatementsArgs = PageArgs & {
  type?: StatementType | null;
  reviewedOnly?: boolean | null;
};

/** The loader key of `statements(args)`: Query.source fetches the same page with the source. */
export const sourceStatementsKey = (id: string, args: StatementsArgs): SourceStatementsKey => ({
  id,
  type: args.type ?? null,
  reviewedOnly: args.reviewedOnly ?? false,
  ...pageWindow(args),
});

const statements = async (source: SourceRecord, args: StatementsArgs, { loaders }: Context) =>
  toConnection(await loaders.sourceStatements.load(sourceStatementsKey(source.id, args)));

const byTypename = <T extends NodeRecord>(obj: T): T['__typename'] => obj.__typename;

export const SourceResolvers = {
  Node: { __resolveType: byTypename },
  Source: { __resolveType: byTypename },
  SearchResult: { __resolveType: byTypename },
  Actor: { statements },
  Outlet: {
    statements,
    sourcingProfile: (o: SourceRecord, _: unknown, { loaders }: Context) =>
      loaders.sourcingProfile.load(o.id),
    likelyCopies: async (o: SourceRecord, _: unknown, { loaders }: Context) =>
      (await loaders.outletCopies.load(o.id)).copies,
    likelyCopiedFrom: async (o: SourceRecord, _: unknown, { loaders }: Context) =>
      (await loaders.outletCopies.load(o.id)).copiedFrom,
  },
  LikelyCopy: {
    outlet: async (c: LikelyCopyRecord, _: unknown, { loaders }: Context) =>
      present(sourceOfKind(loaders, c.outlet, 'Outlet'), `outlet ${c.outlet}`),
  },
  AnonymousSource: {
    statements,
    affiliation: (a: AnonymousSourceRecord, _: unknown, { loaders }: Context) =>
      sourceOfKind(loaders, a.affiliation, 'Actor'),
    citedBy: (a: AnonymousSourceRecord, _: unknown, { loaders }: Context) =>
      sourceOfKind(loaders, a.citedBy, 'Outlet'),
  },
};
