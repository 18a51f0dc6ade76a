import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClaimRecord, ActorRecord, OutletRecord, AnonymousSourceRecord, ArticleRecord, StatementRecord, VerdictRecord, AssessmentRecord, SourceRecord, NodeRecord, SearchResultRecord, ContradictionRecord, LikelyCopyRecord, SpanRecord } from '../domain/records.ts';
import type { ProvenanceAnswer, ChainAnswer, OriginRow, MergedOriginRow, HopRow } from '../domain/provenance.ts';
import type { DraftResult } from '../import/article-draft.ts';
import type { Match } from '../import/match.ts';
import type { OutletSpreadRow } from '../domain/timeline.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO 8601 (UTC), e.g. 2025-11-04T00:00:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  /** An article document in import format v1 (server/import/import-format.schema.json). */
  JSON: { input: unknown; output: unknown; }
};

/** A named person or organisation. */
export type Actor = Node & Source & {
  __typename?: 'Actor';
  aliases: Array<Scalars['String']['output']>;
  /** ISO country code or name as imported. */
  country?: Maybe<Scalars['String']['output']>;
  credibility?: Maybe<Credibility>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
};


/** A named person or organisation. */
export type ActorCredibilityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A named person or organisation. */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<StatementType>;
};

export type ActorInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  country?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: ActorKind;
  name: Scalars['String']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

export type ActorKind =
  | 'GOVERNMENT'
  | 'ORGANIZATION'
  | 'PERSON';

/**
 * An unnamed source as one outlet describes it ("a senior administration official"). Two outlets'
 * "senior official" are never assumed to be the same person.
 */
export type AnonymousSource = Node & Source & {
  __typename?: 'AnonymousSource';
  /** Whom the source works for, when known. */
  affiliation?: Maybe<Actor>;
  /** The outlet that cited this source. */
  citedBy?: Maybe<Outlet>;
  /** How many people, when the outlet says. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The citing outlet's credibility: an anonymous source is judged through the outlet that cites it. */
  credibility?: Maybe<Credibility>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Same as description. */
  name: Scalars['String']['output'];
  statements: StatementConnection;
};


/**
 * An unnamed source as one outlet describes it ("a senior administration official"). Two outlets'
 * "senior official" are never assumed to be the same person.
 */
export type AnonymousSourceCredibilityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * An unnamed source as one outlet describes it ("a senior administration official"). Two outlets'
 * "senior official" are never assumed to be the same person.
 */
export type AnonymousSourceStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<StatementType>;
};

