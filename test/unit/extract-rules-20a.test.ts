// Rules of the twentieth pass on issue 14, area A: titles joined by "and", given names the tagger
// misreads, and quotations that open with a verdict of falsity.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const sources = (text: string) => [...new Set(lines(text).map((l) => l.split(' ')[1]))];

// "Minister of Trade and Industry X", "said Information and Broadcasting Minister X": the "and"
// joins the portfolios of one title, which stays out of the person's id wherever the title stands.
describe('portfolios joined by "and" are one title, kept out of the name', () => {
  it.each([
    [
      'Minister of Trade and Industry Park Min-seo said the tariffs would be lifted.',
      'park-min-seo',
    ],
    [
      'Secretary for Commerce and Economic Development Lucia Ferro told reporters the port would reopen.',
      'lucia-ferro',
    ],
    [
      'The harbour will reopen on Monday, said Minister of Science and Technology Ines Kowal.',
      'ines-kowal',
    ],
    [
      'The rumours were spread by mischief-makers, said International Trade and Industry Minister Omar Latif.',
      'omar-latif',
    ],
    [
      '“We have no plans to sell the airline,” said Transport and Tourism Secretary Dara Quinn.',
      'dara-quinn',
    ],
    [
      'Secretary of Health and Human Services Noor Haddad said the clinics would stay open.',
      'noor-haddad',
    ],
  ])('%s', (text, id) => {
    expect(sources(text)).toEqual([id, 'latin-times']);
  });
  it('a title without a name is no portfolio speaker', () => {
    expect(
      sources('The Information and Broadcasting Minister said the coverage was irresponsible.'),
    ).toEqual([]);
  });
  it.each([
    ['Pell and Foreign Minister Ana Silva said the talks would go on.', ['pell', 'ana-silva']],
    ['Minister of Foreign Affairs Ivo Marek said the talks had ended.', ['ivo-marek']],
    ['Chief of Staff Leo Brandt told reporters the talks had ended.', ['leo-brandt']],
  ])('two speakers, and titles without "and", stay as before: %s', (text, ids) => {
    expect(sources(text).sort()).toEqual([...ids, 'latin-times'].sort());
  });
});

// "“…,” Don Graham said", "said Rob Walton": the tagger reads a given name that is also a word as
// a verb, an auxiliary or a noun, and the finder saw no speaker; before a capitalised name it
// opens the person's name.
describe('a given name the tagger reads as another word opens a name', () => {
  it.each([
    ['“The plant will stay open,” Rob Kessler said.', 'rob-kessler'],
    ['“We never discussed a sale,” said Don Aldana.', 'don-aldana'],
    ['The talks collapsed on Friday, Hope Varga told reporters.', 'hope-varga'],
    ['“Nothing has been signed,” Will Okafor said on Tuesday.', 'will-okafor'],
    ['The merger is off, said Grant Ellery, a spokesman for the bank.', 'grant-ellery'],
    ['“We are not for sale,” said Chase Morrow.', 'chase-morrow'],
  ])('%s', (text, id) => {
    expect(sources(text)).toEqual([id, 'latin-times']);
  });
  it.each([
    ['“Will Acme Corp sell its stake?” analysts asked.', 'will'],
    ['Analysts hope Acme Corp will sell its stake, the Daily Courier reported.', 'hope'],
  ])('a question, and the word in lower case, stay as before: %s', (text, word) => {
    expect(sources(text).some((s) => s?.startsWith(`${word}-`))).toBe(false);
  });
});

