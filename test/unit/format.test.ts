// The import format as an annotator meets it: a valid file goes through with defaults filled in;
// a broken one comes back with every problem at once, each at the JSON path to fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleIdFromUrl,
  importFormatSchema,
  parseDocuments,
  validateDocument,
  type ImportDocument,
  type NormalizedDocument,
  type Problem,
  type ValidationResult,
} from '../../server/import/format.ts';

const fixtureUrl = new URL(
  '../../seed/fixtures/latin-times-sheinbaum-rejects-us-troops-report.json',
  import.meta.url,
);
const fixture: unknown = JSON.parse(readFileSync(fixtureUrl, 'utf8'));

/** A small valid document; tests change what they are about. */
function article(overrides: Partial<ImportDocument> = {}): ImportDocument {
  return {
    article: {
      url: 'https://www.example-news.com/world/2025/11/04/story',
      title: 'A story',
      outlet: 'example-news',
      publishedAt: '2025-11-04',
    },
    outlets: [{ id: 'example-news', name: 'Example News', domain: 'example-news.com' }],
    actors: [{ id: 'jane-doe', name: 'Jane Doe', kind: 'PERSON' }],
    claims: [{ id: 'sky-is-green', text: 'The sky is green.' }],
    statements: [
      { type: 'SAID', source: 'jane-doe', claim: 'sky-is-green' },
      { type: 'REPORTED', source: 'example-news', claim: 'sky-is-green', citing: ['jane-doe'] },
    ],
    ...overrides,
  };
}

function accepted(result: ValidationResult) {
  if (!result.ok)
    throw new Error(`expected a valid document, got ${JSON.stringify(result.problems, null, 2)}`);
  return result;
}

