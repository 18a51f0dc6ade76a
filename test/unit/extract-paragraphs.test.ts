// Text as people save it: hard-wrapped lines, and saved pages whose source wraps a paragraph
// over several lines. A line cut mid-sentence is not a paragraph of its own.
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../server/extract/draft.ts';
import { paragraphs } from '../../server/extract/text.ts';

const at = { url: 'https://www.harborgazette.example/a', publishedAt: '2025-11-20' };

describe('paragraphs of wrapped text', () => {
  it('runs a line cut mid-sentence on into the next, and keeps headlines and blank lines apart', () => {
    const text =
      'Port strike talks stall\n\nThe port authority is preparing to hire replacement crews if the strike\ncontinues into December, Reuters reported.\nA second paragraph.';
    expect(paragraphs(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'Port strike talks stall',
      'The port authority is preparing to hire replacement crews if the strike\ncontinues into December, Reuters reported.',
      'A second paragraph.',
    ]);
  });

  it('drafts the same statements from a hard-wrapped article as from its one-line paragraphs', () => {
    const oneLine =
      'The port authority is preparing to hire replacement crews if the strike continues into December, Reuters reported on Wednesday, citing two people familiar with the matter.\n\nUnion leader Dana Whitfield denied the report.';
    const wrapped = oneLine.replace(
      'replacement crews if the strike continues into December,',
      'replacement crews if the strike continues into\nDecember,',
    );
    const statements = (text: string) => {
      const { document } = extractDraft({ ...at, text });
      const claim = (id: string) => document.claims?.find((c) => c.id === id)?.text;
      return document.statements.map((s) => `${s.type} ${s.source}: ${claim(s.claim)}`);
    };
    expect(statements(wrapped)).toEqual(statements(oneLine));
    expect(statements(wrapped)).toContain(
      'DENIED dana-whitfield: The port authority is preparing to hire replacement crews if the strike continues into December.',
    );
  });
});
