import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { present } from '../errors.ts';
import { presentSources, sourceOfKind, type ClaimStatementsKey } from '../loaders.ts';
import type { Context } from '../context.ts';
import { pageWindow, toConnection } from '../domain/pagination.ts';
import type { ClaimRecord, StatementRecord } from '../domain/records.ts';
import { asserts, denies } from '../domain/statements.ts';
import { timeline } from '../domain/timeline.ts';
import { provenanceOf } from './provenance.ts';
import { selectsAnywhere } from './selection.ts';
import type { StatementsArgs } from './source.ts';

/**
 * The loader key of `Claim.statements(args)` selected as `nodes`: Query.claim fetches the same
 * page with the claim, so both must build it alike.
 */
export const claimStatementsKey = (
  id: string,
  args: StatementsArgs,
  nodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
): ClaimStatementsKey => ({
  id,
  type: args.type ?? null,
  ...pageWindow(args, 50),
  reviewedOnly: args.reviewedOnly ?? false,
  citing: selectsAnywhere(nodes, info.fragments, 'citing'),
});

const statementsOf = (claim: ClaimRecord, { loaders }: Context) =>
  loaders.claimStatements.load(claim.id);

export const ClaimResolvers = {
  Claim: {
    statements: async (
      claim: ClaimRecord,
      args: StatementsArgs,
      { loaders }: Context,
      info: GraphQLResolveInfo,
    ) =>
      toConnection(
        await loaders.claimStatementPage.load(
          claimStatementsKey(claim.id, args, info.fieldNodes, info),
        ),
      ),
    assertions: async (claim: ClaimRecord, _: unknown, ctx: Context) =>
      (await statementsOf(claim, ctx)).filter((s) => asserts(s.type)),
    denials: async (claim: ClaimRecord, _: unknown, ctx: Context) =>
      (await statementsOf(claim, ctx)).filter((s) => denies(s.type)),
    provenance: (
      claim: ClaimRecord,
      view: { asOf?: Date | null; reviewedOnly?: boolean | null },
      ctx: Context,
    ) => provenanceOf(claim.id, view, ctx),
    timeline: async (claim: ClaimRecord, _: unknown, ctx: Context) =>
      timeline(await statementsOf(claim, ctx)),
  },
  Contradiction: {
    assertions: async ({ claim }: { claim: ClaimRecord }, _: unknown, ctx: Context) =>
      (await statementsOf(claim, ctx)).filter((s) => asserts(s.type)),
    denials: async ({ claim }: { claim: ClaimRecord }, _: unknown, ctx: Context) =>
      (await statementsOf(claim, ctx)).filter((s) => denies(s.type)),
  },
  OutletSpread: {
    outlet: (o: { outlet: string }, _: unknown, { loaders }: Context) =>
      present(sourceOfKind(loaders, o.outlet, 'Outlet'), `outlet ${o.outlet}`),
  },
  Statement: {
    source: (s: StatementRecord, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(s.source), `source ${s.source}`),
    claim: (s: StatementRecord, _: unknown, { loaders }: Context) =>
      present(loaders.claim.load(s.claim), `claim ${s.claim}`),
    article: (s: StatementRecord, _: unknown, { loaders }: Context) =>
      s.article ? loaders.article.load(s.article) : null,
    citing: (s: StatementRecord, _: unknown, { loaders }: Context) =>
      presentSources(loaders, s.citing),
  },
  Article: {
    outlet: (a: { outlet: string | null }, _: unknown, { loaders }: Context) =>
      sourceOfKind(loaders, a.outlet, 'Outlet'),
  },
};
