// Forgiving where nothing is lost: what a person would tidy is tidied and reported as a warning
// at its JSON path; what a person would call wrong still rejects the document whole.
import { describe, expect, it } from 'vitest';
import {
  validateDocument,
  type ImportDocument,
  type ValidationResult,
} from '../../server/import/format.ts';

function article(): ImportDocument {
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
  };
}

function accepted(result: ValidationResult) {
  if (!result.ok)
    throw new Error(`expected a valid document, got ${JSON.stringify(result.problems, null, 2)}`);
  return result;
}

const rejected = (result: ValidationResult) => {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
};

// Warnings come in path order, as problems do.
describe('tidy-ups: accepted, each with a warning at its path', () => {
  it('a clean document has no warnings', () => {
    expect(accepted(validateDocument(article())).warnings).toEqual([]);
  });

  it('turns topics into tags', () => {
    const doc = article();
    doc.claims![0]!.topics = ['US-Mexico security', 'cartels', 'Cartels', 'Política exterior'];
    const { document, warnings } = accepted(validateDocument(doc));
    expect(document.claims[0]!.topics).toEqual([
      'us-mexico-security',
      'cartels',
      'politica-exterior',
    ]);
    expect(warnings).toEqual([
      {
        path: '$.claims[0].topics[0]',
        message: 'topic "US-Mexico security" written as the tag "us-mexico-security"',
      },
      {
        path: '$.claims[0].topics[2]',
        message: 'topic "Cartels" is the tag "cartels", already listed at index 1; kept once',
      },
      {
        path: '$.claims[0].topics[3]',
        message: 'topic "Política exterior" written as the tag "politica-exterior"',
      },
    ]);
  });

  it('trims stray whitespace in every string', () => {
    const doc = article();
    doc.actors![0]!.name = '  Jane Doe\n';
    doc.actors![0]!.aliases = ['Doe ', 'J. Doe'];
    doc.claims![0]!.text = 'The sky is green. ';
    doc.statements![0]!.source = ' jane-doe';
    doc.statements![1]!.citing = ['jane-doe\t'];
    const { document, warnings } = accepted(validateDocument(doc));
    expect(document.actors[0]).toMatchObject({ name: 'Jane Doe', aliases: ['Doe', 'J. Doe'] });
    expect(document.claims[0]!.text).toBe('The sky is green.');
    expect(document.statements.map((s) => [s.source, s.citing])).toEqual([
      ['jane-doe', []],
      ['example-news', ['jane-doe']],
    ]);
    expect(warnings).toEqual([
      { path: '$.actors[0].aliases[0]', message: 'stray whitespace trimmed from "Doe "' },
      { path: '$.actors[0].name', message: 'stray whitespace trimmed from "  Jane Doe\\n"' },
      { path: '$.claims[0].text', message: 'stray whitespace trimmed from "The sky is green. "' },
      { path: '$.statements[0].source', message: 'stray whitespace trimmed from " jane-doe"' },
      {
        path: '$.statements[1].citing[0]',
        message: 'stray whitespace trimmed from "jane-doe\\t"',
      },
    ]);
  });

  it('normalises a date-time in another offset to UTC', () => {
    const doc = article();
    doc.article.publishedAt = '2025-11-04T08:30:00-06:00';
    doc.statements![0]!.at = '2025-11-03t20:15:00z';
    const { document, warnings } = accepted(validateDocument(doc));
    expect(document.article.publishedAt).toBe('2025-11-04T14:30:00Z');
    expect(document.statements[0]!.at).toBe('2025-11-03T20:15:00Z');
    expect(warnings).toEqual([
      {
        path: '$.article.publishedAt',
        message: 'date-time "2025-11-04T08:30:00-06:00" written in UTC as "2025-11-04T14:30:00Z"',
      },
      {
        path: '$.statements[0].at',
        message: 'date-time "2025-11-03t20:15:00z" written in UTC as "2025-11-03T20:15:00Z"',
      },
    ]);
  });

  it("tidies a rating's spelling, a domain's and a country code's case", () => {
    const doc = article();
    doc.outlets![0]!.domain = 'Example-News.COM';
    doc.outlets![0]!.country = 'us';
    doc.verdicts = [
      {
        url: 'https://checker.example/review-1',
        claim: 'sky-is-green',
        reviewer: 'example-news',
        rating: 'Mostly false' as 'MOSTLY_FALSE', // as a person writes it, not as the type has it
        reviewedAt: '2025-11-05',
      },
    ];
    const { document, warnings } = accepted(validateDocument(doc));
    expect(document.outlets[0]).toMatchObject({ domain: 'example-news.com', country: 'US' });
    expect(document.verdicts![0]!.rating).toBe('MOSTLY_FALSE');
    expect(warnings).toEqual([
      { path: '$.outlets[0].country', message: 'country code "us" written as "US"' },
      {
        path: '$.outlets[0].domain',
        message: 'domain "Example-News.COM" written in lowercase as "example-news.com"',
      },
      { path: '$.verdicts[0].rating', message: 'rating "Mostly false" written as "MOSTLY_FALSE"' },
    ]);
  });
});

describe('what a person would call wrong: rejected whole, no warnings hide it', () => {
  it('an unknown reference inside the document kind check, a missing field, a type that does not exist', () => {
    const doc = article() as unknown as Record<string, any>;
    doc.claims[0].topics = ['  Weather '];
    delete doc.actors[0].kind;
    doc.statements[0].type = 'SAYS';
    doc.statements[1].citing = ['sky-is-green'];
    expect(rejected(validateDocument(doc))).toEqual([
      { path: '$.actors[0].kind', message: 'is required' },
      {
        path: '$.statements[0].type',
        message: 'must be one of SAID, REPORTED, DENIED, CONFIRMED, RETRACTED; got "SAYS"',
      },
      {
        path: '$.statements[1].citing[0]',
        message:
          'a cited source must be an actor, an outlet or an anonymous source, but "sky-is-green" is a claim ($.claims[0])',
      },
    ]);
  });

  it('a topic with nothing to keep, a blank name and an impossible date are still problems', () => {
    const doc = article();
    doc.claims![0]!.topics = ['!!!'];
    doc.actors![0]!.name = '   ';
    doc.article.publishedAt = '2025-02-30T10:00:00+02:00';
    expect(rejected(validateDocument(doc)).map((p) => p.path)).toEqual([
      '$.article.publishedAt',
      '$.actors[0].name',
      '$.claims[0].topics[0]',
    ]);
  });
});
