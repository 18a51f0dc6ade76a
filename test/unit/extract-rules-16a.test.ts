// Rules of the sixteenth pass on issue 14, area A: who the source is. wink-nlp learns every word
// it reads into one shared cache, and an initialism read without its last stop ("the U.S internet
// company") made every later "U.S. officials" split in two: who spoke then depended on which
// article the process had read before. A draft must be the same whatever was read before it.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';
import { sentences } from '../../server/extract/text.ts';

const tokensOf = (text: string) => sentences(text).flatMap((s) => s.tokens.map((t) => t.text));

describe('a dotted initialism reads the same whatever text came before it', () => {
  it.each([
    ['the E.U summit', 'E.U. officials said the talks had stalled.', 'E.U.'],
    ['a U.N agency', 'The plan was dropped, U.N. diplomats told the paper.', 'U.N.'],
    ['the N.Y firm', 'According to N.Y. officials, the bridge will close.', 'N.Y.'],
    ['the U.K bank', 'Two U.K. officials said the deal was off.', 'U.K.'],
    ['in Washington D.C', 'The D.C. police said the road was shut.', 'D.C.'],
    ['an S.F startup', 'S.F. city officials said the permit was void.', 'S.F.'],
    ['the L.A studio', 'L.A. executives said the film was shelved.', 'L.A.'],
    ['the U.A.E fund', 'U.A.E. officials said the fund would not invest.', 'U.A.E.'],
  ])('after "%s": %s', (before, text, initialism) => {
    sentences(before);
    expect(tokensOf(text)).toContain(initialism);
    expect(sentences(text).length).toBe(1);
  });
  it('officials of a country are unnamed officials, not its government, after any article', () => {
    draft('Rivals said the G.B firm would not buy the U.S paper.');
    const d = draft(
      'Russia has asked China for drones, the Financial Times reported, citing U.S. officials.',
    );
    expect(d.anonymousSources.map((a) => a.description)).toContain('U.S. officials');
    expect(d.actors.map((a) => a.id)).not.toContain('american-government');
  });
  it.each([
    ['The firm moved to the U.S. It said sales would rise.', 2],
    ['He met U.S. officials. They said nothing.', 2],
    ['Ms. Smith of the E.U. said no.', 1],
  ])('sentences still end where they end: %s', (text, n) => {
    sentences('the U.S bank and the E.U fund');
    expect(sentences(text).length).toBe(n);
  });
});

const anonDescriptions = (text: string) => draft(text).anonymousSources.map((a) => a.description);
const actorIds = (text: string) => draft(text).actors.map((a) => a.id);

describe('a counted person noun that speaks is an unnamed source, never a name', () => {
  it.each([
    ['One senior leader in the movement denied the reports.', 'One senior leader in the movement'],
    ['Two senior leaders in the party said the family knew.', 'Two senior leaders in the party'],
    [
      'The plan was shelved, one lawyer for the company told Reuters.',
      'one lawyer for the company',
    ],
    ['Three commanders said the unit had withdrawn.', 'Three commanders'],
    ['According to two strategists, the campaign is out of money.', 'two strategists'],
    ['Several economists said the bank would cut rates.', 'Several economists'],
    ['A second negotiator said the talks would resume on Monday.', 'A second negotiator'],
    [
      'Four senior researchers at the lab told the paper the data was lost.',
      'Four senior researchers at the lab',
    ],
    [
      'One politician close to the prime minister said she would resign.',
      'One politician close to the prime minister',
    ],
    // a person noun that ends like a thing ("-per", "-factor", "-cent") is still a person
    ['One developer said the project had stalled.', 'One developer'],
    ['One shopkeeper told the paper the market would close.', 'One shopkeeper'],
  ])('%s', (text, description) => {
    expect(anonDescriptions(text)).toContain(description);
    expect(actorIds(text)).not.toContain('one');
    expect(actorIds(text)).not.toContain('two');
  });
  it.each([
    ['One report said the talks had stalled.'],
    ['Two studies found the drug was safe.'],
    ['One newspaper reported that the deal was off.'],
    ['Two statements from the company said the plant would close.'],
    ['Two documents from the company said the plant would close.'],
    ['One Direction said the tour was over.'],
    ['The leader of the party said the family knew.'],
  ])('no unnamed source when the counted noun is no person, or nothing is counted: %s', (text) => {
    expect(draft(text).anonymousSources).toEqual([]);
  });
});