function problemsOf(result: ValidationResult): Problem[] {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

describe('the Latin Times seed annotation', () => {
  const result = accepted(validateDocument(fixture));
  const doc: NormalizedDocument = result.document;
  const about = (claim: string) =>
    doc.statements
      .filter((s) => s.claim === claim)
      .map(
        (s) => `${s.source} ${s.type}${s.citing.length ? ` citing ${s.citing.join(', ')}` : ''}`,
      );

  it('validates with everything it mentions defined in the file itself', () => {
    expect(result.references).toEqual([]);
    expect(doc.article).toEqual({
      id: 'latintimes-com-mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
      url: 'https://www.latintimes.com/mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
      title: expect.stringContaining('Sheinbaum'),
      outlet: 'latin-times',
      publishedAt: '2025-11-04T00:00:00Z',
    });
  });

  it('traces the troops report from Latin Times through NBC News to anonymous officials, and Sheinbaum denies it', () => {
    expect(about('us-planning-troops-in-mexico')).toEqual([
      'nbc-news-us-officials SAID',
      'nbc-news REPORTED citing nbc-news-us-officials',
      'latin-times REPORTED citing nbc-news',
      'claudia-sheinbaum DENIED',
    ]);
    expect(doc.statements).toContainEqual({
      type: 'DENIED',
      source: 'claudia-sheinbaum',
      claim: 'us-planning-troops-in-mexico',
      at: '2025-11-04T00:00:00Z',
      quote: "it's not going to happen",
      citing: [],
      evidence: null,
      machine: false,
      reviewed: true,
      reviewedBy: null,
      reviewedAt: null,
    });
  });

  it('keeps each anonymous source with the outlet that cited it', () => {
    expect(doc.anonymousSources.map((s) => [s.id, s.citedBy, s.count])).toEqual([
      ['nbc-news-us-officials', 'nbc-news', 4],
      ['nbc-news-senior-administration-official', 'nbc-news', 1],
      ['new-york-times-cartel-operative', 'new-york-times', 1],
      ['mexican-officials-mid-october-report', 'unnamed-mid-october-report', null],
    ]);
    expect(about('cartels-have-land-and-air-routes')).toEqual([
      'new-york-times-cartel-operative SAID',
      'new-york-times REPORTED citing new-york-times-cartel-operative',
      'latin-times REPORTED citing new-york-times',
    ]);
  });

  it('gives every claim at least one statement and every statement a known claim', () => {
    const claimIds = new Set(doc.claims.map((c) => c.id));
    expect(new Set(doc.statements.map((s) => s.claim))).toEqual(claimIds);
  });
});

describe('a document with several mistakes', () => {
  it('lists every problem with its exact JSON path, not just the first', () => {
    const broken = {
      article: {
        url: 'https://example-news.com/a',
        outlet: 'example-news',
        publishedAt: '2025-02-30',
      },
      outlets: [{ id: 'example-news', name: 'Example News' }],
      actors: [
        { id: 'jane-doe', name: 'Jane Doe', kind: 'PERSON' },
        { id: 'jane-doe', name: 'Jane Doe again', kind: 'PERSON' },
        { id: 'john-roe', kind: 'PERSON', nmae: 'John Roe' },
      ],
      claims: [{ id: 'sky-is-green', text: 'The sky is green.' }],
      statements: [
        { type: 'SAID', source: 'jane-doe', claim: 'sky-is-green' },
        { type: 'REPORTED', source: 'example-news', claim: 'sky-is-green', at: '4 Nov 2025' },
        { type: 'SAYS', source: 'john-roe', claim: 'sky-is-green' },
      ],
    };

    expect(problemsOf(validateDocument(broken))).toEqual([
      {
        path: '$.article.publishedAt',
        message: '"2025-02-30" is not a real date: 2025-02 has 28 days',
      },
      {
        path: '$.actors[1].id',
        message: 'duplicate id "jane-doe", first defined at $.actors[0]',
      },
      { path: '$.actors[2].name', message: 'is required' },
      {
        path: '$.actors[2].nmae',
        message:
          'is not part of the format (did you mean "name"?); allowed here: id, name, kind, role, country, aliases',
      },
      {
        path: '$.statements[1].at',
        message:
          'must be a date (YYYY-MM-DD) or an RFC 3339 date-time with a time zone (2025-11-04T14:30:00Z); got "4 Nov 2025"',
      },
      {
        path: '$.statements[2].type',
        message: 'must be one of SAID, REPORTED, DENIED, CONFIRMED, RETRACTED; got "SAYS"',
      },
    ]);
  });

  it('writes nothing of a rejected document: no normalized document comes back', () => {
    const result = validateDocument({ article: { url: 'https://example-news.com/a' } });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('document');
    expect(problemsOf(result)).toEqual([
      { path: '$.article.outlet', message: 'is required' },
      { path: '$.article.publishedAt', message: 'is required' },
    ]);
  });

  it('explains ids, enums, codes and tags in words an annotator can act on', () => {
    const doc = article({
      actors: [
        {
          id: 'Claudia Sheinbaum',
          name: 'Claudia Sheinbaum',
          kind: 'POLITICIAN' as 'PERSON',
          country: 'Mexico',
        },
      ],
      anonymousSources: [
        {
          id: 'example-news-official',
          description: 'an official',
          citedBy: 'example-news',
          count: 0,
        },
      ],
      claims: [{ id: 'sky-is-green', text: 'The sky is green.', topics: ['#!'] }],
    });
    doc.article.url = 'www.example-news.com/story';
    expect(problemsOf(validateDocument(doc))).toEqual([
      {
        path: '$.article.url',
        message:
          'must be an absolute http or https URL without spaces (e.g. "https://www.example.com/story"); got "www.example-news.com/story"',
      },
      {
        path: '$.actors[0].country',
        message:
          'must be a two-letter ISO 3166-1 country code in capitals (e.g. "MX"); got "Mexico"',
      },
      {
        path: '$.actors[0].id',
        message:
          'must be an id of lowercase letters, digits, ".", "_", ":" or "-", starting with a letter or digit, at most 200 characters (e.g. "claudia-sheinbaum"); got "Claudia Sheinbaum"',
      },
      {
        path: '$.actors[0].kind',
        message: 'must be one of PERSON, ORGANIZATION, GOVERNMENT; got "POLITICIAN"',
      },
      { path: '$.anonymousSources[0].count', message: 'must be >= 1' },
      {
        path: '$.claims[0].topics[0]',
        message:
          'must be a short lowercase tag of letters, digits and "-" (e.g. "us-mexico-relations"); got "#!"',
      },
    ]);
  });

  it('rejects a real-looking date-time that cannot exist', () => {
    const doc = article();
    doc.statements = [
      { type: 'SAID', source: 'jane-doe', claim: 'sky-is-green', at: '2025-11-04T24:30:00Z' },
    ];
    expect(problemsOf(validateDocument(doc))).toEqual([
      {
        path: '$.statements[0].at',
        message:
          '"2025-11-04T24:30:00Z" is not a real date-time: hours go up to 23, minutes and seconds up to 59',
      },
    ]);
  });
});

describe('provenance rules', () => {
  it('only an outlet can report a claim', () => {
    const doc = article();
    doc.statements = [{ type: 'REPORTED', source: 'jane-doe', claim: 'sky-is-green' }];
    expect(problemsOf(validateDocument(doc))).toEqual([
      {
        path: '$.statements[0].source',
        message:
          'the source of a REPORTED statement must be an outlet, but "jane-doe" is an actor ($.actors[0])',
      },
    ]);
  });

  it('a statement cannot cite its own source, and the same statement twice is a mistake', () => {
    const doc = article();
    doc.statements = [
      { type: 'REPORTED', source: 'example-news', claim: 'sky-is-green', citing: ['example-news'] },
      { type: 'REPORTED', source: 'example-news', claim: 'sky-is-green' },
    ];
    expect(problemsOf(validateDocument(doc))).toEqual([
      {
        path: '$.statements[0].citing[0]',
        message: 'a statement cannot cite its own source "example-news"',
      },
      {
        path: '$.statements[1]',
        message:
          'repeats $.statements[0] (example-news REPORTED sky-is-green); merge them into one statement',
      },
    ]);
  });

  it('an id names one thing: an outlet and an actor cannot share it', () => {
    const doc = article({
      actors: [{ id: 'example-news', name: 'Example News Corp.', kind: 'ORGANIZATION' }],
    });
    expect(problemsOf(validateDocument(doc))).toEqual([
      {
        path: '$.outlets[0].id',
        message:
          '"example-news" is already the id of an actor at $.actors[0]; an id names one thing only',
      },
    ]);
  });
});

describe('defaults', () => {
  it('fills what the annotator left out', () => {
    const { document } = accepted(
      validateDocument(article({ actors: undefined, statements: undefined })),
    );
    expect(document).toEqual({
      formatVersion: 1,
      article: {
        id: 'example-news-com-world-2025-11-04-story',
        url: 'https://www.example-news.com/world/2025/11/04/story',
        title: 'A story',
        outlet: 'example-news',
        publishedAt: '2025-11-04T00:00:00Z',
      },
      actors: [],
      outlets: [
        { id: 'example-news', name: 'Example News', domain: 'example-news.com', country: null },
      ],
      anonymousSources: [],
      claims: [{ id: 'sky-is-green', text: 'The sky is green.', topics: [] }],
      statements: [],
    });
  });

  it("dates a statement with the article's publication unless it says otherwise, in UTC", () => {
    const doc = article();
    doc.statements = [
      { type: 'SAID', source: 'jane-doe', claim: 'sky-is-green', at: '2025-11-03T20:15:00-06:00' },
      { type: 'REPORTED', source: 'example-news', claim: 'sky-is-green', quote: 'green' },
    ];
    const { document } = accepted(validateDocument(doc));
    expect(document.statements).toEqual([
      {
        type: 'SAID',
        source: 'jane-doe',
        claim: 'sky-is-green',
        at: '2025-11-04T02:15:00Z',
        quote: null,
        citing: [],
        evidence: null,
        machine: false,
        reviewed: true,
        reviewedBy: null,
        reviewedAt: null,
      },
      {
        type: 'REPORTED',
        source: 'example-news',
        claim: 'sky-is-green',
        at: '2025-11-04T00:00:00Z',
        quote: 'green',
        citing: [],
        evidence: null,
        machine: false,
        reviewed: true,
        reviewedBy: null,
        reviewedAt: null,
      },
    ]);
  });

  it('keeps an article id the annotator chose', () => {
    const doc = article();
    doc.article.id = 'example-story';
    expect(accepted(validateDocument(doc)).document.article.id).toBe('example-story');
  });
});

describe('references to what is already in the graph', () => {
  it('are returned, with the labels that would satisfy each, for the database to check', () => {
    const doc: ImportDocument = {
      article: {
        url: 'https://latintimes.com/x',
        outlet: 'latin-times',
        publishedAt: '2025-11-04',
      },
      anonymousSources: [
        {
          id: 'nbc-news-senior-administration-official',
          description: 'a senior administration official',
          affiliation: 'trump-administration',
          citedBy: 'nbc-news',
        },
      ],
      statements: [
        {
          type: 'REPORTED',
          source: 'latin-times',
          claim: 'us-planning-troops-in-mexico',
          citing: ['nbc-news'],
        },
        {
          type: 'SAID',
          source: 'nbc-news-senior-administration-official',
          claim: 'trump-administration-all-of-government-cartels',
        },
      ],
    };
    expect(accepted(validateDocument(doc)).references).toEqual([
      { path: '$.article.outlet', id: 'latin-times', kinds: ['Outlet'] },
      {
        path: '$.anonymousSources[0].affiliation',
        id: 'trump-administration',
        kinds: ['Actor'],
      },
      { path: '$.anonymousSources[0].citedBy', id: 'nbc-news', kinds: ['Outlet'] },
      { path: '$.statements[0].source', id: 'latin-times', kinds: ['Outlet'] },
      { path: '$.statements[0].claim', id: 'us-planning-troops-in-mexico', kinds: ['Claim'] },
      {
        path: '$.statements[0].citing[0]',
        id: 'nbc-news',
        kinds: ['Actor', 'Outlet', 'AnonymousSource'],
      },
      {
        path: '$.statements[1].claim',
        id: 'trump-administration-all-of-government-cartels',
        kinds: ['Claim'],
      },
    ]);
  });
});

describe('article ids from URLs', () => {
  it('are the host without www and the path, in lowercase words joined by dashes', () => {
    expect(
      articleIdFromUrl(
        'https://www.latintimes.com/mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
      ),
    ).toBe(
      'latintimes-com-mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
    );
    expect(articleIdFromUrl('https://WWW.NBCNews.com/politics/Story_Name/?utm_source=x#top')).toBe(
      'nbcnews-com-politics-story-name',
    );
    expect(articleIdFromUrl('https://elpais.com/m%C3%A9xico/2025-11-04/sheinbaum.html')).toBe(
      'elpais-com-mexico-2025-11-04-sheinbaum-html',
    );
  });

  it('never exceed 200 characters nor end in a dash', () => {
    const id = articleIdFromUrl(`https://example.com/${'a'.repeat(190)}/${'b'.repeat(50)}`);
    expect(id).toHaveLength(200);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
    // "example-com-" is 12 characters: 187 letters put the dash before the b's at position 200,
    // so the 200-character cut ends in a dash that must be trimmed.
    const cutAtDash = articleIdFromUrl(`https://example.com/${'a'.repeat(187)}/${'b'.repeat(50)}`);
    expect(cutAtDash).toBe(`example-com-${'a'.repeat(187)}`);
    expect(cutAtDash).toHaveLength(199);
  });
});

describe('files', () => {
  it('may hold one document or an array of them', () => {
    expect(parseDocuments({ article: {} })).toEqual([{ article: {} }]);
    expect(parseDocuments([fixture, fixture])).toHaveLength(2);
  });

  it('are described by the published JSON Schema', () => {
    expect(importFormatSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://credibility-graph.local/import-format/v1.json',
    });
  });
});
