// Rules of the sixth pass on issue 14, each written for a pattern of news prose seen in the
// corpus tune half's misses (never for one article's words). The sentences are our own; each
// case fails without its rule.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

describe('a time between the subject and its verb: "The ministry on Tuesday denied …"', () => {
  it.each([
    [
      'The Interior Ministry on Tuesday denied a report that the army had left the border.',
      'interior-ministry: The army had left the border.',
    ],
    [
      'Acme Corp late on Friday dismissed a report that its director had resigned.',
      'acme-corp: Its director had resigned.',
    ],
  ])('%s', (text, denial) => {
    expect(denials(text)).toEqual([denial]);
  });

  it('the speaker of a plain statement is the subject, not the day', () => {
    expect(lines('Governor Ann Lee on Monday said the bridge would reopen in May.')).toEqual([
      'SAID ann-lee',
      'REPORTED latin-times <- ann-lee',
    ]);
  });

  it('a day that is itself the subject stays out of it: "Monday was …" has no speaker', () => {
    expect(lines('Monday was the day the ministry said the border would reopen.')).not.toContain(
      'SAID monday',
    );
  });
});

describe('a public body named only by title words: "The US military", "the Mexican government"', () => {
  it.each([
    [
      'The US military on Sunday dismissed as "false" a Russian report that its base had been shelled.',
      'us-military: Its base had been shelled.',
    ],
    [
      'The Mexican government denied a report that it had closed the northern border.',
      'mexican-government: It had closed the northern border.',
    ],
  ])('%s', (text, denial) => {
    expect(denials(text)).toEqual([denial]);
  });

  it('title words before nothing that names a body still name nobody', () => {
    expect(lines('The Democratic senator said the vote would be close.')).toEqual([]);
  });
});

describe('a report called false in what a speaker said: "said the report looked like a fake"', () => {
  it.each([
    [
      'Ivan Petrov said a Reuters report that the plant would close looked like a fake.',
      ['ivan-petrov: The plant would close.'],
    ],
    [
      'Reuters reported that the mayor had taken bribes. Ana Ruiz said the allegations were speculation without any basis.',
      ['ana-ruiz: The mayor had taken bribes.'],
    ],
    [
      'Reuters reported that the mayor had taken bribes. Ana Ruiz said she was inclined to see the story as one more fake.',
      ['ana-ruiz: The mayor had taken bribes.'],
    ],
  ])('%s', (text, denied) => {
    expect(denials(text)).toEqual(denied);
  });

  it.each([
    'Reuters reported that the mayor had taken bribes. Ana Ruiz said the report was not fake.',
    'Reuters reported that the mayor had taken bribes. Ana Ruiz said the story about fake news sites was worrying.',
    'Reuters reported that the mayor had taken bribes. Ana Ruiz declined to comment on the report.',
    'Reuters reported that the mayor had taken bribes. Ana Ruiz would neither confirm nor deny the report.',
    'Reuters reported that the mayor had taken bribes. Ana Ruiz could not be reached about the story.',
    'Reuters reported that the mayor had taken bribes. Ana Ruiz said the report was speculation.',
  ])('never a denial: %s', (text) => {
    expect(denials(text)).toEqual([]);
  });
});

describe('a labelling verb on a report: "denouncing a report that X as “fake news”"', () => {
  it.each([
    [
      'The Defence Ministry is denouncing a report that it sold weapons to the rebels as “fake news.”',
      'defence-ministry: It sold weapons to the rebels.',
    ],
    [
      'The Kremlin dismissed a Reuters report as fake, which alleged that its envoy had met the rebels.',
      'kremlin: Its envoy had met the rebels.',
    ],
  ])('%s', (text, denial) => {
    expect(denials(text)).toEqual([denial]);
  });
});

describe('what a denied report is about: its reporting verb, not any relative clause', () => {
  it.each([
    'Reuters reported that the two sides had agreed to talks. The White House denied the report, which came a day before the debate.',
    'Reuters reported that the two sides had agreed to talks. Tom Hale denied the claims made by Reuters.',
  ])('%s', (text) => {
    expect(denials(text).map((d) => d.replace(/^[^:]*: /, ''))).toEqual([
      'The two sides had agreed to talks.',
    ]);
  });
});

describe('unnamed sources described by whom they work for', () => {
  const anon = (text: string) =>
    draft(text).anonymousSources.map(
      (a) => `${a.description} (${a.count ?? '-'}, ${a.affiliation ?? '-'})`,
    );

  it.each([
    [
      'Two officials of Acme Corp said the plant would close.',
      'Two officials of Acme Corp (2, acme-corp)',
    ],
    [
      'Senior officials in the administration of President Ann Lee told Reuters that the talks had stalled.',
      'Senior officials in the administration of President Ann Lee (-, ann-lee)',
    ],
    [
      'Lee administration officials and a European diplomat told Reuters that the talks had stalled.',
      'Lee administration officials and a European diplomat (-, lee-administration)',
    ],
    [
      'An official with knowledge of the report said the draft had been changed.',
      'An official with knowledge of the report (1, -)',
    ],
  ])('%s', (text, source) => {
    expect(anon(text)).toEqual([source]);
  });

  it('a name right after the role is the speaker: "Kremlin spokesman Dmitry Peskov"', () => {
    expect(lines('Kremlin spokesman Dmitry Peskov said the talks had stalled.')).toEqual([
      'SAID dmitry-peskov',
      'REPORTED latin-times <- dmitry-peskov',
    ]);
  });
});
