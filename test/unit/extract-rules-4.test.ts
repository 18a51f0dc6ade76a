// Sentence cases from a new user's saved article (issue 14): each fails without the rule it names.
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../../server/extract/input.ts';
import { extractDraft } from '../../server/extract/draft.ts';
import { draft as draftOn, found } from './extract-helpers.ts';

// The articles of these cases are dated 20 November (their “on Wednesday” is the 19th).
const draft = (text: string) => draftOn(text, '2025-11-20');
const claimTexts = (text: string) => draft(text).claims.map((c) => c.text);

describe('a time adverbial after the cue is part of the cue', () => {
  it.each([
    ['on Wednesday', 'reported on Wednesday'],
    ['Tuesday', 'reported Tuesday'],
    ['last week', 'reported last week'],
    ['earlier this month', 'reported earlier this month'],
    ['late on Monday', 'reported late on Monday'],
  ])('"…, Reuters reported %s, citing …": the content is the leading clause', (time, cue) => {
    const text = `The port authority is preparing to hire replacement crews, Reuters reported ${time}, citing two people familiar with the matter.`;
    expect(found(text)).toEqual([
      `Reuters | ${cue} | The port authority is preparing to hire replacement crews`,
      // the finder reads the citation too; the draft turns it into the chain, not a statement
      'Reuters | citing | two people familiar with the matter',
    ]);
  });

  it('without a citing phrase too: "…, the agency said on Friday."', () => {
    expect(found('The mine will close next year, the company said on Friday.')).toEqual([
      'the company | said on Friday | The mine will close next year',
    ]);
  });

  it('the draft keeps the leading clause as the claim and the citation as the chain', () => {
    const d = draft(
      'The port authority is preparing to hire replacement crews if the strike continues into December, Reuters reported on Wednesday, citing two people familiar with the matter.',
    );
    expect(d.claims.map((c) => c.text)).toEqual([
      'The port authority is preparing to hire replacement crews if the strike continues into December.',
    ]);
    expect(d.statements.map((s) => `${s.type} ${s.source} <- ${s.citing ?? ''}`)).toEqual([
      'SAID reuters-two-people-familiar-with-the-matter <- ',
      'REPORTED reuters <- reuters-two-people-familiar-with-the-matter',
      'REPORTED latin-times <- reuters',
    ]);
  });

  it('a clause after the cue is still its content: "Reuters reported on Wednesday that …"', () => {
    expect(claimTexts('Reuters reported on Wednesday that the port will close.')).toEqual([
      'The port will close.',
    ]);
  });
});

describe('a role noun before a name', () => {
  it('"Union leader Dana Whitfield denied the report": the person, with her role', () => {
    const d = draft(
      'Reuters reported that the port will hire replacement crews. Union leader Dana Whitfield denied the report.',
    );
    expect(d.statements.filter((s) => s.type === 'DENIED').map((s) => s.source)).toEqual([
      'dana-whitfield',
    ]);
    expect(d.actors.find((a) => a.id === 'dana-whitfield')).toMatchObject({
      name: 'Dana Whitfield',
      kind: 'PERSON',
      role: 'Union leader',
    });
  });

  it('"Acme chief executive Jane Doe said": the name after the role words', () => {
    const d = draft('Acme chief executive Jane Doe said the mine will close.');
    expect(d.actors.map((a) => [a.id, a.role])).toEqual([['jane-doe', 'Acme chief executive']]);
  });
});

describe('no comment, again', () => {
  it('"A spokesman for the port authority declined to comment." is no statement', () => {
    const d = draft(
      'Reuters reported that the port will hire replacement crews. A spokesman for the port authority declined to comment.',
    );
    expect(
      d.statements.filter((s) => !s.source.startsWith('reuters') && s.type !== 'REPORTED'),
    ).toEqual([]);
    expect(d.statements).toHaveLength(2);
  });
});

// the page a new user saved (written for this check, not a corpus article)
const PAGE = `<!doctype html><html><head><title>Port strike talks stall</title>
<meta property="og:title" content="Port strike talks stall">
<meta property="og:site_name" content="Harbor Gazette">
<meta property="og:url" content="https://www.harborgazette.example/2025/11/port-strike">
<meta property="article:published_time" content="2025-11-20T09:00:00Z"></head>
<body><nav>Home | Business</nav><article>
<p>The port authority is preparing to hire replacement crews if the strike continues into December, Reuters reported on Wednesday, citing two people familiar with the matter.</p>
<p>Union leader Dana Whitfield denied the report. "There is no truth to it," she told reporters on Thursday.</p>
<p>A spokesman for the port authority declined to comment.</p>
</article></body></html>`;

describe('the saved port-strike page, whole engine', () => {
  it('one claim, the chain Harbor Gazette → Reuters → two people, and Whitfield’s denial', () => {
    const d = extractDraft(fromHtml(PAGE, {})).document;
    expect(d.article.outlet).toBe('harbor-gazette');
    expect(d.claims).toHaveLength(1);
    const claim = d.claims[0]!;
    expect(claim.text).toMatch(/replacement crews/);
    const anon = d.anonymousSources;
    expect(anon).toEqual([
      expect.objectContaining({
        description: 'two people familiar with the matter',
        count: 2,
        citedBy: 'reuters',
      }),
    ]);
    const line = (s: (typeof d.statements)[number]) =>
      `${s.type} ${s.source}${s.citing ? ` <- ${s.citing.join(',')}` : ''} @${s.at ?? '-'}`;
    expect(d.statements.filter((s) => s.claim === claim.id).map(line)).toEqual([
      `SAID ${anon[0]!.id} @2025-11-19`,
      `REPORTED reuters <- ${anon[0]!.id} @2025-11-19`,
      'REPORTED harbor-gazette <- reuters @-',
      'DENIED dana-whitfield @-',
    ]);
    expect(d.statements).toHaveLength(4);
    expect(d.actors).toEqual([
      expect.objectContaining({ id: 'dana-whitfield', kind: 'PERSON', role: 'Union leader' }),
    ]);
  });
});
