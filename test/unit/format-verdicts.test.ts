// Fact-checkers' verdicts in the import format: ClaimReview-shaped, identified by their URL,
// naming a claim and a reviewer the way statements name theirs.
import { describe, expect, it } from 'vitest';
import { RATINGS, verdictId } from '../../server/domain/claimreview.ts';
import {
  importFormatSchema,
  validateDocument,
  type ImportDocument,
  type Problem,
  type ValidationResult,
  type VerdictInput,
} from '../../server/import/format.ts';

const REVIEW = 'https://www.checker.example/reviews/sky-is-green';

/** A small valid document with one verdict; tests change what they are about. */
function withVerdicts(verdicts: unknown[], overrides: Partial<ImportDocument> = {}): unknown {
  return {
    article: {
      url: 'https://example-news.com/story',
      outlet: 'example-news',
      publishedAt: '2025-11-04',
    },
    outlets: [
      { id: 'example-news', name: 'Example News' },
      { id: 'checker', name: 'Checker', domain: 'checker.example' },
    ],
    actors: [{ id: 'jane-doe', name: 'Jane Doe', kind: 'PERSON' }],
    anonymousSources: [
      { id: 'example-news-insider', description: 'an insider', citedBy: 'example-news' },
    ],
    claims: [{ id: 'sky-is-green', text: 'The sky is green.' }],
    statements: [{ type: 'SAID', source: 'jane-doe', claim: 'sky-is-green' }],
    verdicts,
    ...overrides,
  };
}

const verdict = (overrides: Record<string, unknown> = {}) => ({
  url: REVIEW,
  claim: 'sky-is-green',
  reviewer: 'checker',
  rating: 'FALSE',
  ratingText: 'Pants on Fire',
  reviewedAt: '2025-11-05T09:30:00+02:00',
  ...overrides,
});

function accepted(result: ValidationResult) {
  if (!result.ok)
    throw new Error(`expected a valid document, got ${JSON.stringify(result.problems, null, 2)}`);
  return result;
}