// "“That’s false. We are focused on …,” X said": the verdict that opens the quotation denies the
// claim answered, and what the quotation goes on to assert is the speaker's statement beside it
// (ANNOTATION.md); the rest was lost. A rest that only denies again, refuses to comment or repeats
// the verdict adds nothing.
describe('a quotation that opens with a verdict of falsity denies, and says the rest', () => {
  const report = 'The Daily Ledger reported that Corvan Foods was in talks to buy Brightwell. ';
  it.each([
    [
      '“That’s false. Corvan remains focused on its own stores,” Corvan spokeswoman Ilse Brandt said.',
      'ilse-brandt',
      /focused on its own stores/,
    ],
    [
      '“This is untrue. The company will open twelve stores in Norway next year,” Corvan said in a statement.',
      'corvan',
      /twelve stores in Norway/,
    ],
    [
      '“These reports are false. All our acquisitions are announced to the exchange first,” said Tomas Reyes, a spokesman for Corvan.',
      'tomas-reyes',
      /announced to the exchange/,
    ],
  ])('%s', (quote, who, said) => {
    const d = draft(report + quote);
    const claim = (id: string) => d.claims.find((c) => c.id === id)?.text ?? '';
    const mine = d.statements.filter((s) => s.source === who);
    expect(mine.filter((s) => s.type === 'DENIED').map((s) => claim(s.claim))).toEqual([
      expect.stringMatching(/talks to buy Brightwell/),
    ]);
    expect(mine.filter((s) => s.type === 'SAID').map((s) => claim(s.claim))).toEqual([
      expect.stringMatching(said),
    ]);
    expect(lines(report + quote)).toContain(`REPORTED latin-times <- ${who}`);
  });
  it.each([
    '“That’s false. We have never held talks with Brightwell,” Corvan spokeswoman Ilse Brandt said.',
    '“That’s false. We do not comment on market rumours,” Corvan spokeswoman Ilse Brandt said.',
    '“That’s false. It is fake news, pure and simple,” Corvan spokeswoman Ilse Brandt said.',
    '“That’s false,” Corvan spokeswoman Ilse Brandt said.',
  ])('the denial alone: %s', (quote) => {
    const d = draft(report + quote);
    const types = d.statements.filter((s) => s.source === 'ilse-brandt').map((s) => s.type);
    expect(types).toEqual(['DENIED']);
  });
});

// "said the charge was “categorically false”", "branding the reports 'complete lies'": quotation
// marks the writer puts around some words of a verdict of falsity are read through; with a mark
// before an adverb or between coordinated words the verdict was missed, and the words were
// taken for a statement of their own.
describe('quotation marks inside a verdict of falsity are read through', () => {
  const report = 'The Daily Ledger reported that Corvan Foods had sold its Brightwell unit. ';
  it.each([
    ['Ana Pell, Corvan’s lawyer, said the charge was “categorically false.”', 'ana-pell'],
    ['Corvan’s lawyer Ana Pell said the charge was "completely untrue".', 'ana-pell'],
    ['Ilse Brandt said the claims were “malicious” and “false.”', 'ilse-brandt'],
    ["Tomas Reyes said the report was 'simply' false.", 'tomas-reyes'],
    ['Ilse Brandt said the accusations were “totally” baseless.', 'ilse-brandt'],
  ])('%s', (sentence, who) => {
    const d = draft(report + sentence);
    const claim = (id: string) => d.claims.find((c) => c.id === id)?.text ?? '';
    const mine = d.statements.filter((s) => s.source === who);
    expect(mine.map((s) => `${s.type}: ${claim(s.claim)}`)).toEqual([
      expect.stringMatching(/^DENIED: .*sold its Brightwell unit/),
    ]);
  });
  it('the verdict’s words that go on after “false and” name no proposition', () => {
    const d = draft(
      report + 'Corvan’s board said the claims were “false and malicious gossip” on Monday.',
    );
    const denied = d.statements
      .filter((s) => s.type === 'DENIED')
      .map((s) => d.claims.find((c) => c.id === s.claim)?.text);
    expect(denied).toEqual([expect.stringMatching(/sold its Brightwell unit/)]);
  });
  it.each([
    // a falsity word said of something else stays what it is, quoted or not
    'Ana Pell said the sales figures were “simply wrong” in the first draft of the filing.',
    'Ana Pell said the passports were “completely fake”, according to the police.',
  ])('no denial: %s', (sentence) => {
    expect(lines(report + sentence).filter((l) => l.startsWith('DENIED'))).toEqual([]);
  });
});

