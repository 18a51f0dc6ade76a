import type { Context } from '../context.ts';
import { pageWindow, toConnection, type PageArgs } from '../domain/pagination.ts';
import { toClaimReview } from '../domain/claimreview.ts';
import { present } from '../errors.ts';
import { independence } from '../domain/provenance.ts';
import {
  KIND_LABEL,
  type AnonymousSourceRecord,
  type AssessmentRecord,
  type ClaimRecord,
  type SourceKind,
  type SourceRecord,
  type VerdictRecord,
} from '../domain/records.ts';
import { importClaimReviews, recordVerdict, type VerdictInput } from '../import/verdicts.ts';

/** An anonymous source is judged through the outlet that cites it. */
const accountableId = (s: SourceRecord) =>
  s.__typename === 'AnonymousSource' ? (s as AnonymousSourceRecord).citedBy : s.id;

const credibility = (
  s: SourceRecord,
  { asOf }: { asOf?: Date | null },
  { loaders, stores }: Context,
) => {
  const id = accountableId(s);
  if (!id) return null;
  return asOf ? stores.credibility.asOf(id, asOf.toISOString()) : loaders.credibility.load(id);
};

export const CredibilityResolvers = {
  Actor: { credibility },
  Outlet: { credibility },
  AnonymousSource: { credibility },
  ClaimAssessment: {
    independentOrigins: async (a: AssessmentRecord, _: unknown, { loaders }: Context) =>
      independence(
        a.origins,
        await loaders.claimCopying.load({ id: a.claimId, asOf: null, reviewedOnly: false }),
      ).independentOrigins,
  },
  Verdict: {
    reviewer: (v: VerdictRecord, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(v.reviewer), `reviewer ${v.reviewer} of verdict ${v.id}`),
    claim: (v: VerdictRecord, _: unknown, { loaders }: Context) =>
      present(loaders.claim.load(v.claim), `claim ${v.claim} of verdict ${v.id}`),
  },
};

export const ClaimCredibility = {
  verdicts: (c: ClaimRecord, _: unknown, { loaders }: Context) => loaders.verdicts.load(c.id),
  assessment: (c: ClaimRecord, _: unknown, { loaders }: Context) => loaders.assessment.load(c.id),
  claimReviews: async (c: ClaimRecord, _: unknown, { loaders }: Context) => {
    const verdicts = await loaders.verdicts.load(c.id);
    const reviewers = await loaders.source.loadMany(verdicts.map((v) => v.reviewer));
    return verdicts.map((v, i) => {
      const r = reviewers[i];
      const reviewer = r && !(r instanceof Error) ? r : { name: v.reviewer, domain: null };
      return toClaimReview(v, c, {
        name: reviewer.name,
        domain: 'domain' in reviewer ? reviewer.domain : null,
      });
    });
  },
};

export const CredibilityQuery = {
  credibilityRanking: async (
    _: unknown,
    args: PageArgs & { kind?: SourceKind | null },
    { stores }: Context,
  ) =>
    toConnection(
      await stores.credibility.ranking(args.kind ? KIND_LABEL[args.kind] : null, pageWindow(args)),
    ),
  credibilityRun: (_: unknown, __: unknown, { stores }: Context) => stores.credibility.latestRun(),
};

export const CredibilityMutation = {
  recordVerdict: async (_: unknown, { input }: { input: VerdictInput }, { stores }: Context) => {
    const id = await recordVerdict(stores.imports, input);
    await stores.credibility.settle([input.claim]);
    const [verdicts] = await stores.verdicts.byClaim([input.claim]);
    return present(
      Promise.resolve(verdicts!.find((v) => v.id === id)),
      `verdict ${id} just recorded`,
    );
  },
  importClaimReviews: async (_: unknown, { input }: { input: unknown }, { stores }: Context) => {
    const result = await importClaimReviews(stores.imports, stores.verdicts, input);
    await stores.credibility.settle(result.claimIds);
    return result;
  },
  recomputeCredibility: (_: unknown, __: unknown, { stores }: Context) =>
    stores.credibility.recompute(),
};
