// Verdicts enter through the same checked write as articles: a ClaimReview import or one
// recorded verdict becomes a GraphBatch.
import { BadUserInputError, type Problem } from '../errors.ts';
import { emptyBatch, type ImportStore } from '../db/import-store.ts';
import type { VerdictStore } from '../db/verdict-store.ts';
import {
  claimIdFromText,
  parseClaimReviews,
  verdictId,
  type Rating,
} from '../domain/claimreview.ts';

export interface VerdictInput {
  claim: string;
  reviewer: string;
  rating: Rating;
  ratingText?: string | null;
  reviewedAt: Date;
  url: string;
}

export async function recordVerdict(imports: ImportStore, input: VerdictInput): Promise<string> {
  const problems: Problem[] = [];
  if (!/^https?:\/\/\S+$/.test(input.url))
    problems.push({ path: 'input.url', message: 'must be an http(s) URL' });
  if ((input.ratingText ?? '').length > 200)
    problems.push({ path: 'input.ratingText', message: 'is longer than 200 characters' });
  if (problems.length > 0) throw new BadUserInputError(problems);
  const batch = emptyBatch();
  const id = verdictId(input.url);
  batch.verdicts = [
    {
      id,
      claim: input.claim,
      reviewer: input.reviewer,
      rating: input.rating,
      ratingText: input.ratingText ?? null,
      reviewedAt: input.reviewedAt.toISOString(),
      url: input.url,
    },
  ];
  batch.references.push(
    { path: 'input.claim', id: input.claim, kinds: ['Claim'] },
    { path: 'input.reviewer', id: input.reviewer, kinds: ['Outlet', 'Actor'] },
  );
  await imports.write(batch);
  return id;
}

export interface ClaimReviewImport {
  verdicts: number;
  claimsCreated: number;
  reviewersCreated: number;
  /** The reviewed claims, whose sources' settled credibility the verdicts change. */
  claimIds: string[];
}

/** All ClaimReviews of the input, or none: any problem rejects the whole input. */
export async function importClaimReviews(
  imports: ImportStore,
  verdicts: VerdictStore,
  input: unknown,
): Promise<ClaimReviewImport> {
  const { reviews, problems } = parseClaimReviews(input);
  if (problems.length > 0) throw new BadUserInputError(problems, 'The ClaimReview input');
  const byText = await verdicts.claimIdsByText(
    reviews.filter((r) => !r.claimId).map((r) => r.claimText),
  );
  const batch = emptyBatch();
  const reviewers = new Map<string, (typeof reviews)[number]['reviewer']>();
  const newClaims = new Map<string, string>();
  batch.verdicts = reviews.map((r) => {
    reviewers.set(r.reviewer.id, r.reviewer);
    let claim = r.claimId ?? byText.get(r.claimText);
    if (r.claimId)
      batch.references.push({
        path: `${r.path}.itemReviewed.identifier`,
        id: r.claimId,
        kinds: ['Claim'],
      });
    if (!claim) {
      claim = claimIdFromText(r.claimText);
      newClaims.set(claim, r.claimText);
    }
    return {
      id: verdictId(r.url),
      claim,
      reviewer: r.reviewer.id,
      rating: r.rating,
      ratingText: r.ratingText,
      reviewedAt: r.reviewedAt,
      url: r.url,
    };
  });
  batch.outlets = [...reviewers.values()].map((r) => ({
    id: r.id,
    name: r.name,
    domain: r.domain,
    country: null,
  }));
  batch.claims = [...newClaims].map(([id, text]) => ({ id, text, topics: [] }));
  const result = await imports.write(batch);
  return {
    verdicts: batch.verdicts.length,
    claimsCreated: result.created.claims,
    reviewersCreated: result.created.outlets,
    claimIds: [...new Set(batch.verdicts.map((v) => v.claim))],
  };
}
