// Rules of the thirteenth pass on issue 14, area A, second half: who the source is when the text
// describes it instead of naming it (/tmp/r13-a-kinds.md, kinds 3 and 4). Each rule is tested as
// a family of news prose with other names, places, heads and orders than the corpus, and with
// look-alikes that are not the thing.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

const sources = (text: string) => [...new Set(lines(text).map((l) => l.split(' ')[1]))];

describe('"the <describing words> <body noun>" is the body of that kind named last', () => {
  it.each([
    ['Globex Corp shares fell on Monday. The Chicago-based company denied the report.', 'globex'],
    [
      'Tata Steel Ltd is weighing a bid. The Indian conglomerate said on Friday that no decision had been made.',
      'tata-steel',
    ],
    [
      'Shares of Hanwha Corp jumped. “The talks are at an early stage,” the Seoul-based firm said.',
      'hanwha',
    ],
    [
      'Rheinmetall AG was said to be in talks. The German arms maker said it had not received an offer.',
      'rheinmetall',
    ],
    [
      'Novartis AG halted the trial. The trial was stopped because of side effects, the Swiss drugmaker said.',
      'novartis',
    ],
    [
      'Smith & Nephew Plc rose 5 percent. “We are not in talks,” the London-based company said in a statement today.',
      'smith-nephew',
    ],
    [
      'Initech Inc. cut 300 jobs. According to the troubled software maker, the cuts were needed to survive.',
      'initech',
    ],
    [
      'Acme Holdings Ltd and its lawyers met the regulator. The state-owned group said it had done nothing wrong.',
      'acme-holdings',
    ],
  ])('%s', (text, id) => {
    expect(sources(text)).toContain(id);
  });
  it.each([
    [
      'The Guardian published the report on Thursday. In it, the UK daily newspaper claimed that the killings were ordered by Delhi.',
      'guardian',
      'uk',
    ],
    [
      'Yonhap first reported the visit. The Seoul-based news agency said the talks had collapsed.',
      'yonhap-news-agency',
      'seoul-based',
    ],
    [
      'The Straits Times broke the story on Monday. The minister would resign, the Singapore-based daily said.',
      'straits-times',
      'singapore-based',
    ],
  ])('an outlet described: %s', (text, id, wrong) => {
    expect(sources(text)).toContain(id);
    expect(sources(text)).not.toContain(wrong);
  });
  it.each([
    // a person named last is no company
    [
      'Jan Novak, the chief executive, spoke on Monday. The Chicago-based company said the talks were over.',
      ['jan-novak', 'chicago-based-company'],
    ],
    // a lawyer is a person, not the company named before
    ['Globex Corp bought the site. The London-based lawyer said the deal was illegal.', ['globex']],
    // no body named: nobody is made up from the description
    ['The Dublin-based company said the plant would close.', ['dublin-based-company', 'dublin']],
  ])('not a named body: %s', (text, wrong) => {
    for (const id of wrong) expect(sources(text)).not.toContain(id);
  });
  it('the company the story is about, not one named once in between', () => {
    const text =
      'Globex Corp said it is not in talks with Initech Inc. “Globex does not comment on rumours,” the Chicago-based company said.';
    expect(sources(text)).toContain('globex');
    expect(sources(text)).not.toContain('initech');
  });
  it('a government named with its own describing word stays itself', () => {
    expect(
      sources('Globex Corp was fined. The Indian government said the fine was fair.'),
    ).toContain('indian-government');
  });
});

describe('a role and its scope are the person the text names with them', () => {
  it.each([
    [
      'Now, her manager is refuting claims that Williams has been hospitalized. Williams’ rep, Shawn Zanotti, told Entertainment Tonight that she was at home.',
      'shawn-zanotti',
    ],
    [
      'Her manager, Tom Reid, spoke on Monday. Later her manager said the singer was resting at home.',
      'tom-reid',
    ],
    [
      'The chief executive of Globex said the report was false. Globex CEO Jan Novak had met the buyer in May.',
      'jan-novak',
    ],
    [
      'Initech CEO and Chairman Ana Silva founded the firm. The chief executive of Initech denied that talks had taken place.',
      'ana-silva',
    ],
    [
      'Mayor Adams’s spokesman denied the report. Fabien Levy, a spokesman for Mayor Adams, said it was false.',
      'fabien-levy',
    ],
    [
      'His lawyer, Mark Geragos, called the claims baseless. His lawyer said the singer would sue.',
      'mark-geragos',
    ],
    [
      'Jane Roe, the actor’s publicist, confirmed the split. The actor’s publicist said the couple would stay friends.',
      'jane-roe',
    ],
  ])('%s', (text, id) => {
    // both sentences' statements are the named person's: the role speaks for nobody else (the
    // press behind "refuting claims that P" is no person: rules-16 C)
    expect(sources(text).filter((s) => s !== 'latin-times' && !s?.startsWith('unnamed-'))).toEqual([
      id,
    ]);
  });
  it.each([
    // another body's chief executive is not this one's
    [
      'Globex CEO Jan Novak met the buyer. The chief executive of Initech said talks had not taken place.',
      'jan-novak',
    ],
    // a role no name is given for stays as it was
    ['Her manager said the singer was resting at home.', 'tom-reid'],
    // a spokesman is not the chief executive
    [
      'Globex CEO Jan Novak met the buyer. A Globex spokesman said talks had not taken place.',
      'jan-novak',
    ],
  ])('not the one named: %s', (text, wrong) => {
    expect(sources(text)).not.toContain(wrong);
  });
});
