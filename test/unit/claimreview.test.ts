import { describe, expect, it } from 'vitest';
import {
  parseClaimReviews,
  ratingOf,
  reviewerId,
  toClaimReview,
  verdictId,
} from '../../server/domain/claimreview.ts';

const review = (over: object = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://www.politifact.com/factchecks/2025/nov/05/troops/',
  datePublished: '2025-11-05',
  author: { '@type': 'Organization', name: 'PolitiFact', url: 'https://www.politifact.com' },
  claimReviewed: 'The US is sending troops into Mexico.',
  reviewRating: { '@type': 'Rating', alternateName: 'Pants on Fire' },
  ...over,
});

describe('reading fact-checkers’ ClaimReview markup', () => {
  it('maps textual verdicts and numeric scales onto our six ratings', () => {
    expect(ratingOf({ alternateName: 'Pants on Fire' })).toBe('FALSE');
    expect(ratingOf({ alternateName: 'Half True' })).toBe('MIXED');
    expect(ratingOf({ alternateName: 'Mostly True.' })).toBe('MOSTLY_TRUE');
    expect(ratingOf({ alternateName: 'Unproven' })).toBe('UNVERIFIABLE');
    expect(ratingOf({ ratingValue: 1, worstRating: 1, bestRating: 5 })).toBe('FALSE');
    expect(ratingOf({ ratingValue: '4', worstRating: '1', bestRating: '5' })).toBe('MOSTLY_TRUE');
    expect(ratingOf({ ratingValue: 5 })).toBe('TRUE');
    expect(ratingOf({ alternateName: 'Spicy' })).toBeNull();
  });

  it('finds reviews in an array or an @graph, naming the fact-checker by its domain', () => {
    const { reviews, problems } = parseClaimReviews({
      '@graph': [review(), review({ url: 'https://x.example/2' })],
    });
    expect(problems).toEqual([]);
    expect(reviews[0]).toMatchObject({
      rating: 'FALSE',
      ratingText: 'Pants on Fire',
      reviewedAt: '2025-11-05T00:00:00.000Z',
      reviewer: { id: 'politifact-com', name: 'PolitiFact', domain: 'politifact.com' },
      claimId: null,
      claimText: 'The US is sending troops into Mexico.',
    });
    expect(reviewerId('Full Fact')).toBe('full-fact');
  });

  it('lists every problem of broken markup by JSON path', () => {
    const { problems } = parseClaimReviews([
      review({ url: 'nope', reviewRating: { alternateName: '??' } }),
      { '@type': 'Article' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['$[0].url', '$[0].reviewRating', '$[1]']);
  });

  it('writes our verdict back as ClaimReview carrying our claim id', () => {
    const out = toClaimReview(
      {
        url: 'https://f.example/1',
        reviewedAt: '2025-11-05T00:00:00.000Z',
        rating: 'FALSE',
        ratingText: null,
      },
      { id: 'us-planning-troops-in-mexico', text: 'Plans exist.' },
      { name: 'Fact', domain: 'f.example' },
    );
    expect(out).toMatchObject({
      '@type': 'ClaimReview',
      datePublished: '2025-11-05',
      itemReviewed: { '@type': 'Claim', identifier: 'us-planning-troops-in-mexico' },
      reviewRating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
    expect(parseClaimReviews(out).reviews[0]).toMatchObject({
      rating: 'FALSE',
      claimId: 'us-planning-troops-in-mexico',
    });
  });
});

describe('a review’s id', () => {
  it('reads like its URL, and is the same for http, https and www', () => {
    expect(verdictId('https://www.politifact.com/factchecks/2025/troops/')).toBe(
      'verdict-politifact-com-factchecks-2025-troops',
    );
    expect(verdictId('http://politifact.com/factchecks/2025/troops/')).toBe(
      verdictId('https://www.politifact.com/factchecks/2025/troops/'),
    );
  });

  it('keeps two long URLs that share their first 180 characters apart', () => {
    const prefix = `https://factcheck.example/${'very-long-path-segment/'.repeat(10)}`;
    const a = verdictId(`${prefix}review-a`);
    const b = verdictId(`${prefix}review-b`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual('verdict-'.length + 180);
  });
});
