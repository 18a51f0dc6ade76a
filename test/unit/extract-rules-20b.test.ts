// Rules of the twentieth pass on issue 14, helper B: sources hidden by brackets, quotation marks,
// and the words around an outlet's name.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

// A date in brackets between the speaker and the cue says when, as an unbracketed one does; so
// does a bracketed date after the one it pins down ("on Friday (Feb 10)").
describe('a bracketed date between the speaker and the cue is skipped', () => {
  const has = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text)).toContain(line);
    });
  has(
    'Minister Tobin Vale on Friday (Feb 10) denied that any minister is resigning.',
    'DENIED tobin-vale',
  );
  has(
    'Spokeswoman Ilse Marr on Wednesday (November 20) said the talks would resume.',
    'SAID ilse-marr',
  );
  has('Hooli [on Tuesday] said it would cut 300 jobs.', 'SAID hooli');
  has('Corvane (Feb. 3) said the plant would close.', 'SAID corvane');
  has('Tobin Vale on Monday (November 14th) said the minister was fine.', 'SAID tobin-vale');
  has('Governor Ada Pell (R-OK) said the plan would fail.', 'SAID ada-pell');
});
