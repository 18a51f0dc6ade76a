// Resolver types generated from the SDL (`npm run codegen`; `npm test` runs it before tsc), so
// that a resolver returning the wrong shape is a type error. Mappers name the records the data
// layer hands to resolvers in place of the GraphQL types.
import type { CodegenConfig } from '@graphql-codegen/cli';

const records = '../domain/records.ts';
const provenance = '../domain/provenance.ts';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'server/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        importExtension: '.ts',
        contextType: '../context.ts#Context',
        // graphql-scalars parses DateTime arguments to Date; records carry ISO strings out.
        scalars: { DateTime: { input: 'Date', output: 'Date | string' }, JSON: 'unknown' },
        mappers: {
          Claim: `${records}#ClaimRecord`,
          Actor: `${records}#ActorRecord`,
          Outlet: `${records}#OutletRecord`,
          AnonymousSource: `${records}#AnonymousSourceRecord`,
          Article: `${records}#ArticleRecord`,
          Statement: `${records}#StatementRecord`,
          Verdict: `${records}#VerdictRecord`,
          ClaimAssessment: `${records}#AssessmentRecord`,
          Source: `${records}#SourceRecord`,
          Node: `${records}#NodeRecord`,
          SearchResult: `${records}#SearchResultRecord`,
          Contradiction: `${records}#ContradictionRecord`,
          Provenance: `${provenance}#ProvenanceAnswer`,
          ProvenanceChain: `${provenance}#ChainAnswer`,
          Origin: `${provenance}#OriginRow`,
          MergedOrigin: `${provenance}#MergedOriginRow`,
          LikelyCopy: `${records}#LikelyCopyRecord`,
          CitationHop: `${provenance}#HopRow`,
          TextSpan: `${records}#SpanRecord`,
          ArticleDraft: '../import/article-draft.ts#DraftResult',
          DraftMatch: '../import/match.ts#Match',
          OutletSpread: '../domain/timeline.ts#OutletSpreadRow',
        },
      },
    },
  },
};

export default config;
