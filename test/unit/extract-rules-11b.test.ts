// Denial rules of the eleventh pass on issue 14 (area B). Round 5's misses showed that rules-10
// read denials one cue word at a time; each block below is a FAMILY of ways news prose denies (the
// falsity words in all their forms, the denial verbs, a negated restatement in other words, a
// statement that denies, a denial's object after an adverbial), tested on sentences of our own in
// other names, tenses and orders, beside look-alikes that deny nothing.
import { describe, expect, it } from 'vitest';
import { denials, lines } from './extract-helpers.ts';

const TALKS = 'The Daily Courier reported that Nordbank is in talks to buy Westfield Insurance.';
const TALKS_CLAIM = 'Nordbank is in talks to buy Westfield Insurance.';
const EXIT = 'The Courier reported that Lena Holm would step down as chief executive in May.';
const EXIT_CLAIM = 'Lena Holm would step down as chief executive in May.';

const holmDenies = (sentence: string, report = TALKS, claim = TALKS_CLAIM) =>
  expect(denials(`${report} ${sentence}`)).toEqual([`${holmId(sentence)}: ${claim}`]);
const holmId = (sentence: string) =>
  /Nordbank said|Nordbank (?:has|had|released|issued|put)|^Nordbank/.test(sentence)
    ? 'nordbank'
    : 'lena-holm';

describe('falsity words in all their forms, said of the report, a pronoun for it or the claim', () => {
  it.each([
    '“This, of course, is the height of fakery,” Lena Holm said.',
    'Lena Holm called the report “the highest level of fakes.”',
    'Lena Holm said the story was “the height of falsification.”',
    '“That’s just flat wrong,” Lena Holm told the Financial Times of the report.',
    '“The report is dead wrong,” Lena Holm said.',
    '“These claims are a pack of lies,” Lena Holm said.',
    '“It is pure propaganda,” Lena Holm said of the report.',
    'Lena Holm described the report as a smear.',
    '“The story is a falsehood,” Lena Holm said.',
    '“This report is completely fabricated,” Lena Holm said.',
    '“It is simply not correct,” Lena Holm said of the report.',
  ])('%s', (sentence) => holmDenies(sentence));

  it.each(['Lena Holm branded the rumours garbage.'])(
    'a bare falsity noun as the label: %s',
    (sentence) => holmDenies(sentence),
  );

  // rules-12 B: what follows "by saying" is the reply's content
  it.each([
    'Nordbank responded to the report by saying the information was inaccurate.',
    'Nordbank responded by saying the reports were incorrect.',
  ])('"responded … by saying <falsity>": %s', (sentence) => holmDenies(sentence));

  it.each([
    '“A merger of any kind is completely out of the equation,” Lena Holm said.',
    '“A deal is out of the question,” Lena Holm said.',
    '“Any takeover is off the table,” Lena Holm said.',
  ])('what cannot happen: %s', (sentence) => holmDenies(sentence));

  it.each([
    '“The new stadium is the height of folly,” Lena Holm said.',
    '“Our staff in Oslo are the height of professionalism,” Lena Holm said.',
    'Lena Holm said the weather was “flat and grey” in Oslo.',
    'Lena Holm called the fine “absurdly high” for a small bank.',
    '“We do not comment on rumours or speculation,” Lena Holm said.',
    'Lena Holm declined to comment on what she called speculation.',
    'Lena Holm said the bank was not aware of any talks.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('the denial verbs as a family', () => {
  it.each([
    'Lena Holm on Tuesday quashed reports of the talks.',
    'Lena Holm quickly scotched the rumours on Wednesday.',
    'Lena Holm knocked down the report in an interview.',
    'Lena Holm has contested the report.',
    'Lena Holm has quashed reports of merger talks with Westfield and called the rumours “absolute rubbish.”',
    'Lena Holm, the bank’s founder, scotched the report.',
    'Lena Holm debunked the story on Twitter.',
  ])('%s', (sentence) => holmDenies(sentence));

  it.each([
    'The supreme court quashed the conviction of Lena Holm on Tuesday.',
    'Lena Holm scotched plans for a new headquarters in Oslo.',
    'Lena Holm contested the election in 2019.',
    'Lena Holm knocked down the old branch in Bergen.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('a negated restatement of a reported claim, in other words, is its denial', () => {
  it.each([
    'Nordbank said in a statement that it had not engaged in discussions with Westfield Insurance.',
    'Nordbank said it was not in negotiations with Westfield.',
    'Nordbank said it has never held negotiations with Westfield.',
    '“We are not, nor have we been, in takeover talks with Westfield,” Nordbank said.',
  ])('talks, discussions, negotiations: %s', (sentence) => holmDenies(sentence));

  it.each([
    'Lena Holm has insisted that she has no plans to resign.',
    'Lena Holm said she would not quit.',
    'Lena Holm said she had no intention of leaving the bank.',
    '“I am staying,” Lena Holm said.',
  ])('step down, resign, quit, leave; stay: %s', (sentence) =>
    holmDenies(sentence, EXIT, EXIT_CLAIM),
  );

  it.each([
    'Lena Holm said she has no plans to buy a house in Bergen.',
    'Lena Holm said the board would stay in Oslo for the winter.',
    'Lena Holm said she would not comment on her plans.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${EXIT} ${sentence}`)).toEqual([]);
  });
});

describe('a statement that denies is its issuer’s denial', () => {
  it.each([
    'Nordbank released a statement on Friday denying rumours that it had received any offers.',
    'Nordbank issued a statement denying the report.',
    'Nordbank put out a statement late on Monday rejecting the claims.',
    'Nordbank has issued a statement dismissing the report as speculation.',
  ])('%s', (sentence) => {
    const d = denials(`${TALKS} ${sentence}`);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/^nordbank: /);
  });

  it('a statement that only announces denies nothing', () => {
    expect(
      denials(`${TALKS} Nordbank released a statement on Friday announcing its annual results.`),
    ).toEqual([]);
  });
});

describe('a denial’s object after an adverbial, or a clause without "that"', () => {
  it.each([
    ['Lena Holm denied in an interview on Tuesday that she had met Westfield executives.'],
    ['Lena Holm denied on Monday that she had met Westfield executives.'],
    ['Lena Holm denied she had met Westfield executives.'],
    ['Lena Holm flatly denied she had ever met Westfield executives.'],
    [
      'The talks went on, with Lena Holm denying in early April that she had met Westfield executives.',
    ],
  ])('%s', (sentence) => {
    const d = denials(`${TALKS} ${sentence}`);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/^lena-holm: .*met Westfield executives/);
  });
});

describe('", insisting that <another claim>" after a denial with its own proposition', () => {
  it('is a statement of its own', () => {
    const text = `${EXIT} Nordbank officials denied that the move was a demotion for Holm, insisting that weeks ago she had asked the board for the new role.`;
    expect(lines(text).some((l) => /^SAID .*nordbank-officials$/.test(l))).toBe(true);
    expect(denials(text)).toHaveLength(1);
  });

  it('after a denial of the report, the participle is the denial’s reason', () => {
    const text = `${EXIT} Lena Holm denied the report, insisting that she is busy with the budget.`;
    expect(lines(text)).not.toContain('SAID lena-holm');
  });
});