// "the report wasn’t true", "“That isn’t the case”": a linking verb's contracted negation before
// "true", "accurate", "correct" or "the case" is the verdict "not true"; the falsity patterns
// wanted a space after the verb, and the words became a statement of their own.
describe('a contracted negation of truth is a verdict of falsity', () => {
  const report = 'The Daily Ledger reported that Corvan Foods had sold its Brightwell unit. ';
  it.each([
    'Corvan said the report wasn’t true.',
    "Corvan said the reports weren't accurate.",
    '“That isn’t true,” Corvan said.',
    '“The story simply isn’t correct,” Corvan said in a statement.',
    '“This isn’t the case,” Corvan said.',
  ])('%s', (sentence) => {
    const d = draft(report + sentence);
    const claim = (id: string) => d.claims.find((c) => c.id === id)?.text ?? '';
    const mine = d.statements.filter((s) => s.source === 'corvan');
    expect(mine.map((s) => `${s.type}: ${claim(s.claim)}`)).toEqual([
      expect.stringMatching(/^DENIED: .*sold its Brightwell unit/),
    ]);
  });
  it.each([
    // a contracted negation of another word, or of a falsity word, is no verdict
    'Corvan said the report wasn’t false.',
    'Corvan said the sale wasn’t finished yet.',
  ])('no denial: %s', (sentence) => {
    expect(lines(report + sentence).filter((l) => l.startsWith('DENIED'))).toEqual([]);
  });
});

// "Ana Pell branded the reports lies", "…, branding the claims false": the tagger reads "branded"
// as an adjective and "branding" as a noun, so the label went unread; and the label a denier puts
// after a denied clause (", branding the reports lies") is no part of what is denied.
describe('"branded" and "branding" with an object label what they name', () => {
  const report = 'The Daily Ledger reported that Corvan Foods had sold its Brightwell unit. ';
  it.each([
    'Ilse Brandt branded the reports complete lies.',
    'Ilse Brandt branded the report as fake news on Monday.',
    'Ilse Brandt took to Twitter to deny claims that Corvan Foods had sold its Brightwell unit, branding the reports complete lies.',
  ])('%s', (sentence) => {
    const d = draft(report + sentence);
    const claim = (id: string) => d.claims.find((c) => c.id === id)?.text ?? '';
    const mine = d.statements.filter((s) => s.source === 'ilse-brandt');
    expect(mine.map((s) => `${s.type}: ${claim(s.claim)}`)).toEqual([
      expect.stringMatching(/^DENIED: [^,]*sold its Brightwell unit\.?$/),
    ]);
  });
  it('a brand as a noun or an adjective stays one', () => {
    expect(
      lines(report + 'Ilse Brandt said the branded goods would stay on the shelves.'),
    ).toContain('SAID ilse-brandt');
    expect(lines(report + 'Ilse Brandt said the branding of the stores would change.')).toContain(
      'SAID ilse-brandt',
    );
  });
});

// "took to Twitter on Monday night to rubbish claims that P": the finder joined the speaker's
// verb to the infinitive over one place phrase only; a second phrase or a time between them made
// the time ("Monday night") the one who rubbished.
describe('a speaker’s verb reaches the infinitive cue over places and times', () => {
  it.each([
    [
      'Ilse Brandt took to Twitter on Monday night to deny claims that Corvan had sold its Brightwell unit.',
      'ilse-brandt',
    ],
    [
      'Tomas Reyes went on television on Sunday to dismiss reports that Corvan had sold its Brightwell unit.',
      'tomas-reyes',
    ],
    [
      'Ana Pell took to Instagram again on Friday to rubbish claims that Corvan had sold its Brightwell unit.',
      'ana-pell',
    ],
  ])('%s', (sentence, who) => {
    expect(lines(sentence).filter((l) => l.startsWith('DENIED'))).toEqual([`DENIED ${who}`]);
  });
  it('the label after the denied clause is no part of the claim', () => {
    const d = draft(
      'Ilse Brandt took to Twitter to rubbish claims that Corvan had sold its Brightwell unit, branding the reports ‘complete lies’.',
    );
    expect(d.claims.map((c) => c.text)).toEqual(['Corvan had sold its Brightwell unit.']);
  });
});
