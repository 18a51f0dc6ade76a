// What the extraction rule tests read a draft as: one place, so that every rule file reads the
// engine the same way.
import { expect } from 'vitest';
import { findAttributions } from '../../server/extract/attributions.ts';
import { extractDraft } from '../../server/extract/draft.ts';
import { sentences } from '../../server/extract/text.ts';

/** The draft of a sentence or two, as a Latin Times article of the given day. */
export const draft = (text: string, publishedAt = '2025-11-04') =>
  extractDraft({ url: 'https://www.latintimes.com/story-1', publishedAt, text }).document;

/** Each statement as "TYPE source <- cited,sources". */
export const lines = (text: string) =>
  draft(text).statements.map(
    (s) => `${s.type} ${s.source}${s.citing ? ` <- ${s.citing.join(',')}` : ''}`,
  );

/** Each denial as "denier: the claim denied". */
export const denials = (text: string) => {
  const d = draft(text);
  return d.statements
    .filter((s) => s.type === 'DENIED')
    .map((s) => `${s.source}: ${d.claims.find((c) => c.id === s.claim)?.text}`);
};

/** The ids of the unnamed outlets a draft made ("Unnamed …", no domain). */
export const unnamedOutlets = (text: string) =>
  draft(text)
    .outlets.filter((o) => !o.domain && /^Unnamed\b/.test(o.name))
    .map((o) => o.id);

/** Asserts the draft reports through an unnamed outlet that the article cites; its lines. */
export function reportsUnnamed(text: string) {
  const ids = unnamedOutlets(text);
  expect(ids.length).toBeGreaterThan(0);
  const got = lines(text);
  expect(got.some((l) => ids.some((id) => l.startsWith(`REPORTED ${id}`)))).toBe(true);
  expect(got.some((l) => ids.some((id) => l === `REPORTED latin-times <- ${id}`))).toBe(true);
  return got;
}

/** Each attribution as "source | cue | content" strings, the way PolNeAR spans read. */
export const found = (text: string) =>
  sentences(text).flatMap((s) =>
    findAttributions(s).map((a) =>
      [
        a.source ? text.slice(...a.source) : '-',
        text.slice(...a.cue),
        a.content.map((c) => text.slice(...c)).join(' … '),
      ].join(' | '),
    ),
  );

/** Each attribution's source as PolNeAR marks it: the name with the words that describe it. */
export const described = (text: string) =>
  sentences(text).flatMap((s) =>
    findAttributions(s).map((a) => {
      const src = a.described ?? a.source;
      return src ? text.slice(...src) : '-';
    }),
  );
