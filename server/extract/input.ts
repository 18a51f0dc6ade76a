// Article input: a JSON object or NDJSON line, a saved .html page, or a .txt with url and date.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleText } from './draft.ts';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export class ExtractInputError extends Error {
  constructor(
    readonly code:
      'EMPTY_TEXT' | 'MISSING_DATE' | 'MISSING_URL' | 'BINARY_INPUT' | 'TOO_LARGE' | 'BAD_JSON',
    message: string,
  ) {
    super(message);
  }
}

export function checkBytes(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ExtractInputError(
      'TOO_LARGE',
      `${name}: ${bytes.length} bytes, more than the 5 MB an article may have`,
    );
  // NUL bytes or invalid UTF-8 mean a binary file, not an article
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (bytes.includes(0) || (text.match(/\uFFFD/g) ?? []).length > 8)
    throw new ExtractInputError(
      'BINARY_INPUT',
      `${name}: looks like binary data, not text or HTML`,
    );
  return text;
}

export function fromHtml(html: string, fallback: Partial<ArticleText>): ArticleText {
  // linkedom builds no <html> element for a fragment or plain words, and Readability needs one:
  // a pasted fragment is a page's body.
  const { document } = parseHTML(
    /<html[\s>]/i.test(html)
      ? html
      : `<!doctype html><html><head></head><body>${html}</body></html>`,
  );
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? undefined;
  const url =
    fallback.url ??
    meta('meta[property="og:url"]') ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    undefined;
  const publishedAt =
    fallback.publishedAt ??
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]');
  const title = fallback.title ?? meta('meta[property="og:title"]');
  const outlet = fallback.outlet ?? meta('meta[property="og:site_name"]');
  const article = new Readability(document as unknown as Document).parse();
  return checked(
    {
      url,
      publishedAt,
      title: title ?? article?.title ?? undefined,
      outlet,
      text: article?.textContent ?? '',
    },
    'html page',
  );
}

export function checked(a: Partial<ArticleText>, name: string): ArticleText {
  if (!a.text || !a.text.trim())
    throw new ExtractInputError('EMPTY_TEXT', `${name}: the article has no text`);
  if (!a.url || !/^https?:\/\//i.test(a.url))
    throw new ExtractInputError('MISSING_URL', `${name}: an http(s) url is required`);
  if (!a.publishedAt || Number.isNaN(new Date(a.publishedAt).getTime()))
    throw new ExtractInputError(
      'MISSING_DATE',
      `${name}: a publishedAt date is required (YYYY-MM-DD or RFC 3339)`,
    );
  const publishedAt = /^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt)
    ? a.publishedAt
    : new Date(a.publishedAt).toISOString();
  return {
    url: a.url,
    publishedAt,
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
  };
}

/** One JSON object, or NDJSON lines, each `{url, publishedAt, title?, outlet?, text | html}`. */
export function fromJson(text: string, name: string): ArticleText[] {
  const trimmed = text.trim();
  const records: unknown[] = [];
  try {
    if (trimmed.startsWith('[')) records.push(...(JSON.parse(trimmed) as unknown[]));
    else if (!trimmed.includes('\n')) records.push(JSON.parse(trimmed));
    else for (const line of trimmed.split('\n')) if (line.trim()) records.push(JSON.parse(line));
  } catch (e) {
    throw new ExtractInputError('BAD_JSON', `${name}: ${(e as Error).message}`);
  }
  return records.map((r, i) => {
    const o = (r ?? {}) as Partial<ArticleText> & { html?: string };
    return typeof o.html === 'string' && !o.text
      ? fromHtml(o.html, o)
      : checked(o, `${name}[${i}]`);
  });
}
