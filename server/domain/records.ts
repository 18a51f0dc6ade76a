// The plain objects the data layer hands to resolvers (no Neo4j types past this point).
import type { StatementType } from './statements.ts';

export type { StatementType };

/** GraphQL's SourceKind and the Neo4j label of each. */
export const KIND_LABEL = {
  ACTOR: 'Actor',
  OUTLET: 'Outlet',
  ANONYMOUS: 'AnonymousSource',
} as const;
export type SourceKind = keyof typeof KIND_LABEL;

export interface ClaimRecord {
  __typename: 'Claim';
  id: string;
  text: string;
  topics: string[];
  firstSeenAt: string | null;
}

interface SourceBase {
  id: string;
  name: string;
}

export interface ActorRecord extends SourceBase {
  __typename: 'Actor';
  kind: string;
  role: string | null;
  country: string | null;
  aliases: string[];
}

export interface OutletRecord extends SourceBase {
  __typename: 'Outlet';
  domain: string | null;
  country: string | null;
}

export interface AnonymousSourceRecord extends SourceBase {
  __typename: 'AnonymousSource';
  description: string;
  count: number | null;
  affiliation: string | null;
  citedBy: string | null;
}

export type SourceRecord = ActorRecord | OutletRecord | AnonymousSourceRecord;

export interface ArticleRecord {
  __typename: 'Article';
  id: string;
  url: string;
  title: string | null;
  publishedAt: string;
  outlet: string | null;
}

export interface VerdictRecord {
  __typename: 'Verdict';
  id: string;
  claim: string;
  reviewer: string;
  rating: string;
  ratingText: string | null;
  reviewedAt: string;
  url: string;
}

/** A claim's standing from the last credibility run. */
export interface AssessmentRecord {
  claimId: string;
  confidence: number;
  resolution: 'CONFIRMED' | 'REFUTED' | 'UNRESOLVED';
  /** Its origins by the provenance rule, before likely copies are merged (the resolver merges). */
  origins: { id: string; anonymous: boolean; citedBy: string | null }[];
}

/** One stored LIKELY_COPIES pair as seen from one of its outlets: the other outlet and the evidence. */
export interface LikelyCopyRecord {
  outlet: string;
  sharedClaims: number;
  sharedFalseClaims: number;
  copierFirstClaims: number;
  medianDelayHours: number;
  score: number;
  computedAt: string;
}

export type SearchResultRecord = ClaimRecord | SourceRecord;

/** A claim both asserted and denied; its two sides are resolved from its statements. */
export interface ContradictionRecord {
  claim: ClaimRecord;
}

export type NodeRecord = ClaimRecord | SourceRecord | ArticleRecord | VerdictRecord;

export interface StatementRecord {
  id: string;
  type: StatementType;
  source: string;
  claim: string;
  at: string;
  quote: string | null;
  article: string | null;
  citing: string[];
  /** Read from the article's text by the extractor; its evidence is then set. */
  machine: boolean;
  /** False only for a machine statement no person has reviewed. */
  reviewed: boolean;
  reviewedBy: string | null;
  reviewedAt: string | null;
  evidence: EvidenceRecord | null;
}

/** Character offsets [start, end) into an article's text. */
export type SpanRecord = [start: number, end: number];

export interface EvidenceRecord {
  sentence: string;
  source: SpanRecord | null;
  cue: SpanRecord;
  content: SpanRecord;
  confidence: number;
  method: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  skip: number;
  limit: number;
}