export type AnonymousSourceInput = {
  affiliation?: InputMaybe<Scalars['ID']['input']>;
  citedBy: Scalars['ID']['input'];
  count?: InputMaybe<Scalars['Int']['input']>;
  description: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

/** The document a statement was observed in. */
export type Article = Node & {
  __typename?: 'Article';
  id: Scalars['ID']['output'];
  outlet?: Maybe<Outlet>;
  publishedAt: Scalars['DateTime']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/**
 * A draft import document made from an article's text, matched against the graph, not yet written.
 * Review it (accept, fix or drop statements; add `review: {reviewedBy, reviewedAt}` to mark its
 * machine statements reviewed) and pass `document` to importArticle.
 */
export type ArticleDraft = {
  __typename?: 'ArticleDraft';
  /** The draft in import format v1; each statement carries its `evidence`. */
  document: Scalars['JSON']['output'];
  /** Actors, outlets and claims found in the graph: reused (the draft uses their id) or proposed. */
  matches: Array<DraftMatch>;
  /** Each statement with its evidence, in the document's order. */
  statements: Array<DraftStatement>;
  /**
   * The text the extractor read, which every evidence offset points into: the text given, or for
   * an HTML page the main text Readability took from it (so that a reviewer sees what the spans
   * refer to).
   */
  text: Scalars['String']['output'];
  /** The extractor's notes and the format's tidy-ups. */
  warnings: Array<ImportWarning>;
};

/** An article to extract a draft from: its text, or a saved HTML page, with where and when it was published. */
export type ArticleInput = {
  /** A saved HTML page: its main text is read with Readability. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** The publishing outlet: an id, a name or a domain. From the URL's domain when left out. */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** When it was published (YYYY-MM-DD or RFC 3339). From an HTML page's metadata when left out. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** The article's text (at most 5 MB). Give text or html. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Address of the article (http or https). From an HTML page's metadata when left out. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One source citing another for the claim. */
export type CitationHop = {
  __typename?: 'CitationHop';
  article?: Maybe<Article>;
  at?: Maybe<Scalars['DateTime']['output']>;
  from: Source;
  to: Source;
};

/** One checkable proposition, in plain words. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** SAID, REPORTED and CONFIRMED statements: who asserts it. */
  assertions: Array<Statement>;
  /** Truth-discovery assessment from the last credibility computation (null before the first). */
  assessment?: Maybe<ClaimAssessment>;
  /** This claim's verdicts as schema.org ClaimReview JSON-LD. */
  claimReviews: Array<Scalars['JSON']['output']>;
  /** DENIED statements: who rejects it. */
  denials: Array<Statement>;
  /** Date of the earliest statement about it. */
  firstSeenAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Where it came from: chains down to its origins, independence, denials (asOf: as known then; reviewedOnly: without machine statements nobody has reviewed; likely copies merged in both, as Query.provenance says). */
  provenance: Provenance;
  /** Everyone who said, reported or denied it, earliest first (reviewedOnly: without machine statements nobody has reviewed yet). */
  statements: StatementConnection;
  text: Scalars['String']['output'];
  /** First seen, and how it spread across outlets over time. */
  timeline: Timeline;
  topics: Array<Scalars['String']['output']>;
  /** Fact-checkers' verdicts, newest first. */
  verdicts: Array<Verdict>;
};


/** One checkable proposition, in plain words. */
export type ClaimProvenanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One checkable proposition, in plain words. */
export type ClaimStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<StatementType>;
};

/** How much the graph believes a claim after truth discovery. */
export type ClaimAssessment = {
  __typename?: 'ClaimAssessment';
  /** 0..1: 1 confirmed, 0 refuted, otherwise from the trust of its independent origins, echoes and deniers. */
  confidence: Scalars['Float']['output'];
  /** Independent origins backing the claim: the same count, by the same rule, as its provenance's independentOrigins. */
  independentOrigins: Scalars['Int']['output'];
  /** CONFIRMED, REFUTED or UNRESOLVED. */
  resolution: Scalars['String']['output'];
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** Which claims to list; all conditions must hold. */
export type ClaimFilter = {
  /** Only claims whose every origin is an anonymous source (true), or that have a named origin (false). */
  anonymousOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims both asserted and denied. */
  contradicted?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Only claims this source denied, in the order of its newest denial of each, newest first (with
   * reportedBy too, the reports' order).
   */
  deniedBy?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only claims this outlet reported. The list is then in the order of the outlet's newest report
   * of each claim, newest first (each claim once), rather than by first sighting.
   */
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims with this topic. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type ClaimInput = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ClaimReviewImport = {
  __typename?: 'ClaimReviewImport';
  /** Claims created because no claim in the graph had the reviewed text. */
  claimsCreated: Scalars['Int']['output'];
  /** Reviewers (fact-checking outlets) created. */
  reviewersCreated: Scalars['Int']['output'];
  verdicts: Scalars['Int']['output'];
};

/** A claim asserted by some and denied by others, with both sides. */
export type Contradiction = {
  __typename?: 'Contradiction';
  assertions: Array<Statement>;
  claim: Claim;
  denials: Array<Statement>;
};

export type ContradictionConnection = {
  __typename?: 'ContradictionConnection';
  edges: Array<ContradictionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContradictionEdge = {
  __typename?: 'ContradictionEdge';
  cursor: Scalars['String']['output'];
  node: Contradiction;
};

/**
 * How credible a source has been: a number in [0, 1] with the evidence behind it (the method:
 * docs/credibility.md). Anonymous sources are judged through the outlet that cites them.
 */
export type Credibility = {
  __typename?: 'Credibility';
  /** True when computed for a past date (as-of), from what was known then. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  components: CredibilityComponents;
  /**
   * When the number was last brought up to date: the last full computation, or a verdict recorded
   * since (which updates the settled part at once); for an as-of score, the date it is as of.
   */
  computedAt: Scalars['DateTime']['output'];
  evidence: CredibilityEvidence;
  /** E.g. credibility-v2. */
  methodVersion: Scalars['String']['output'];
  /** When the prior (truth discovery over the whole graph) was computed: the last full computation. Null as of a date. */
  priorComputedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Posterior mean of the source's reliability over its settled predictions (claims it asserted
   * and claims it denied, once a verdict settled them):
   * (right + priorStrength × prior) / (settled + priorStrength).
   */
  score: Scalars['Float']['output'];
};

export type CredibilityComponents = {
  __typename?: 'CredibilityComponents';
  /** Beta-Bernoulli part: right / settled over the source's settled predictions (null with none settled). */
  observedReliability?: Maybe<Scalars['Float']['output']>;
  /** Share of the score that comes from settled predictions: 1 - priorWeight. */
  observedWeight: Scalars['Float']['output'];
  /** Truth-discovery trust (TruthFinder-style pass over the whole graph), used as the prior mean. */
  prior: Scalars['Float']['output'];
  /** Weight of the prior, in pseudo-claims. */
  priorStrength: Scalars['Float']['output'];
  /** Share of the score that comes from the prior: priorStrength / (settled + priorStrength). */
  priorWeight: Scalars['Float']['output'];
};

export type CredibilityEvidence = {
  __typename?: 'CredibilityEvidence';
  /** Reports citing anonymous sources, of all its reports. */
  anonymousReports: Scalars['Int']['output'];
  /** Claims the source is accountable for: it said them, reported them citing nobody, or cited anonymous sources for them. */
  claims: Scalars['Int']['output'];
  /** Of those, confirmed (a TRUE or MOSTLY_TRUE verdict, or a later confirmation). */
  confirmed: Scalars['Int']['output'];
  /** Of those, backed by at least two independent origins (the provenance rule). */
  corroborated: Scalars['Int']['output'];
  /** Claims the source denied (an anonymous source's denials count for the outlet citing it). */
  denials: Scalars['Int']['output'];
  /** Of those, later confirmed: the denial was wrong. */
  denialsProvenWrong: Scalars['Int']['output'];
  /** Of those, later refuted: the denial was right. */
  denialsUpheld: Scalars['Int']['output'];
  /** Of those, denied by someone (often the subject). */
  denied: Scalars['Int']['output'];
  /** Reports citing another outlet or a named actor (re-reports), of all its reports. */
  reReports: Scalars['Int']['output'];
  /** Of those, refuted (a FALSE or MOSTLY_FALSE verdict, or retracted). */
  refuted: Scalars['Int']['output'];
  reports: Scalars['Int']['output'];
  /** The evidence in words, e.g. "3 claims confirmed", "1 denial proven wrong" (counts of zero left out). */
  summary: Array<Scalars['String']['output']>;
};

export type CredibilityRun = {
  __typename?: 'CredibilityRun';
  claims: Scalars['Int']['output'];
  computedAt: Scalars['DateTime']['output'];
  iterations: Scalars['Int']['output'];
  methodVersion: Scalars['String']['output'];
  seconds: Scalars['Float']['output'];
  sources: Scalars['Int']['output'];
  /** Where the time went, one line per part (read, truth discovery, write). */
  steps: Array<Scalars['String']['output']>;
};

/** A draft's actor, outlet or claim found in the graph. */
export type DraftMatch = {
  __typename?: 'DraftMatch';
  /** How it matched: name, alias, domain, id, wording, or statements (the same sources about it in the same article). */
  by: Scalars['String']['output'];
  /** The id the extractor made. */
  draftId: Scalars['ID']['output'];
  /** The node already in the graph. */
  existingId: Scalars['ID']['output'];
  /** Its name (actors, outlets) or text (claims). */
  existingText: Scalars['String']['output'];
  kind: MatchKind;
  /** True: the draft uses the existing id. False: only proposed; the draft keeps a new claim. */
  reused: Scalars['Boolean']['output'];
  /** 1 for a name, alias, domain or id; for claims, the share of content words they have in common. */
  score: Scalars['Float']['output'];
};

/** One statement of a draft, as the draft document has it. */
export type DraftStatement = {
  __typename?: 'DraftStatement';
  citing: Array<Scalars['ID']['output']>;
  /** Id of the claim in the draft (or in the graph, when matched). */
  claim: Scalars['ID']['output'];
  evidence: Evidence;
  /** Id of the source in the draft (or in the graph, when matched). */
  source: Scalars['ID']['output'];
  type: StatementType;
};

/**
 * How the extractor read a statement from an article's text. Offsets are [start, end) into the
 * text it was given, in UTF-16 code units (as JavaScript counts).
 */
export type Evidence = {
  __typename?: 'Evidence';
  /** The extractor's confidence, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** Where what was said, reported or denied is. */
  content: TextSpan;
  /** Where the verb or phrase of attribution is ("reported", "rejected a report claiming"). */
  cue: TextSpan;
  /** The extraction method and version (e.g. "rules-1"). */
  method: Scalars['String']['output'];
  /** The sentence the statement was read from. */
  sentence: Scalars['String']['output'];
  /** Where the source is named; null when the sentence does not name it. */
  source?: Maybe<TextSpan>;
};

/** Counts of what the graph holds. */
export type GraphStats = {
  __typename?: 'GraphStats';
  actors: Scalars['Int']['output'];
  anonymousSources: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  outlets: Scalars['Int']['output'];
  /** Version of the constraints and indexes applied at start-up (schema/constraints.cypher). */
  schemaVersion?: Maybe<Scalars['Int']['output']>;
  /** SAID, REPORTED, DENIED, CONFIRMED and RETRACTED relationships: every statement type. */
  statements: Scalars['Int']['output'];
};

export type ImportCounts = {
  __typename?: 'ImportCounts';
  actors: Scalars['Int']['output'];
  anonymousSources: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  outlets: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  /** Fact-checkers' verdicts (the document's `verdicts`), one per review URL. */
  verdicts: Scalars['Int']['output'];
};

/**
 * What an import wrote, per label: nodes (and statements) created, updated (a stated property
 * changed) and unchanged (already there as stated).
 */
export type ImportResult = {
  __typename?: 'ImportResult';
  articleIds: Array<Scalars['ID']['output']>;
  created: ImportCounts;
  unchanged: ImportCounts;
  updated: ImportCounts;
  /**
   * What the importer tidied before writing (a topic written as a tag, stray whitespace, a
   * date-time in another offset written in UTC, a rating's or domain's spelling): imported, and
   * listed so the annotator sees what was written. Empty when the input needed no tidying.
   */
  warnings: Array<ImportWarning>;
};

/** One change the importer made to tidy a document: where (its JSON path) and what it changed. */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  message: Scalars['String']['output'];
  /** JSON path in the input, e.g. `$.claims[0].topics[1]` (`$[2]...` for the third of an array). */
  path: Scalars['String']['output'];
};

/**
 * One outlet likely copying another (after Dong et al. 2009): of the claims the copied outlet
 * carried on its own account (citing no named source, so that nobody else could have given them
 * to the copier), how many the copier carried citing no one within 48 hours after it, weighted by
 * those later refuted (independent outlets rarely share false claims), net of those it carried
 * first. Recomputed wholesale by every full credibility recompute (docs/credibility.md).
 */
export type LikelyCopy = {
  __typename?: 'LikelyCopy';
  /** The recompute that found the pair. */
  computedAt: Scalars['DateTime']['output'];
  /** Such claims the copier carried up to 48 h before the outlet copied (evidence against copying). */
  copierFirstClaims: Scalars['Int']['output'];
  /** Median hours between the two outlets' reports of the shared claims. */
  medianDelayHours: Scalars['Float']['output'];
  /** The other outlet of the pair: the copy, or the outlet copied. */
  outlet: Outlet;
  /**
   * The weighted share of the copied outlet's own claims the copier followed, net of those it
   * led, less the share of all claims the copier carries on its own account (its chance of
   * carrying any claim). 0.15 or more, with at least 3 shared claims and twice as many followed as
   * led, is taken as copying.
   */
  score: Scalars['Float']['output'];
  /** Claims the copier carried uncited within 48 h after the outlet copied, which had cited no named source for them. */
  sharedClaims: Scalars['Int']['output'];
  /** Of those, claims a verdict later refuted. */
  sharedFalseClaims: Scalars['Int']['output'];
};

export type MatchKind =
  | 'ACTOR'
  | 'CLAIM'
  | 'OUTLET';

/**
 * An origin merged into another: an outlet that reported the claim citing nobody, but likely copies
 * an outlet that carried it before.
 */
export type MergedOrigin = {
  __typename?: 'MergedOrigin';
  mergedInto: Outlet;
  origin: Source;
  /** The copying evidence, in words. */
  reason: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Reads an article (text or a saved HTML page) and returns a draft import document with each
   * statement's evidence, matched against the graph; writes nothing. An empty, undated, binary or
   * over-5-MB article is refused (BAD_USER_INPUT, the reason's code first in the problem).
   */
  extractArticle: ArticleDraft;
  /**
   * Imports one article document, or an array of them, in import format v1. A document with any
   * problem is rejected whole (BAD_USER_INPUT, every problem with its JSON path) and nothing is
   * written. Importing the same document twice changes nothing.
   */
  importArticle: ImportResult;
  /** Imports schema.org ClaimReview JSON-LD (an object, an array, or a document with @graph). */
  importClaimReviews: ClaimReviewImport;
  /** Recomputes every source's credibility (claims read from Neo4j in pages, computed in memory); returns the run. */
  recomputeCredibility: CredibilityRun;
  /** Records one statement between existing nodes (idempotent per type, source, claim, article). */
  recordStatement: Statement;
  /**
   * Records a fact-checker's verdict on a claim. The settled part of the credibility of every
   * source that asserted or denied the claim is brought up to date at once.
   */
  recordVerdict: Verdict;
  upsertActor: Actor;
  upsertAnonymousSource: AnonymousSource;
  upsertClaim: Claim;
  upsertOutlet: Outlet;
};


export type MutationExtractArticleArgs = {
  input: ArticleInput;
};


export type MutationImportArticleArgs = {
  input: Scalars['JSON']['input'];
};


export type MutationImportClaimReviewsArgs = {
  input: Scalars['JSON']['input'];
};


export type MutationRecordStatementArgs = {
  input: RecordStatementInput;
};


export type MutationRecordVerdictArgs = {
  input: VerdictInput;
};


export type MutationUpsertActorArgs = {
  input: ActorInput;
};


export type MutationUpsertAnonymousSourceArgs = {
  input: AnonymousSourceInput;
};


export type MutationUpsertClaimArgs = {
  input: ClaimInput;
};


export type MutationUpsertOutletArgs = {
  input: OutletInput;
};

/** Anything in the graph with a stable, human-readable id (e.g. `claudia-sheinbaum`). */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Origin = {
  __typename?: 'Origin';
  anonymous: Scalars['Boolean']['output'];
  /** How the origin relates to the claim: SAID, REPORTED (an outlet citing nobody) or CITED (cited, but no statement of its own recorded). */
  basis: Scalars['String']['output'];
  source: Source;
};

/** A news organisation or publication. */
export type Outlet = Node & Source & {
  __typename?: 'Outlet';
  country?: Maybe<Scalars['String']['output']>;
  credibility?: Maybe<Credibility>;
  domain?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Outlets this one likely copies, with the same evidence, strongest first. */
  likelyCopiedFrom: Array<LikelyCopy>;
  /**
   * Outlets that likely copy this one: they carry its claims uncited soon after it (found by the
   * last full credibility recompute), strongest first.
   */
  likelyCopies: Array<LikelyCopy>;
  name: Scalars['String']['output'];
  /** How this outlet sources what it reports. */
  sourcingProfile: SourcingProfile;
  statements: StatementConnection;
};


/** A news organisation or publication. */
export type OutletCredibilityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A news organisation or publication. */
export type OutletStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<StatementType>;
};

export type OutletInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type OutletSpread = {
  __typename?: 'OutletSpread';
  /** Days after the claim was first seen. */
  daysAfterFirstSeen: Scalars['Float']['output'];
  firstReportedAt: Scalars['DateTime']['output'];
  outlet: Outlet;
};

/** Relay pagination state of a list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Where a claim came from. A chain starts at an outlet that reported the claim and that no
 * other reporter cites for it, and follows whom each source cited for this claim, down to an
 * origin: a source that said it, or an outlet that reported it citing nobody.
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** Every origin is anonymous. */
  anonymousOnly: Scalars['Boolean']['output'];
  chains: Array<ProvenanceChain>;
  /** Several reports, but only one independent origin: the reports echo each other. */
  circular: Scalars['Boolean']['output'];
  claim: Claim;
  /** Who denied the claim. */
  denials: Array<Statement>;
  /**
   * Origins that count as independent of each other: named actors and self-sourced outlets each
   * count once; anonymous sources cited by the same outlet count together as one, since nothing
   * shows they are different people; an outlet that likely copies an earlier carrier of the claim
   * does not count (see mergedOrigins).
   */
  independentOrigins: Scalars['Int']['output'];
  /** Longest chain, in citation hops. */
  maxDepth: Scalars['Int']['output'];
  /**
   * Origins not counted as independent because they likely copy an outlet that carried the claim
   * before them (Outlet.likelyCopiedFrom), each with the outlet it was merged into and why.
   */
  mergedOrigins: Array<MergedOrigin>;
  /** Distinct origins of all chains. */
  origins: Array<Origin>;
  /**
   * This provenance drawn as an SVG picture (reporting outlets, cited sources, origins, the claim;
   * anonymous origins dashed, denials in red, dates on the hops), as of the same date as asked.
   * A path on this service (e.g. /claims/us-planning-troops-in-mexico/provenance.svg), to fetch
   * with the same API key.
   */
  pictureUrl: Scalars['String']['output'];
  /** How many REPORTED statements there are. */
  reports: Scalars['Int']['output'];
};

/** One path from a reporting outlet down to an origin. */
export type ProvenanceChain = {
  __typename?: 'ProvenanceChain';
  anonymousOrigin: Scalars['Boolean']['output'];
  /** Number of citation hops (0: the outlet itself is the origin). */
  depth: Scalars['Int']['output'];
  hops: Array<CitationHop>;
  origin: Source;
  /** From the reporting outlet to the origin, in citation order. */
  sources: Array<Source>;
};

export type Query = {
  __typename?: 'Query';
  claim?: Maybe<Claim>;
  /**
   * Claims, newest first seen first (the same day: by id); filtered by a source, newest statement
   * of that source first (see ClaimFilter). totalCount comes from counts kept at write time or
   * an index, except for combinations no count is kept for (a topic; reportedBy and deniedBy
   * together; a source with both anonymousOnly and contradicted; deniedBy with either), which are
   * counted by reading every claim they match.
   */
  claims: ClaimConnection;
  /** Claims both asserted and denied, with both sides. */
  contradictions: ContradictionConnection;
  /** Sources by credibility, most credible first (only those with evidence). */
  credibilityRanking: SourceConnection;
  /** The last credibility computation. */
  credibilityRun?: Maybe<CredibilityRun>;
  /** Any actor, outlet, anonymous source, claim or article by its id. */
  node?: Maybe<Node>;
  /**
   * Provenance of a claim (NOT_FOUND when there is no such claim); with asOf, as known on that
   * date: only statements and citations dated on or before it; with reviewedOnly, only what a
   * person stands behind: machine-extracted statements nobody has reviewed (and the citations
   * they came with) are left out. In either view, likely copies are merged as now (mergedOrigins),
   * by the pairs the last full recompute found, among the reports that view shows: finding copies
   * takes every claim in the graph and is not rerun for one date.
   */
  provenance?: Maybe<Provenance>;
  /**
   * Full-text search over claim text and source names, aliases and descriptions. Plain words;
   * Lucene syntax characters are taken literally.
   */
  search: SearchConnection;
  /** An actor, outlet or anonymous source by id. */
  source?: Maybe<Source>;
  /** All sources, optionally of one kind, by name. */
  sources: SourceConnection;
  /**
   * How much is in the graph: one count per kind of node, and the number of statements
   * (SAID, REPORTED, DENIED, CONFIRMED and RETRACTED relationships).
   */
  stats: GraphStats;
  /** Who is asking: the key's name and role (the review page fills in the reviewer's name from it). */
  viewer: Viewer;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContradictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCredibilityRankingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SourceKind>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvenanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  claimId: Scalars['ID']['input'];
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<SearchScope>>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SourceKind>;
};

/** A fact-checker's rating, as in schema.org ClaimReview. */
export type Rating =
  | 'FALSE'
  | 'MIXED'
  | 'MOSTLY_FALSE'
  | 'MOSTLY_TRUE'
  | 'TRUE'
  | 'UNVERIFIABLE';

export type RecordStatementInput = {
  /** Id of the article (already in the graph) the statement was observed in. */
  article: Scalars['ID']['input'];
  /** Defaults to now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ids of the sources the source relied on. */
  citing?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Id of a claim already in the graph. */
  claim: Scalars['ID']['input'];
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Id of an actor, outlet or anonymous source already in the graph. */
  source: Scalars['ID']['input'];
  type: StatementType;
};

/** What an API key may do. Each role may also do everything the roles before it may. */
export type Role =
  /** Everything, including operations that change more than data (e.g. recomputing credibility). */
  | 'ADMIN'
  /** Queries and mutations that change the graph's data. */
  | 'EDITOR'
  /** Queries. */
  | 'READER';

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchHitEdge>;
  pageInfo: PageInfo;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  /** Lucene relevance score: higher is more relevant. */
  score: Scalars['Float']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchResult = Actor | AnonymousSource | Claim | Outlet;

export type SearchScope =
  | 'CLAIMS'
  | 'SOURCES';

/**
 * Who a statement comes from: a named actor, a news outlet, or an anonymous source as an
 * outlet describes it.
 */
export type Source = {
  /**
   * Credibility from the last computation, or as of a past date (from statements and verdicts
   * dated on or before it). Null before the first computation. As of a date, likely copies are
   * merged as now, by the pairs the last full recompute found (Outlet.likelyCopiedFrom), applied
   * to the reports known on that date: finding copies takes every claim in the graph and is not
   * rerun for one date, so a pair found today is held against reports made before it was found.
   */
  credibility?: Maybe<Credibility>;
  id: Scalars['ID']['output'];
  /** Display name (for an anonymous source, its description). */
  name: Scalars['String']['output'];
  /**
   * What this source said, reported or denied, newest first (the same instant: by claim id, then
   * type). totalCount with reviewedOnly reads each of the source's statements of that type; without,
   * it is kept by the database.
   */
  statements: StatementConnection;
};


/**
 * Who a statement comes from: a named actor, a news outlet, or an anonymous source as an
 * outlet describes it.
 */
export type SourceCredibilityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Who a statement comes from: a named actor, a news outlet, or an anonymous source as an
 * outlet describes it.
 */
export type SourceStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<StatementType>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceKind =
  | 'ACTOR'
  | 'ANONYMOUS'
  | 'OUTLET';

/**
 * An outlet's sourcing: of the claims it reported, how many it reported on its own (citing
 * nobody), citing other outlets, citing named actors, and citing anonymous sources; and how many
 * rest only on anonymous sources or were denied. Counted at write time, so it costs the same for
 * an outlet with a million reports as for one with a single one.
 */
export type SourcingProfile = {
  __typename?: 'SourcingProfile';
  /** Reported claims whose every origin is anonymous. */
  anonymousOnly: Scalars['Int']['output'];
  /** Share of reports citing anonymous sources, 0..1 (0 when it reported nothing). */
  anonymousShare: Scalars['Float']['output'];
  /** Reports citing at least one named actor. */
  citingActors: Scalars['Int']['output'];
  /** Reports citing at least one anonymous source. */
  citingAnonymous: Scalars['Int']['output'];
  /** Reports citing at least one other outlet. */
  citingOutlets: Scalars['Int']['output'];
  /** Reported claims that someone denied. */
  denied: Scalars['Int']['output'];
  /** Reports citing nobody: the outlet is the origin. */
  ownReporting: Scalars['Int']['output'];
  /** Share of reports that re-report another outlet, 0..1. */
  reReportShare: Scalars['Float']['output'];
  /** Claims the outlet reported. */
  reports: Scalars['Int']['output'];
};

/**
 * One observed statement: a source said, reported or denied a claim, on a date, in an article,
 * possibly citing other sources.
 */
export type Statement = {
  __typename?: 'Statement';
  /** The article the statement was observed in. */
  article?: Maybe<Article>;
  at: Scalars['DateTime']['output'];
  /** Whom the source relied on for this claim ("NBC News, citing four U.S. officials"). */
  citing: Array<Source>;
  claim: Claim;
  /** How the extractor read this statement from the article's text; null when a person annotated it. */
  evidence?: Maybe<Evidence>;
  id: Scalars['ID']['output'];
  /** Read from an article's text by the extractor (npm run extract, extractArticle). */
  machine: Scalars['Boolean']['output'];
  /** Verbatim words, when there are any. */
  quote?: Maybe<Scalars['String']['output']>;
  /**
   * Whether a person stands behind the statement: true for everything a person annotated or
   * recorded, and for a machine statement once its draft was reviewed.
   */
  reviewed: Scalars['Boolean']['output'];
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reviewed the machine draft this statement came from, when its review said so. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  source: Source;
  type: StatementType;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementType =
  /** The source later confirmed the claim (e.g. an official on the record). */
  | 'CONFIRMED'
  /** The source rejected the claim. */
  | 'DENIED'
  /** An outlet published the claim. */
  | 'REPORTED'
  /** The source withdrew what it had said or reported. */
  | 'RETRACTED'
  /** The source asserted the claim itself. */
  | 'SAID';

export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** How a claim spread: its first sighting and each outlet's first report, in time order. */
export type Timeline = {
  __typename?: 'Timeline';
  /** Every statement, earliest first. */
  events: Array<Statement>;
  firstSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Each outlet that reported the claim, with its first report, earliest first. */
  outlets: Array<OutletSpread>;
};

/** A fact-checker's verdict on a claim (a ClaimReview): who rated it, how, when, where. */
export type Verdict = Node & {
  __typename?: 'Verdict';
  claim: Claim;
  id: Scalars['ID']['output'];
  rating: Rating;
  /** The reviewer's own words for the rating (e.g. "Pants on Fire"). */
  ratingText?: Maybe<Scalars['String']['output']>;
  reviewedAt: Scalars['DateTime']['output'];
  reviewer: Source;
  url: Scalars['String']['output'];
};

export type VerdictInput = {
  claim: Scalars['ID']['input'];
  rating: Rating;
  ratingText?: InputMaybe<Scalars['String']['input']>;
  reviewedAt: Scalars['DateTime']['input'];
  /** Id of the reviewing outlet or actor (already in the graph). */
  reviewer: Scalars['ID']['input'];
  /** The review's URL: its identity (recording it again updates it). */
  url: Scalars['String']['input'];
};

/**
 * Who is asking: the API key this request came with, never its secret. Without keys (AUTH=open,
 * local development only) every caller is an admin with no key and no name.
 */
export type Viewer = {
  __typename?: 'Viewer';
  /** The key's id (the 12 hex digits in cg_<id>_…, as `npm run apikey -- list` shows it); null without keys. */
  keyId?: Maybe<Scalars['ID']['output']>;
  /** The name the key was made with (`npm run apikey -- create --name`), e.g. the reviewer's; null without keys. */
  name?: Maybe<Scalars['String']['output']>;
  role: Role;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRecord>;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  AnonymousSource: ResolverTypeWrapper<AnonymousSourceRecord>;
  AnonymousSourceInput: AnonymousSourceInput;
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleDraft: ResolverTypeWrapper<DraftResult>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CitationHop: ResolverTypeWrapper<HopRow>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimAssessment: ResolverTypeWrapper<AssessmentRecord>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimReviewImport: ResolverTypeWrapper<ClaimReviewImport>;
  Contradiction: ResolverTypeWrapper<ContradictionRecord>;
  ContradictionConnection: ResolverTypeWrapper<Omit<ContradictionConnection, 'edges'> & { edges: Array<ResolversTypes['ContradictionEdge']> }>;
  ContradictionEdge: ResolverTypeWrapper<Omit<ContradictionEdge, 'node'> & { node: ResolversTypes['Contradiction'] }>;
  Credibility: ResolverTypeWrapper<Credibility>;
  CredibilityComponents: ResolverTypeWrapper<CredibilityComponents>;
  CredibilityEvidence: ResolverTypeWrapper<CredibilityEvidence>;
  CredibilityRun: ResolverTypeWrapper<CredibilityRun>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftMatch: ResolverTypeWrapper<Match>;
  DraftStatement: ResolverTypeWrapper<Omit<DraftStatement, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  Evidence: ResolverTypeWrapper<Omit<Evidence, 'content' | 'cue' | 'source'> & { content: ResolversTypes['TextSpan'], cue: ResolversTypes['TextSpan'], source?: Maybe<ResolversTypes['TextSpan']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportWarning: ResolverTypeWrapper<ImportWarning>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LikelyCopy: ResolverTypeWrapper<LikelyCopyRecord>;
  MatchKind: MatchKind;
  MergedOrigin: ResolverTypeWrapper<MergedOriginRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<NodeRecord>;
  Origin: ResolverTypeWrapper<OriginRow>;
  Outlet: ResolverTypeWrapper<OutletRecord>;
  OutletInput: OutletInput;
  OutletSpread: ResolverTypeWrapper<OutletSpreadRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<ProvenanceAnswer>;
  ProvenanceChain: ResolverTypeWrapper<ChainAnswer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: Rating;
  RecordStatementInput: RecordStatementInput;
  Role: Role;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHitEdge']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchResult: ResolverTypeWrapper<SearchResultRecord>;
  SearchScope: SearchScope;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceKind: SourceKind;
  SourcingProfile: ResolverTypeWrapper<SourcingProfile>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementType: StatementType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TextSpan: ResolverTypeWrapper<SpanRecord>;
  Timeline: ResolverTypeWrapper<Omit<Timeline, 'events' | 'outlets'> & { events: Array<ResolversTypes['Statement']>, outlets: Array<ResolversTypes['OutletSpread']> }>;
  Verdict: ResolverTypeWrapper<VerdictRecord>;
  VerdictInput: VerdictInput;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRecord;
  ActorInput: ActorInput;
  AnonymousSource: AnonymousSourceRecord;
  AnonymousSourceInput: AnonymousSourceInput;
  Article: ArticleRecord;
  ArticleDraft: DraftResult;
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  CitationHop: HopRow;
  Claim: ClaimRecord;
  ClaimAssessment: AssessmentRecord;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimReviewImport: ClaimReviewImport;
  Contradiction: ContradictionRecord;
  ContradictionConnection: Omit<ContradictionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContradictionEdge']> };
  ContradictionEdge: Omit<ContradictionEdge, 'node'> & { node: ResolversParentTypes['Contradiction'] };
  Credibility: Credibility;
  CredibilityComponents: CredibilityComponents;
  CredibilityEvidence: CredibilityEvidence;
  CredibilityRun: CredibilityRun;
  DateTime: Scalars['DateTime']['output'];
  DraftMatch: Match;
  DraftStatement: Omit<DraftStatement, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  Evidence: Omit<Evidence, 'content' | 'cue' | 'source'> & { content: ResolversParentTypes['TextSpan'], cue: ResolversParentTypes['TextSpan'], source?: Maybe<ResolversParentTypes['TextSpan']> };
  Float: Scalars['Float']['output'];
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  ImportCounts: ImportCounts;
  ImportResult: ImportResult;
  ImportWarning: ImportWarning;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LikelyCopy: LikelyCopyRecord;
  MergedOrigin: MergedOriginRow;
  Mutation: Record<PropertyKey, never>;
  Node: NodeRecord;
  Origin: OriginRow;
  Outlet: OutletRecord;
  OutletInput: OutletInput;
  OutletSpread: OutletSpreadRow;
  PageInfo: PageInfo;
  Provenance: ProvenanceAnswer;
  ProvenanceChain: ChainAnswer;
  Query: Record<PropertyKey, never>;
  RecordStatementInput: RecordStatementInput;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHitEdge']> };
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchResult: SearchResultRecord;
  Source: SourceRecord;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourcingProfile: SourcingProfile;
  Statement: StatementRecord;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  String: Scalars['String']['output'];
  TextSpan: SpanRecord;
  Timeline: Omit<Timeline, 'events' | 'outlets'> & { events: Array<ResolversParentTypes['Statement']>, outlets: Array<ResolversParentTypes['OutletSpread']> };
  Verdict: VerdictRecord;
  VerdictInput: VerdictInput;
  Viewer: Viewer;
};

export type AuthDirectiveArgs = {
  requires: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credibility?: Resolver<Maybe<ResolversTypes['Credibility']>, ParentType, ContextType, Partial<ActorCredibilityArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ActorStatementsArgs, 'first' | 'reviewedOnly'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnonymousSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnonymousSource'] = ResolversParentTypes['AnonymousSource']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  citedBy?: Resolver<Maybe<ResolversTypes['Outlet']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  credibility?: Resolver<Maybe<ResolversTypes['Credibility']>, ParentType, ContextType, Partial<AnonymousSourceCredibilityArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<AnonymousSourceStatementsArgs, 'first' | 'reviewedOnly'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['Outlet']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleDraftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleDraft'] = ResolversParentTypes['ArticleDraft']> = {
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['DraftMatch']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['DraftStatement']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
};

export type CitationHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationHop'] = ResolversParentTypes['CitationHop']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  assertions?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['ClaimAssessment']>, ParentType, ContextType>;
  claimReviews?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  denials?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType, RequireFields<ClaimProvenanceArgs, 'reviewedOnly'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ClaimStatementsArgs, 'first' | 'reviewedOnly'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['Verdict']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimAssessment'] = ResolversParentTypes['ClaimAssessment']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  independentOrigins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimReviewImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimReviewImport'] = ResolversParentTypes['ClaimReviewImport']> = {
  claimsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewersCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verdicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContradictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contradiction'] = ResolversParentTypes['Contradiction']> = {
  assertions?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  denials?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type ContradictionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionConnection'] = ResolversParentTypes['ContradictionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContradictionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContradictionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionEdge'] = ResolversParentTypes['ContradictionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contradiction'], ParentType, ContextType>;
};

export type CredibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Credibility'] = ResolversParentTypes['Credibility']> = {
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  components?: Resolver<ResolversTypes['CredibilityComponents'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CredibilityEvidence'], ParentType, ContextType>;
  methodVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorComputedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CredibilityComponentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredibilityComponents'] = ResolversParentTypes['CredibilityComponents']> = {
  observedReliability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  observedWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  prior?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  priorStrength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  priorWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CredibilityEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredibilityEvidence'] = ResolversParentTypes['CredibilityEvidence']> = {
  anonymousReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corroborated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denialsProvenWrong?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denialsUpheld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refuted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredibilityRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredibilityRun'] = ResolversParentTypes['CredibilityRun']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  iterations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  methodVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DraftMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftMatch'] = ResolversParentTypes['DraftMatch']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  existingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  existingText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  reused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DraftStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftStatement'] = ResolversParentTypes['DraftStatement']> = {
  citing?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StatementType'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  anonymousSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outlets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schemaVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  anonymousSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outlets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verdicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  articleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LikelyCopyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LikelyCopy'] = ResolversParentTypes['LikelyCopy']> = {
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  copierFirstClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDelayHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outlet?: Resolver<ResolversTypes['Outlet'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedFalseClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MergedOriginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergedOrigin'] = ResolversParentTypes['MergedOrigin']> = {
  mergedInto?: Resolver<ResolversTypes['Outlet'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  extractArticle?: Resolver<ResolversTypes['ArticleDraft'], ParentType, ContextType, RequireFields<MutationExtractArticleArgs, 'input'>>;
  importArticle?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportArticleArgs, 'input'>>;
  importClaimReviews?: Resolver<ResolversTypes['ClaimReviewImport'], ParentType, ContextType, RequireFields<MutationImportClaimReviewsArgs, 'input'>>;
  recomputeCredibility?: Resolver<ResolversTypes['CredibilityRun'], ParentType, ContextType>;
  recordStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationRecordStatementArgs, 'input'>>;
  recordVerdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType, RequireFields<MutationRecordVerdictArgs, 'input'>>;
  upsertActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpsertActorArgs, 'input'>>;
  upsertAnonymousSource?: Resolver<ResolversTypes['AnonymousSource'], ParentType, ContextType, RequireFields<MutationUpsertAnonymousSourceArgs, 'input'>>;
  upsertClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpsertClaimArgs, 'input'>>;
  upsertOutlet?: Resolver<ResolversTypes['Outlet'], ParentType, ContextType, RequireFields<MutationUpsertOutletArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'AnonymousSource' | 'Article' | 'Claim' | 'Outlet' | 'Verdict', ParentType, ContextType>;
};

export type OriginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Origin'] = ResolversParentTypes['Origin']> = {
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type OutletResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Outlet'] = ResolversParentTypes['Outlet']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credibility?: Resolver<Maybe<ResolversTypes['Credibility']>, ParentType, ContextType, Partial<OutletCredibilityArgs>>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likelyCopiedFrom?: Resolver<Array<ResolversTypes['LikelyCopy']>, ParentType, ContextType>;
  likelyCopies?: Resolver<Array<ResolversTypes['LikelyCopy']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourcingProfile?: Resolver<ResolversTypes['SourcingProfile'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OutletStatementsArgs, 'first' | 'reviewedOnly'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutletSpreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutletSpread'] = ResolversParentTypes['OutletSpread']> = {
  daysAfterFirstSeen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  firstReportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outlet?: Resolver<ResolversTypes['Outlet'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  anonymousOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['ProvenanceChain']>, ParentType, ContextType>;
  circular?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  denials?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  independentOrigins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mergedOrigins?: Resolver<Array<ResolversTypes['MergedOrigin']>, ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Origin']>, ParentType, ContextType>;
  pictureUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvenanceChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvenanceChain'] = ResolversParentTypes['ProvenanceChain']> = {
  anonymousOrigin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['CitationHop']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  contradictions?: Resolver<ResolversTypes['ContradictionConnection'], ParentType, ContextType, RequireFields<QueryContradictionsArgs, 'first'>>;
  credibilityRanking?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QueryCredibilityRankingArgs, 'first'>>;
  credibilityRun?: Resolver<Maybe<ResolversTypes['CredibilityRun']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType, RequireFields<QueryProvenanceArgs, 'claimId' | 'reviewedOnly'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Actor' | 'AnonymousSource' | 'Claim' | 'Outlet', ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  __resolveType: TypeResolveFn<'Actor' | 'AnonymousSource' | 'Outlet', ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourcingProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcingProfile'] = ResolversParentTypes['SourcingProfile']> = {
  anonymousOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  anonymousShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  citingActors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citingAnonymous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citingOutlets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reReportShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  citing?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  machine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StatementType'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  events?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['OutletSpread']>, ParentType, ContextType>;
};

export type VerdictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Verdict'] = ResolversParentTypes['Verdict']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  ratingText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  AnonymousSource?: AnonymousSourceResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleDraft?: ArticleDraftResolvers<ContextType>;
  CitationHop?: CitationHopResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimAssessment?: ClaimAssessmentResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimReviewImport?: ClaimReviewImportResolvers<ContextType>;
  Contradiction?: ContradictionResolvers<ContextType>;
  ContradictionConnection?: ContradictionConnectionResolvers<ContextType>;
  ContradictionEdge?: ContradictionEdgeResolvers<ContextType>;
  Credibility?: CredibilityResolvers<ContextType>;
  CredibilityComponents?: CredibilityComponentsResolvers<ContextType>;
  CredibilityEvidence?: CredibilityEvidenceResolvers<ContextType>;
  CredibilityRun?: CredibilityRunResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DraftMatch?: DraftMatchResolvers<ContextType>;
  DraftStatement?: DraftStatementResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LikelyCopy?: LikelyCopyResolvers<ContextType>;
  MergedOrigin?: MergedOriginResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Origin?: OriginResolvers<ContextType>;
  Outlet?: OutletResolvers<ContextType>;
  OutletSpread?: OutletSpreadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  ProvenanceChain?: ProvenanceChainResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourcingProfile?: SourcingProfileResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  Verdict?: VerdictResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
};
