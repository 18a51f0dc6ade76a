// Denial rules of the twelfth pass on issue 14 (area B). Round 6 showed that rules-11 read
// denials at the position where its examples stood: falsity words only in a full quotation, an
// involvement denied only with a report noun as its object, "no truth" but not "zero truth". Each
// block below is a family, tested on sentences of our own in other names, tenses and orders,
// beside look-alikes that deny nothing.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

const TALKS = 'The Daily Courier reported that Nordbank is in talks to buy Westfield Insurance.';
const HACK =
  'The Daily Courier reported that Nordbank was behind the cyberattack on Westfield Insurance last month.';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

describe('falsity words in indirect, partly quoted or according-to speech', () => {
  it.each([
    'Nordbank said there is “no truth to” the reports.',
    'Nordbank said there was no truth in the report.',
    'Nordbank told Reuters that there is “no truth” in the news.',
    'Nordbank said on Friday there was absolutely zero truth to the rumours.',
    'Nordbank said the reports were false.',
    'Nordbank insisted the rumours were completely untrue.',
    'Nordbank claimed that they were “false and malicious propaganda”.',
    'According to Nordbank, the report is baseless.',
    'According to Nordbank, the article is deemed “false and fabricated”.',
    'According to Nordbank executives familiar with the matter speaking to the Oslo Herald on Monday, the article published by the Daily Courier is deemed “false and fabricated”.',
    'The reports are unfounded, Nordbank said.',
    'Nordbank, however, said that news of any talks had “no truth”.',
    'In an emailed response, Nordbank said the story was “a fabrication”.',
  ])('%s', (sentence) => {
    // the unnamed executives are scoped to the paper they spoke to
    const d = deniers(`${TALKS} ${sentence}`);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/executives/.test(sentence) ? /nordbank-executives/ : /^nordbank$/);
  });

  it('the outlet told carries the denial and reports nothing', () => {
    const l = lines(`${TALKS} Nordbank told Reuters that there is “no truth” in the news.`);
    expect(l).not.toContain('REPORTED reuters');
  });

  it('an outlet quoting the denier does not deny', () => {
    const text = `${TALKS} According to the Gazette, Lena Holm said there is absolutely zero truth to these rumours.`;
    expect(deniers(text)).not.toContain('gazette');
  });

  it.each([
    'Police said the passports found in the car were fake.',
    'Nordbank said the group was made up of five regional banks.',
    'Nordbank said the new fund was made up of bonds and shares.',
    'Nordbank declined to comment on the reports.',
    'Nordbank said it was not aware of any talks and does not comment on rumours.',
    'Nordbank said its staff had been warned about fake emails.',
    'Nordbank said it was wrong to cut jobs in Bergen.',
    'Lena Holm said they were wrong about the interest rate.',
    'Nordbank said there is no truth serum in its vaults.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('"made up of" is composition, never falsity', () => {
  it.each([
    '“The consortium is made up of five banks,” Lena Holm said.',
    'Investigators believe the group was made up of five men and a woman.',
    'Lena Holm said the board is made up of nine members.',
  ])('%s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });

  it('but "made up" is still a falsity word', () => {
    expect(deniers(`${TALKS} “The story is totally made up,” Lena Holm said.`)).toEqual([
      'lena-holm',
    ]);
  });
});

describe('a degree before a falsity noun, and "zero truth"', () => {
  it.each([
    '“It’s total nonsense,” a bank insider told the Courier.',
    '“This is complete rubbish,” Lena Holm said.',
    '“That is utter nonsense,” Lena Holm said.',
    '“There is absolutely zero truth to these rumours,” Lena Holm said.',
    '“There is not a shred of truth in it,” Lena Holm said.',
    '“It is pure fiction,” Lena Holm said.',
  ])('%s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toHaveLength(1);
  });

  it.each([
    '“The total is nonsense to me, I cannot read these tables,” Lena Holm said.',
    '“It is complete,” Lena Holm said of the takeover review.',
    '“There is zero interest in the bond,” Lena Holm said.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('involvement denied, as a noun or as a negated clause', () => {
  it.each([
    'Nordbank denied any involvement in the cyberattack.',
    'Nordbank has denied involvement in the attack on Westfield.',
    'Nordbank on Tuesday denied any role in the cyberattack.',
    'Nordbank denied playing any part in the cyberattack.',
    'Nordbank said it was not involved in the cyberattack.',
    'Nordbank said it had nothing to do with the cyberattack.',
    '“We had nothing to do with the attack,” Nordbank said.',
    'Nordbank said it played no part in the cyberattack on Westfield.',
    'Nordbank insisted that it was “absolutely not involved” in the attack.',
    'Nordbank said it was not behind the cyberattack.',
    'Nordbank denied having a hand in the cyberattack, a spokesman said.',
    '“Nordbank has nothing to do with this cyberattack,” Nordbank said on Twitter.',
    'Nordbank is denying any complicity in the attack on Westfield’s servers.',
  ])('%s', (sentence) => {
    expect(deniers(`${HACK} ${sentence}`)).toEqual(['nordbank']);
  });

  it.each([
    'Lena Holm said Nordbank “was absolutely not involved”.',
    '“We were not involved,” Nordbank said.',
    'Nordbank’s chairman Lena Holm tweeted that Nordbank “has nothing to do with the Bergen mishap.”',
  ])('with no event, or one the report names otherwise: %s', (sentence) => {
    expect(denials(`${HACK} ${sentence}`)).toHaveLength(1);
  });

  it('a bare "not involved" with nothing reported is no denial', () => {
    expect(denials('Lena Holm said she was not involved.')).toEqual([]);
  });

  it('before the report it answers', () => {
    expect(
      deniers(
        `Nordbank said it had nothing to do with the cyberattack on Westfield Insurance. ${HACK}`,
      ),
    ).toEqual(['nordbank']);
  });

  it('a "no information" coordinated after it is no part of the denial', () => {
    const text = `${HACK} Nordbank tweeted that “Nordbank has nothing to do with the cyberattack and has no information about the hackers.”`;
    const d = draft(text).statements.filter((x) => x.type === 'DENIED');
    expect(d).toHaveLength(1);
    const ev = d[0]!.evidence!;
    expect(text.slice(...ev.content)).not.toMatch(/no information/);
  });

  it('the claim denied says who was said to be involved', () => {
    expect(denials(`${HACK} Nordbank denied any involvement in the cyberattack.`)).toEqual([
      'nordbank: Nordbank was involved in the cyberattack.',
    ]);
  });

  it.each([
    'Nordbank said it has been involved in charity work for years.',
    'Nordbank said the staff involved in the cyberattack had been fired.',
    'Lena Holm said she had nothing to do this weekend.',
    'Nordbank said it was not involved in the sponsorship of the football club.',
    'Nordbank declined to comment on any involvement in the cyberattack.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${HACK} ${sentence}`)).toEqual([]);
  });
});

describe('a phrasal or passive denial in any position', () => {
  it.each([
    'Nordbank moved quickly to shut down the rumours.',
    'Nordbank is attempting to shut down any and all rumours about the talks.',
    'Nordbank sought to dispel the rumours on Monday.',
    'Nordbank moved swiftly to put to rest reports of a deal.',
    'Lena Holm was quick to shoot down the story.',
    'Nordbank has tried to quash the rumours.',
    'But the claims have been rubbished by Nordbank, which said they were nonsense.',
    'And the rumours were flatly rejected by Nordbank.',
    'Yet the story has since been debunked by Nordbank’s chairman Lena Holm.',
    'However, the report was denied by Nordbank on Tuesday.',
    'The rumours were quickly dismissed by Nordbank.',
  ])('%s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toHaveLength(1);
  });

  it.each([
    'Nordbank shut down its branch in Bergen.',
    'Nordbank moved quickly to shut down the branch in Bergen.',
    'Nordbank sought to dispel fears about its capital.',
    'Lena Holm is trying to put the matter to rest.',
    'Nordbank tried to reject the offer from Westfield.',
    'The application was rejected by the court in May.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('no dealings between two parties denies any reported dealing between them', () => {
  const DEAL =
    'The Gulf Times reported that Westfield Insurance is evaluating an investment of $2 billion in Nordbank.';
  it.each([
    [
      '“The company is not engaged in talks with Westfield for their investment in the company,” Nordbank said.',
      'nordbank',
    ],
    ['Nordbank said it was not in discussions with Westfield Insurance.', 'nordbank'],
    [
      'Westfield Insurance said it is not engaged in any discussion with Nordbank.',
      'westfield-insurance',
    ],
    ['Nordbank said it had no plans to sell a stake to Westfield.', 'nordbank'],
    [
      'Westfield Insurance said it has no intention of investing in Nordbank.',
      'westfield-insurance',
    ],
    [
      'Westfield Insurance said on Thursday that it was not holding merger talks with Nordbank.',
      'westfield-insurance',
    ],
    ['Nordbank confirmed it is not negotiating with Westfield.', 'nordbank'],
  ])('%s', (sentence, who) => {
    expect(deniers(`${DEAL} ${sentence}`)).toEqual([who]);
  });

  it.each([
    'Nordbank said it was not in talks with the unions about pay.',
    'Nordbank said it was not investing in new branches this year.',
    'Nordbank said it was in talks with Westfield.',
    'Westfield will announce shortly it is dropping its acquisition pursuit of Nordbank, two people said, asking not to be identified.',
    'Nordbank declined to comment on talks with Westfield.',
  ])('no denial: %s', (sentence) => {
    expect(denials(`${DEAL} ${sentence}`)).toEqual([]);
  });
});

describe('a negated restatement before the report it answers', () => {
  it.each([
    [
      'Westfield Insurance said on Thursday that it was not holding merger talks with Nordbank.',
      'The Gulf Times reported that Westfield Insurance is evaluating an investment of $2 billion in Nordbank.',
      'westfield-insurance',
    ],
    [
      '“We are not in discussions with Westfield,” Nordbank said on Monday.',
      'On Sunday the Gulf Times reported that Westfield Insurance plans to buy a stake in Nordbank.',
      'nordbank',
    ],
    [
      'Lena Holm said she had no intention of leaving the bank.',
      'The Courier reported that Lena Holm would step down as chief executive in May.',
      'lena-holm',
    ],
  ])('%s', (first, report, who) => {
    expect(deniers(`${first} ${report}`)).toEqual([who]);
  });

  it('a negation about something else stays what was said', () => {
    const text =
      'Nordbank said it was not in talks with the unions about pay. The Gulf Times reported that Westfield Insurance is evaluating an investment in Nordbank.';
    expect(denials(text)).toEqual([]);
  });
});

describe('a statement, clarification or filing speaks for its issuer', () => {
  const DEAL =
    'The Gulf Times reported that Westfield Insurance is evaluating an investment of $2 billion in Nordbank.';
  it.each([
    'Nordbank issued a clarification stating it is not in discussion with Westfield.',
    'Nordbank on Friday released a statement saying it was not in talks with Westfield.',
    'Nordbank has put out a brief statement saying that it is not negotiating with Westfield.',
    'In Oslo, Nordbank issued a stock exchange filing stating that it was not in discussions with Westfield.',
    'Nordbank later posted a note saying there were no talks with Westfield.',
    'Oslo: Nordbank issued a clarification stating its unit Nordbank Markets is not in discussion with Westfield for any investment.',
  ])('%s', (sentence) => {
    expect(deniers(`${DEAL} ${sentence}`)).toEqual(['nordbank']);
  });

  it('what the statement asserts is its issuer’s', () => {
    const l = lines(
      `${DEAL} Nordbank issued a statement saying its profits had risen by 4 percent.`,
    );
    expect(l).toContain('SAID nordbank');
  });

  it('a statement that says nothing', () => {
    expect(lines(`${DEAL} Nordbank issued a statement on Friday.`)).not.toContain('SAID nordbank');
  });
});

describe('a denial with no proposition answers a claim someone else put forward', () => {
  it('not the denier’s own words just before', () => {
    const text =
      'Two intelligence officials said Indian agents organised killings in Pakistan. Vikram Rao said India’s policy concerns only the border region. Rao refuted claims of organising killings abroad.';
    expect(denials(text)).toEqual(['vikram-rao: Indian agents organised killings in Pakistan.']);
  });

  it('the one whose words the object shares', () => {
    const text =
      'Two intelligence officials said Indian agents organised killings in Pakistan. A diplomat said the talks on water sharing had stalled. Vikram Rao rejected the allegations of killings.';
    expect(denials(text)).toEqual(['vikram-rao: Indian agents organised killings in Pakistan.']);
  });
});

describe('a denied proposition is a clause, not what a report is about', () => {
  it.each([
    'Nordbank officials have rejected all “nonsense” claims about Lena Holm’s health.',
    'Nordbank dismissed the rumours about its chief executive.',
    'Nordbank denied the speculation over the future of its chief executive.',
  ])('%s', (sentence) => {
    const d = denials(
      `The Daily Courier reported that Lena Holm was taken to hospital in Oslo. ${sentence}`,
    );
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/: Lena Holm was taken to hospital in Oslo\.$/);
  });
});

describe('a reply "by saying" P: P is the reply', () => {
  it.each([
    'Nordbank responded to the report on Monday by stating that it was false.',
    'Nordbank replied by insisting it was not in talks with Westfield Insurance.',
    'Nordbank responded to the rumours by saying there was “no truth” in them.',
    'Lena Holm answered the reports by saying she had no intention of buying Westfield.',
  ])('%s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).toHaveLength(1);
  });

  it('a reply that asserts something else is said', () => {
    const l = lines(`${TALKS} Nordbank responded to the report by saying its profits had risen.`);
    expect(l).toContain('SAID nordbank');
    expect(
      denials(`${TALKS} Nordbank responded to the report by saying its profits had risen.`),
    ).toEqual([]);
  });

  it('a bare response says nothing', () => {
    expect(lines(`${TALKS} Nordbank responded to the report.`)).not.toContain('SAID nordbank');
  });
});

describe('non-answers stay non-answers beside the new denial families', () => {
  const DEAL =
    'The Gulf Times reported that Westfield Insurance is evaluating an investment of $2 billion in Nordbank.';
  it.each([
    'Nordbank said it had no credible information about any talks with Westfield.',
    'Nordbank said it was not aware of any talks with Westfield.',
    'Nordbank declined to comment on talks with Westfield.',
    'Nordbank did not respond to questions about an investment by Westfield.',
    'Nordbank would neither confirm nor deny talks with Westfield.',
    'Nordbank said it does not comment on rumours about talks with Westfield.',
    'Nordbank issued a statement saying it does not comment on market speculation about Westfield.',
    'Nordbank responded to the report by saying it would not comment on talks with Westfield.',
  ])('%s', (sentence) => {
    expect(denials(`${DEAL} ${sentence}`)).toEqual([]);
  });
});