describe('a phrase that opens on "citing" or "quoting" names whom the speaker relies on, quoted or not', () => {
  it.each([
    [
      'Citing "four people told of the matter," The New York Times said the deal was off.',
      'four people',
    ],
    [
      'Citing “two people familiar with the talks,” Bloomberg reported that the deal was off.',
      'two people familiar with the talks',
    ],
    ['Quoting "a senior official," Reuters said the plant would close.', 'a senior official'],
    [
      'Quoting “three executives close to the board,” CNN reported the chief would go.',
      'three executives close to the board',
    ],
    [
      'Citing "two sources" involved in the investigation, Politico reported the probe had widened.',
      'two sources',
    ],
    ['The plant would close, Reuters said, quoting "a senior official."', 'a senior official'],
    ['Citing two sources, Reuters said the deal was off.', 'two sources'],
    [
      'Citing “people briefed on the plan,” The Guardian wrote that the vote was delayed.',
      'people briefed on the plan',
    ],
  ])('%s', (text, description) => {
    const d = draft(text);
    const anon = d.anonymousSources.find((a) => a.description.startsWith(description));
    expect(anon).toBeDefined();
    expect(d.statements.some((s) => s.type === 'SAID' && s.source === anon!.id)).toBe(true);
    // what was said is the clause after the speaker, never the citing phrase
    const said = d.statements.find((s) => s.source === anon!.id)!;
    expect(d.claims.find((c) => c.id === said.claim)!.text).not.toMatch(/^Citing|^Quoting/);
  });
  it.each([
    ['Citing the report, Acme said it would not comment.'],
    ['Citing its own figures, Acme said sales had risen.'],
  ])('no unnamed source where none is cited: %s', (text) => {
    expect(draft(text).anonymousSources).toEqual([]);
  });
});

describe('"it" after a fronted phrase is the outlet named just before, as at the sentence start', () => {
  it.each([
    'Trump ordered the firing, BuzzFeed News reported. Citing two sources, it reported that Cohen lied.',
    'BuzzFeed News reported that Trump ordered the firing. On Friday, it said Cohen lied.',
    'The Wall Street Journal reported that the board met. In a later story, it said the chief would go.',
    'Reuters reported the talks had stalled. Quoting a senior official, it said a new round was planned.',
  ])('%s', (text) => {
    const got = lines(text);
    const outlet = got[0]!.split(' ')[1]!;
    expect(got.filter((l) => l.startsWith(`REPORTED ${outlet}`)).length).toBeGreaterThanOrEqual(2);
  });
  it.each([['Acme denied the report. When it rained, Smith said the roof leaked.']])(
    'a pronoun inside a fronted clause with its own verb is not taken: %s',
    (text) => {
      expect(lines(text).some((l) => l.startsWith('REPORTED acme'))).toBe(false);
    },
  );
});

describe('where a name is based describes it and is no part of the name', () => {
  it.each([
    ['The deal is off, the UK-based Times Online reported.', 'times-online'],
    ['Budapest-based BAC Consulting denied the claims.', 'bac-consulting'],
    ['The Geneva-based Vitol Group said the cargo had been sold.', 'vitol-group'],
    [
      'According to the New York-based Human Rights Watch, the camp was shelled.',
      'human-rights-watch',
    ],
    ['Shares fell after London-based Barclays said profits had dropped.', 'barclays'],
    ['The Seoul-based Yonhap News Agency reported that the talks had collapsed.', 'yonhap'],
    ['The plan was dropped, Paris-headquartered Danone told investors.', 'danone'],
    ['Texas-based Dell Technologies said it would cut jobs.', 'dell-technologies'],
  ])('%s', (text, id) => {
    const sources = lines(text).map((l) => l.split(' ')[1]!);
    expect(sources.some((s) => s.startsWith(id))).toBe(true);
    expect(sources.some((s) => /based|headquartered/.test(s))).toBe(false);
  });
  it.each([
    ['Evidence-based policy works, Smith said.', 'smith'],
    ['The Chicago Tribune said the vote was close.', 'chicago-tribune'],
  ])('a name with no such word keeps its words: %s', (text, id) => {
    expect(lines(text).map((l) => l.split(' ')[1]!)).toContain(id);
  });
});

describe('"who said" speaks for the noun phrase it follows', () => {
  it.each([
    [
      'These reports align with statements from a senior U.S. official, who said that Washington had warned Qatar.',
      'a senior U.S. official',
    ],
    [
      'The claim came from a senior aide, who told reporters that the plan was dead.',
      'a senior aide',
    ],
    ['The paper relied on two diplomats, who said the talks had failed.', 'two diplomats'],
    [
      'The account was backed by people familiar with the matter, who said the deal was close.',
      'people familiar with the matter',
    ],
    [
      'The report quoted a congressional aide who said the strike had been delayed.',
      'a congressional aide',
    ],
  ])('%s', (text, description) => {
    const d = draft(text);
    const anon = d.anonymousSources.find((a) => a.description === description);
    expect(anon).toBeDefined();
    expect(d.statements.some((s) => s.type === 'SAID' && s.source === anon!.id)).toBe(true);
  });
  it.each([
    ['The bill was signed by Governor Jane Novak, who said it would save lives.', 'jane-novak'],
    ['Acme hired Tom Reyes, who told investors the plant would reopen.', 'tom-reyes'],
    ['Shares rose after an interview with Maria Lopez, who said sales were strong.', 'maria-lopez'],
  ])('a named one is the person: %s', (text, id) => {
    expect(lines(text).some((l) => l.startsWith(`SAID ${id}`))).toBe(true);
  });
});
