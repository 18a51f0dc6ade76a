// Rules of the fifteenth pass on issue 14, area A: who the source is. Each rule is a mechanism
// over the structure of a mention, tested on sentences of our own (other names, bodies, tenses and
// orders than the corpus), with look-alikes that are not the thing.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const sources = (text: string) => [...new Set(lines(text).map((l) => l.split(' ')[1]!))];
const anons = (text: string) => draft(text).anonymousSources;

describe('one who speaks for a body or a person, unnamed, is an anonymous source of that body', () => {
  it.each([
    [
      'A rep for Lenox Hill Hospital said the couple paid the standard rate.',
      'lenox-hill-hospital',
    ],
    ['The tour will go on, a rep for Taylor Swift told reporters on Monday.', 'taylor-swift'],
    ['A representative for Acme Corp said the plant would close.', 'acme-corp'],
    ['The plant would close, a representative of Acme Corp told the paper.', 'acme-corp'],
    ['“We are not selling,” a rep for the Boston Celtics said.', 'boston-celtics'],
    ['According to a publicist for Emma Stone, the actor was never hospitalised.', 'emma-stone'],
    ['Reps for Universal Music said the album was delayed.', 'universal-music'],
    ['The merger is off, representatives of Bayer AG said Thursday.', 'bayer-ag'],
    ['Spokesmen for Siemens said the order had been cancelled.', 'siemens'],
  ])('%s', (text, body) => {
    const a = anons(text);
    expect(a.length).toBe(1);
    expect(a[0]!.affiliation).toBe(body);
    expect(sources(text)).not.toContain(body);
  });
  it.each([
    ['The rep adds, “The family is housed in an executive suite.”'],
    ['According to the rep, “The family has its own security detail.”'],
    ['The representative later said the family had paid in full.'],
  ])('"the rep" after it is the same one: %s', (second) => {
    const text = `A rep for Lenox Hill Hospital said the couple paid the standard rate. ${second}`;
    expect(anons(text).length).toBe(1);
    expect(sources(text)).toEqual([anons(text)[0]!.id, 'latin-times']);
  });
  it.each([
    ['Rep. Jim McDermott said the bill would pass easily.', 'jim-mcdermott'],
    ['Shawn Zanotti, a rep for Wendy Williams, said she was at home.', 'shawn-zanotti'],
    ['Wendy Williams’ rep, Shawn Zanotti, said she was at home.', 'shawn-zanotti'],
    ['Representative Jane Novak said the bill was dead.', 'jane-novak'],
  ])('a named one is the person, and a title is no role: %s', (text, id) => {
    expect(sources(text)).toContain(id);
    expect(anons(text)).toEqual([]);
  });
});

describe('"the source", "one of the sources", "all of the people" take up the unnamed source named before', () => {
  it.each([
    'Two people familiar with the talks said the deal was off. One of the sources said the price was the problem.',
    'A senior diplomat said the talks had stalled. The source added that a new round was planned.',
    'Officials briefed on the plan said it would start in May. All of the sources said the date was final.',
    'Three executives close to the board said the chief would go. Two of the people said he had been told on Friday.',
    'The deal was off, an insider at the bank said. According to the source, the price was the problem.',
    'A company spokeswoman said the plant would close. The rep later added that jobs would move to Ohio.',
    'Aides to the governor said she would sign the bill. Each of the sources said the vote was close.',
    'A rep for the singer said the tour was on. The spokesman said the dates were final.',
  ])('%s', (text) => {
    expect(anons(text).length).toBe(1);
    expect(sources(text)).toEqual([anons(text)[0]!.id, 'latin-times']);
  });
  it.each([
    'A senior diplomat said the talks had stalled. Two sources close to the ministry said a new round was planned.',
    'A rep for Acme said the plant would close. The officials said jobs would move to Ohio.',
    'A company spokeswoman said the plant would close. Another official said jobs would move to Ohio.',
  ])('another group, or one the text introduces anew, is not the one before: %s', (text) => {
    expect(anons(text).length).toBe(2);
  });
});
