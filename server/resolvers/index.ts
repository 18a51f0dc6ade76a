import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { ClaimResolvers } from './claim.ts';
import { Mutation } from './mutation.ts';
import { ProvenanceResolvers } from './provenance.ts';
import { Query } from './query.ts';
import { SourceResolvers } from './source.ts';

export const resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query,
  Mutation,
  ...ClaimResolvers,
  ...SourceResolvers,
  ...ProvenanceResolvers,
};
