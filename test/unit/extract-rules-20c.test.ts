// Rules of the twentieth pass on issue 14, area C: round 23's errors, written as general rules.
import { describe, expect, it } from 'vitest';
import { draft, denials, lines } from './extract-helpers.ts';

// "E! News", "Yahoo! Finance": a brand whose name ends in an exclamation mark. The splitter read
// the mark as a sentence's end, so "told E! News." lost its listener and the words went to the
// article's own outlet.
describe('a brand ending in "!" is one name, not a sentence end', () => {
  it('the outlet told stands between the article and the speaker', () => {
    const got = lines('“The tour will go on,” the singer’s manager Dora Vance told E! News.');
    expect(got).toContain('SAID dora-vance');
    expect(got).toContain('REPORTED e-online <- dora-vance');
    expect(got).toContain('REPORTED latin-times <- e-online');
  });
  it('E! Online reports what it publishes', () => {
    const got = lines(
      'The actor has been seen at the studio twice this week, E! Online reported on Friday.',
    );
    expect(got).toContain('REPORTED e-online');
    expect(got).toContain('REPORTED latin-times <- e-online');
  });
  it('a brand with "!" leaves the next sentence its own', () => {
    const d = draft(
      'Milo Brandt told Yahoo! Finance that the merger was off. Globex said the talks went on.',
    );
    const said = d.statements.filter((s) => s.type === 'SAID').map((s) => s.source);
    expect(said).toEqual(expect.arrayContaining(['milo-brandt', 'globex']));
  });
});
