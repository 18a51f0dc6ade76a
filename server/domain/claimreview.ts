// schema.org ClaimReview JSON-LD, as fact-checkers publish it, to and from our verdicts.
// https://schema.org/ClaimReview — reviewRating carries either a textual verdict
// (alternateName: "False", "Pants on Fire", "Half True" ...) or a number between worstRating
// and bestRating; both map onto our six ratings.
import { createHash } from 'node:crypto';
import type { Problem } from '../errors.ts';

export const RATINGS = [
  'TRUE',
  'MOSTLY_TRUE',
  'MIXED',
  'MOSTLY_FALSE',
  'FALSE',
  'UNVERIFIABLE',
] as const;
export type Rating = (typeof RATINGS)[number];

const WORDS: [RegExp, Rating][] = [
  [/^(mostly|largely) (true|correct|accurate)$/, 'MOSTLY_TRUE'],
  [/^(mostly|largely) (false|incorrect|inaccurate)$/, 'MOSTLY_FALSE'],
  [/^(true|correct|accurate|verified|confirmed)$/, 'TRUE'],
  [/^(false|pants on fire!?|incorrect|inaccurate|fake|wrong|fabricated|four pinocchios)$/, 'FALSE'],
  [
    /^(half[ -]true|mixed|mixture|partly (true|false)|partially (true|false)|misleading|needs context|cherry[ -]picked)$/,
    'MIXED',
  ],
  [
    /^(unverifiable|unproven|unsupported|no evidence|unsubstantiated|not enough evidence|research in progress)$/,
    'UNVERIFIABLE',
  ],
];

/** Our rating from a ClaimReview reviewRating, or null when it says nothing we can map. */
export function ratingOf(r: {
  alternateName?: unknown;
  ratingValue?: unknown;
  bestRating?: unknown;
  worstRating?: unknown;
}): Rating | null {
  if (typeof r.alternateName === 'string') {
    const words = r.alternateName.trim().toLowerCase().replace(/[.]+$/, '');
    for (const [re, rating] of WORDS) if (re.test(words)) return rating;
  }
  const value = Number(r.ratingValue);
  const best = Number(r.bestRating ?? 5);
  const worst = Number(r.worstRating ?? 1);
  if (
    !Number.isFinite(value) ||
    !Number.isFinite(best) ||
    !Number.isFinite(worst) ||
    best === worst
  )
    return null;
  const x = (value - worst) / (best - worst);
  if (x < 0 || x > 1) return null;
  return x >= 0.875
    ? 'TRUE'
    : x >= 0.625
      ? 'MOSTLY_TRUE'
      : x >= 0.375
        ? 'MIXED'
        : x >= 0.125
          ? 'MOSTLY_FALSE'
          : 'FALSE';
}

const slug = (s: string, max = 80) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');

const VERDICT_SLUG_MAX = 180;

/**
 * A review's id, readable from its URL. A URL longer than the slug keeps a hash of the whole of
 * it, so that two long URLs sharing their first 180 characters stay two reviews.
 */
export function verdictId(url: string): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '');
  const full = slug(bare, Infinity);
  if (full.length <= VERDICT_SLUG_MAX) return `verdict-${full}`;
  const hash = createHash('sha1').update(full).digest('hex').slice(0, 10);
  return `verdict-${slug(bare, VERDICT_SLUG_MAX - 11)}-${hash}`;
}

/** A fact-checker's id: its web domain when it has one (politifact-com), else its name. */
export function reviewerId(name: string, url?: string): string {
  try {
    if (url) return slug(new URL(url).hostname.replace(/^www\./, ''));
  } catch {
    // not a URL: fall back to the name
  }
  return slug(name) || 'unnamed-reviewer';
}

/** A claim the graph does not have yet gets a readable id from its text, unique by a hash. */
export const claimIdFromText = (text: string) =>
  `claim-${slug(text, 60)}-${createHash('sha1').update(text.trim().toLowerCase()).digest('hex').slice(0, 8)}`;

