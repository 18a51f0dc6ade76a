import type { Context } from '../context.ts';
import type { SpanRecord } from '../domain/records.ts';
import { draftArticle, type ArticleInput, type DraftResult } from '../import/article-draft.ts';
import type { Evidence } from '../import/format.ts';

export const ExtractionMutation = {
  extractArticle: (_: unknown, { input }: { input: ArticleInput }, { stores }: Context) =>
    draftArticle(stores.matches, input),
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
