import { describe, expect, it } from 'vitest';
import { checkBytes, fromHtml, fromJson, MAX_INPUT_BYTES } from '../../server/extract/input.ts';

describe('extraction input', () => {
  it.each([
    [
      'empty text',
      () => fromJson('{"url":"https://a.com/x","publishedAt":"2025-01-01","text":"  "}', 'in'),
      'EMPTY_TEXT',
    ],
    [
      'no date',
      () => fromJson('{"url":"https://a.com/x","text":"Ana said so."}', 'in'),
      'MISSING_DATE',
    ],
    [
      'binary garbage',
      () => checkBytes(Buffer.from([0, 159, 146, 150, 0, 1, 2]), 'in'),
      'BINARY_INPUT',
    ],
    ['over 5 MB', () => checkBytes(Buffer.alloc(MAX_INPUT_BYTES + 1, 97), 'in'), 'TOO_LARGE'],
  ])('%s is refused with a code', (_name, run, code) => {
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it('a saved page gives its main text, title, outlet and date from its meta tags', () => {
    const a = fromHtml(
      `<html><head><title>T</title><meta property="og:title" content="Bridge to reopen">
       <meta property="og:site_name" content="NBC News"><meta property="og:url" content="https://www.nbcnews.com/b">
       <meta property="article:published_time" content="2025-11-03T10:00:00Z"></head>
       <body><nav>Home | World</nav><article><p>Maria Lopez said that the bridge will reopen next year, after two years of repairs on the old structure.</p></article></body></html>`,
      {},
    );
    expect(a).toMatchObject({
      url: 'https://www.nbcnews.com/b',
      title: 'Bridge to reopen',
      outlet: 'NBC News',
      publishedAt: '2025-11-03T10:00:00.000Z',
    });
    expect(a.text).toContain('Maria Lopez said');
  });

  it('a pasted fragment or plain words are a page body, not a crash', () => {
    const where = { url: 'https://x.example/a', publishedAt: '2025-01-01' };
    expect(
      fromHtml('<p>Ana Lopez said that it rained all day in the city.</p>', where).text,
    ).toContain('Ana Lopez said');
    expect(fromHtml('plain words only', where).text).toBe('plain words only');
    expect(() => fromHtml('', where)).toThrow(expect.objectContaining({ code: 'EMPTY_TEXT' }));
  });
});