export interface ParsedReview {
  path: string;
  url: string;
  reviewedAt: string;
  rating: Rating;
  ratingText: string | null;
  reviewer: { id: string; name: string; domain: string | null };
  /** Our claim id when the markup carries it (itemReviewed.identifier), else the reviewed text. */
  claimId: string | null;
  claimText: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const types = (v: Json) => [v['@type']].flat().map(String);

/** Every ClaimReview in a JSON-LD value (an object, an array, or a document with @graph). */
export function parseClaimReviews(input: unknown): {
  reviews: ParsedReview[];
  problems: Problem[];
} {
  const items: [string, unknown][] = [];
  const collect = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => collect(x, `${path}[${i}]`));
    else if (isObject(v) && Array.isArray(v['@graph'])) collect(v['@graph'], `${path}['@graph']`);
    else items.push([path, v]);
  };
  collect(input, '$');
  const reviews: ParsedReview[] = [];
  const problems: Problem[] = [];
  for (const [path, item] of items) {
    const problem = (where: string, message: string) =>
      problems.push({ path: `${path}${where}`, message });
    if (!isObject(item) || !types(item).includes('ClaimReview')) {
      problem('', 'is not a schema.org ClaimReview (@type "ClaimReview")');
      continue;
    }
    const before = problems.length;
    const url = typeof item.url === 'string' && /^https?:\/\/\S+$/.test(item.url) ? item.url : null;
    if (!url) problem('.url', 'must be the review’s http(s) URL');
    const published = typeof item.datePublished === 'string' ? Date.parse(item.datePublished) : NaN;
    if (Number.isNaN(published)) problem('.datePublished', 'must be a date (e.g. 2025-11-05)');
    const author = [item.author].flat()[0];
    const name =
      isObject(author) && typeof author.name === 'string' && author.name.trim()
        ? author.name.trim()
        : null;
    if (!name) problem('.author.name', 'must name the fact-checker');
    const itemReviewed = isObject(item.itemReviewed) ? item.itemReviewed : {};
    const text =
      typeof item.claimReviewed === 'string' && item.claimReviewed.trim()
        ? item.claimReviewed.trim()
        : typeof itemReviewed.text === 'string'
          ? itemReviewed.text.trim()
          : '';
    if (!text) problem('.claimReviewed', 'must give the reviewed claim’s text');
    if (text.length > 2000) problem('.claimReviewed', 'is longer than 2000 characters');
    const reviewRating = isObject(item.reviewRating) ? item.reviewRating : {};
    const rating = ratingOf(reviewRating);
    if (!rating)
      problem(
        '.reviewRating',
        'has neither an alternateName we know nor a ratingValue between worstRating and bestRating',
      );
    if (problems.length > before) continue;
    const authorUrl = isObject(author) && typeof author.url === 'string' ? author.url : undefined;
    const identifier = typeof itemReviewed.identifier === 'string' ? itemReviewed.identifier : null;
    reviews.push({
      path,
      url: url!,
      reviewedAt: new Date(published).toISOString(),
      rating: rating!,
      ratingText:
        typeof reviewRating.alternateName === 'string' ? reviewRating.alternateName : null,
      reviewer: {
        id: reviewerId(name!, authorUrl ?? url!),
        name: name!,
        domain: domainOf(authorUrl ?? url!),
      },
      claimId: identifier,
      claimText: text,
    });
  }
  return { reviews, problems };
}

function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const BEST = { TRUE: 5, MOSTLY_TRUE: 4, MIXED: 3, MOSTLY_FALSE: 2, FALSE: 1 } as const;
const LABEL: Record<Rating, string> = {
  TRUE: 'True',
  MOSTLY_TRUE: 'Mostly true',
  MIXED: 'Mixed',
  MOSTLY_FALSE: 'Mostly false',
  FALSE: 'False',
  UNVERIFIABLE: 'Unverifiable',
};

/** Our verdict as ClaimReview JSON-LD; itemReviewed.identifier carries our claim id back. */
export function toClaimReview(
  v: { url: string; reviewedAt: string; rating: string; ratingText: string | null },
  claim: { id: string; text: string },
  reviewer: { name: string; domain?: string | null },
): Json {
  const rating = v.rating as Rating;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: v.url,
    datePublished: v.reviewedAt.slice(0, 10),
    author: {
      '@type': 'Organization',
      name: reviewer.name,
      ...(reviewer.domain && { url: `https://${reviewer.domain}` }),
    },
    claimReviewed: claim.text,
    itemReviewed: { '@type': 'Claim', identifier: claim.id },
    reviewRating: {
      '@type': 'Rating',
      alternateName: v.ratingText ?? LABEL[rating],
      ...(rating !== 'UNVERIFIABLE' && {
        ratingValue: BEST[rating],
        bestRating: 5,
        worstRating: 1,
      }),
    },
  };
}
