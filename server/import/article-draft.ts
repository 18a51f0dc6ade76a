// From an article's text to a matched draft: the extraction engine (server/extract), then
// matching against the graph. Nothing is written; importDocuments takes the draft once reviewed.
import { BadUserInputError } from '../errors.ts';
import type { MatchStore } from '../db/match-store.ts';
import { extractDraft } from '../extract/draft.ts';
import { ExtractInputError, MAX_INPUT_BYTES, checked, fromHtml } from '../extract/input.ts';
import { validateDocument, type ImportDocument, type Warning } from './format.ts';
import { matchDraft, type Match } from './match.ts';

export interface ArticleInput {
  url?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  outlet?: string | null;
  text?: string | null;
  html?: string | null;
}

export interface DraftResult {
  /** The text the extractor read, which evidence offsets point into (Readability's, for HTML). */
  text: string;
  document: ImportDocument;
  matches: Match[];
  /** The extractor's notes (e.g. a statement it could not place), then the format's tidy-ups. */
  warnings: Warning[];
}

/** Refuses what is no article (empty, undated, binary, too large) with a code, before any work. */
export function articleText(input: ArticleInput) {
  const body = input.text ?? input.html ?? '';
  const bytes = Buffer.byteLength(body);
  const fail = (code: string, message: string): never => {
    throw new BadUserInputError([{ path: 'input', message: `${code}: ${message}` }], 'The article');
  };
  if (input.text != null && input.html != null) fail('BAD_INPUT', 'give text or html, not both');
  if (bytes > MAX_INPUT_BYTES)
    fail('TOO_LARGE', `${bytes} bytes, more than the 5 MB an article may have`);
  // NUL or other control characters (not tab, newline, return) mean binary data, not text.
  if ((body.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length > 8)
    fail('BINARY_INPUT', 'looks like binary data, not text or HTML');
  const fields = {
    url: input.url ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    title: input.title ?? undefined,
    outlet: input.outlet ?? undefined,
  };
  try {
    return input.html != null
      ? fromHtml(input.html, fields)
      : checked({ ...fields, text: input.text ?? '' }, 'input');
  } catch (e) {
    if (e instanceof ExtractInputError) return fail(e.code, e.message);
    throw e;
  }
}

export async function draftArticle(store: MatchStore, input: ArticleInput): Promise<DraftResult> {
  const article = articleText(input);
  const { document, warnings: notes } = extractDraft(article);
  const matched = await matchDraft(store, document as unknown as ImportDocument);
  const result = validateDocument(matched.document);
  // A draft the format refuses is the extractor's fault, not the user's: fail loudly.
  if (!result.ok)
    throw new Error(`extraction made an invalid draft: ${JSON.stringify(result.problems)}`);
  return {
    text: article.text,
    document: matched.document,
    matches: matched.matches,
    warnings: [...notes.map((message) => ({ path: '$', message })), ...result.warnings],
  };
}
