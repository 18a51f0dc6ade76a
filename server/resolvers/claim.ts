import { present } from '../errors.ts';
import { presentSources, sourceOfKind } from '../loaders.ts';
import type { Context } from '../context.ts';
import { pageWindow, toConnection, type PageArgs } from '../domain/pagination.ts';
import type { ClaimRecord, StatementRecord, StatementType } from '../domain/records.ts';
import { asserts, denies } from '../domain/statements.ts';
import { timeline } from '../domain/timeline.ts';
import { provenanceOf } from './provenance.ts';

const statementsOf = (claim: ClaimRecord, { loaders }: Context) =>
  loaders.claimStatements.load(claim.id);

export const ClaimResolvers = {
  Claim: {
    statements: async (
      claim: ClaimRecord,
      args: PageArgs & { type?: StatementType | null; reviewedOnly?: boolean | null },
      ctx: Context,
    ) => {
      const window = pageWindow(args, 50);
      const all = (await statementsOf(claim, ctx)).filter(
        (s) => (!args.type || s.type === args.type) && (!args.reviewedOnly || s.reviewed),
      );
      return toConnection({
        items: all.slice(window.skip, window.skip + window.limit),
        total: all.length,
        ...window,
      });
    },
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
