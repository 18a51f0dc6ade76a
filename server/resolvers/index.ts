import type { Resolvers } from '../generated/resolvers.ts';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { ClaimResolvers } from './claim.ts';
import { ExtractionMutation, ExtractionResolvers } from './extraction.ts';
import { Mutation } from './mutation.ts';
import { ProvenanceResolvers } from './provenance.ts';
import { Query } from './query.ts';
import { SourceResolvers } from './source.ts';
import {
  ClaimCredibility,
  CredibilityMutation,
  CredibilityQuery,
  CredibilityResolvers,
} from './credibility.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: { ...Query, ...CredibilityQuery },
  Mutation: { ...Mutation, ...CredibilityMutation, ...ExtractionMutation },
  ...ClaimResolvers,
  Claim: { ...ClaimResolvers.Claim, ...ClaimCredibility },
  ...SourceResolvers,
  Actor: { ...SourceResolvers.Actor, ...CredibilityResolvers.Actor },
  Outlet: { ...SourceResolvers.Outlet, ...CredibilityResolvers.Outlet },
  AnonymousSource: { ...SourceResolvers.AnonymousSource, ...CredibilityResolvers.AnonymousSource },
  Verdict: CredibilityResolvers.Verdict,
  ClaimAssessment: CredibilityResolvers.ClaimAssessment,
  ...ProvenanceResolvers,
  ...ExtractionResolvers,
};
