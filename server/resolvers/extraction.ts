import type { Context } from '../context.ts';
import type { SpanRecord } from '../domain/records.ts';
import type { ArticleInput, DraftResult } from '../import/article-draft.ts';
import type { Evidence } from '../import/format.ts';

// The extraction engine (wink-nlp and its English model, linkedom, Readability, chrono) holds
// about 60 MB of the process' memory once loaded: it is loaded by the first extraction, so that
// a service that only answers questions never carries it.
const engine = () => import('../import/article-draft.ts');

export const ExtractionMutation = {
  extractArticle: async (_: unknown, { input }: { input: ArticleInput }, { stores }: Context) =>
    (await engine()).draftArticle(stores.matches, input),
};

export const ExtractionResolvers = {
  ArticleDraft: {
    statements: (d: DraftResult) =>
      (d.document.statements ?? []).flatMap((s) =>
        s.evidence ? [{ ...s, citing: s.citing ?? [], evidence: s.evidence as Evidence }] : [],
      ),
  },
  TextSpan: {
    start: (s: SpanRecord) => s[0],
    end: (s: SpanRecord) => s[1],
  },
};