function problemsOf(result: ValidationResult): Problem[] {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

describe('verdicts in an import document', () => {
  it('come out normalized: id from the URL, the date in UTC, unstated words as null', () => {
    const { document, references } = accepted(
      validateDocument(
        withVerdicts([verdict(), verdict({ url: `${REVIEW}-2`, ratingText: undefined })]),
      ),
    );
    expect(document.verdicts).toEqual([
      {
        id: 'verdict-checker-example-reviews-sky-is-green',
        url: REVIEW,
        claim: 'sky-is-green',
        reviewer: 'checker',
        rating: 'FALSE',
        ratingText: 'Pants on Fire',
        reviewedAt: '2025-11-05T07:30:00Z',
      },
      expect.objectContaining({ id: verdictId(`${REVIEW}-2`), ratingText: null }),
    ]);
    // recordVerdict and importClaimReviews name a review the same way: re-importing finds it.
    expect(document.verdicts![0]!.id).toBe(verdictId(REVIEW));
    expect(references).toEqual([]);
  });

  it('leave a claim or reviewer not defined here to the database, at the JSON path to fix', () => {
    const { references } = accepted(
      validateDocument(
        withVerdicts([
          verdict(),
          verdict({ url: `${REVIEW}-2`, claim: 'elsewhere', reviewer: 'politifact-com' }),
        ]),
      ),
    );
    expect(references).toEqual([
      { path: '$.verdicts[1].claim', id: 'elsewhere', kinds: ['Claim'] },
      { path: '$.verdicts[1].reviewer', id: 'politifact-com', kinds: ['Outlet', 'Actor'] },
    ]);
  });

  it('must name a claim and a named reviewer: not a source as the claim, not an anonymous source as the reviewer', () => {
    const problems = problemsOf(
      validateDocument(
        withVerdicts([
          verdict({ claim: 'jane-doe' }),
          verdict({ url: `${REVIEW}-2`, reviewer: 'example-news-insider' }),
          verdict({ url: `${REVIEW}-3`, reviewer: 'sky-is-green' }),
          verdict({ url: `${REVIEW}-4`, reviewer: 'jane-doe' }),
        ]),
      ),
    );
    expect(problems).toEqual([
      {
        path: '$.verdicts[0].claim',
        message: `a verdict's claim must be a claim, but "jane-doe" is an actor ($.actors[0])`,
      },
      {
        path: '$.verdicts[1].reviewer',
        message: `a verdict's reviewer must be an outlet or an actor, but "example-news-insider" is an anonymous source ($.anonymousSources[0])`,
      },
      {
        path: '$.verdicts[2].reviewer',
        message: `a verdict's reviewer must be an outlet or an actor, but "sky-is-green" is a claim ($.claims[0])`,
      },
    ]);
  });

  it('list every problem at once, each at its path', () => {
    const problems = problemsOf(
      validateDocument(
        withVerdicts([
          {
            url: 'checker.example/no-scheme',
            claim: 'Sky Is Green',
            rating: 'SORT_OF',
            reviewedAt: '2025-02-30',
          },
          verdict({ url: `${REVIEW}-2`, ratingText: 'x'.repeat(201), stars: 5 }),
        ]),
      ),
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.verdicts[0].claim',
      '$.verdicts[0].rating',
      '$.verdicts[0].reviewedAt',
      '$.verdicts[0].reviewer',
      '$.verdicts[0].url',
      '$.verdicts[1].ratingText',
      '$.verdicts[1].stars',
    ]);
    const at = (path: string) => problems.find((p) => p.path === path)!.message;
    expect(at('$.verdicts[0].reviewer')).toBe('is required');
    expect(at('$.verdicts[0].rating')).toBe(
      'must be one of TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNVERIFIABLE; got "SORT_OF"',
    );
    expect(at('$.verdicts[0].reviewedAt')).toBe(
      '"2025-02-30" is not a real date: 2025-02 has 28 days',
    );
    expect(at('$.verdicts[0].url')).toMatch(/^must be an absolute http or https URL/);
    expect(at('$.verdicts[1].ratingText')).toBe('must be at most 200 characters; got 201');
    expect(at('$.verdicts[1].stars')).toMatch(/^is not part of the format/);
  });

  it('are one per review URL: the same review twice, even as http and without www, is a mistake', () => {
    const problems = problemsOf(
      validateDocument(
        withVerdicts([
          verdict(),
          verdict({ rating: 'TRUE' }),
          verdict({ url: REVIEW.replace('https://www.', 'http://') }),
        ]),
      ),
    );
    expect(problems).toEqual([
      {
        path: '$.verdicts[1].url',
        message:
          "is the same review as $.verdicts[0].url (a URL is one review's identity); keep one of them",
      },
      {
        path: '$.verdicts[2].url',
        message:
          "is the same review as $.verdicts[0].url (a URL is one review's identity); keep one of them",
      },
    ]);
  });

  it('take a rating in a person’s spelling and write it as ours; anything else is rejected', () => {
    const spelled = ['true', ' Mostly true ', 'mostly-false', 'Unverifiable'];
    const { document } = accepted(
      validateDocument(
        withVerdicts(spelled.map((rating, i) => verdict({ url: `${REVIEW}-${i}`, rating }))),
      ),
    );
    expect(document.verdicts!.map((v) => v.rating)).toEqual([
      'TRUE',
      'MOSTLY_TRUE',
      'MOSTLY_FALSE',
      'UNVERIFIABLE',
    ]);
    for (const rating of ['half true', 'pants on fire', '', 3]) {
      expect(problemsOf(validateDocument(withVerdicts([verdict({ rating })])))).toEqual([
        expect.objectContaining({ path: '$.verdicts[0].rating' }),
      ]);
    }
  });

  it('are an optional list: a document without one has no verdicts', () => {
    const doc = withVerdicts([]) as Record<string, unknown>;
    delete doc.verdicts;
    expect(accepted(validateDocument(doc)).document.verdicts).toBeUndefined();
    expect(accepted(validateDocument(withVerdicts([]))).document.verdicts).toEqual([]);
  });
});

describe('the published JSON Schema for verdicts', () => {
  const defs = importFormatSchema.$defs as Record<string, any>;

  it('lists exactly the ratings the service knows, in its order', () => {
    expect(defs.verdict.properties.rating.enum).toEqual([...RATINGS]);
  });

  it('requires what a verdict cannot do without, and names the fields the type has', () => {
    expect(defs.verdict.required).toEqual(['url', 'claim', 'reviewer', 'rating', 'reviewedAt']);
    const fields: (keyof VerdictInput)[] = [
      'url',
      'claim',
      'reviewer',
      'rating',
      'ratingText',
      'reviewedAt',
    ];
    expect(Object.keys(defs.verdict.properties)).toEqual(fields);
  });
});
