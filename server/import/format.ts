// The import format (version 1): its types, and validation of a parsed document against the
// JSON Schema and the rules a schema cannot express. Pure: no database. What a document points
// at but does not define is handed back as references for the database layer to check.
import { projectFile } from '../project-files.ts';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RATINGS, verdictId, type Rating } from '../domain/claimreview.ts';
import { STATEMENT_TYPES, type StatementType } from '../domain/statements.ts';
import type { Evidence } from '../extract/draft.ts';

export { STATEMENT_TYPES, type StatementType };

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'GOVERNMENT'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
/** The graph labels an id in a document can stand for. */
export type ReferenceKind = 'Actor' | 'Outlet' | 'AnonymousSource' | 'Claim';

// --- The format as written (server/import/import-format.schema.json is the authority) ---

export interface ArticleInput {
  id?: string;
  url: string;
  title?: string;
  outlet: string;
  publishedAt: string;
}

export interface ActorInput {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  country?: string;
  aliases?: string[];
}

export interface OutletInput {
  id: string;
  name: string;
  domain?: string;
  country?: string;
}

export interface AnonymousSourceInput {
  id: string;
  description: string;
  count?: number;
  affiliation?: string;
  citedBy: string;
}

export interface ClaimInput {
  id: string;
  text: string;
  topics?: string[];
}

// A machine statement's evidence is what the extractor writes: one definition, its own.
export type { Evidence } from '../extract/draft.ts';

export interface StatementInput {
  type: StatementType;
  source: string;
  claim: string;
  at?: string;
  quote?: string;
  citing?: string[];
  /** Present on machine statements only. */
  evidence?: Evidence;
  /** A machine statement's own review, over the document's. */
  reviewed?: boolean;
}

/** A person's review of a machine draft as a whole. */
export interface ReviewInput {
  reviewedBy: string;
  reviewedAt: string;
}

/** A fact-checker's verdict on a claim, as schema.org ClaimReview has it; its URL is its identity. */
export interface VerdictInput {
  url: string;
  claim: string;
  reviewer: string;
  rating: Rating;
  ratingText?: string;
  reviewedAt: string;
}

export interface ImportDocument {
  formatVersion?: 1;
  article: ArticleInput;
  actors?: ActorInput[];
  outlets?: OutletInput[];
  anonymousSources?: AnonymousSourceInput[];
  claims?: ClaimInput[];
  statements?: StatementInput[];
  verdicts?: VerdictInput[];
  review?: ReviewInput;
}

// --- The format after validation: defaults filled, dates as UTC ISO instants ---
// Optional scalars become null (not stated in this document) so that every row has every key.

export interface NormalizedArticle {
  id: string;
  url: string;
  title: string | null;
  outlet: string;
  publishedAt: string;
}

export interface NormalizedActor {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  country: string | null;
  aliases: string[];
}

export interface NormalizedOutlet {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
}

export interface NormalizedAnonymousSource {
  id: string;
  description: string;
  count: number | null;
  affiliation: string | null;
  citedBy: string;
}

export interface NormalizedClaim {
  id: string;
  text: string;
  topics: string[];
}

export interface NormalizedStatement {
  type: StatementType;
  source: string;
  claim: string;
  at: string;
  quote: string | null;
  citing: string[];
  evidence: Evidence | null;
  /** Read from the text by the extractor (it has evidence), not annotated by a person. */
  machine: boolean;
  /** A person stands behind it: every hand-annotated statement, a machine one once reviewed. */
  reviewed: boolean;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface NormalizedVerdict {
  /** Derived from the URL (verdictId), so that re-importing a review finds it again. */
  id: string;
  url: string;
  claim: string;
  reviewer: string;
  rating: Rating;
  ratingText: string | null;
  reviewedAt: string;
}

export interface NormalizedDocument {
  formatVersion: 1;
  article: NormalizedArticle;
  actors: NormalizedActor[];
  outlets: NormalizedOutlet[];
  anonymousSources: NormalizedAnonymousSource[];
  claims: NormalizedClaim[];
  statements: NormalizedStatement[];
  /** Only when the document has a verdicts list: most articles carry none. */
  verdicts?: NormalizedVerdict[];
}

export type Problem = { path: string; message: string };

/** Something the importer tidied (and imported): where, and what it changed. */
export type Warning = { path: string; message: string };

/** An id the document uses but does not define: it must already be in the graph as one of `kinds`. */
export type ExternalReference = { path: string; id: string; kinds: ReferenceKind[] };

export type ValidationResult =
  | {
      ok: true;
      document: NormalizedDocument;
      references: ExternalReference[];
      warnings: Warning[];
    }
  | { ok: false; problems: Problem[] };

export const importFormatSchema: Record<string, unknown> = JSON.parse(
  readFileSync(projectFile('server', 'import', 'import-format.schema.json'), 'utf8'),
);

// ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is
// the plugin (at run time the plugin carries itself as `default`, so this holds in every loader).
const addFormats = addFormatsModule.default;

// verbose: errors then carry the offending value and the schema around it, for readable messages.
const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
addFormats(ajv, ['hostname']);
const matchesSchema = ajv.compile<ImportDocument>(importFormatSchema);

/** A seed file holds one document or an array of them. */
export function parseDocuments(json: unknown): unknown[] {
  return Array.isArray(json) ? json : [json];
}

/**
 * Checks one document completely (every problem, never only the first) and, when it is valid,
 * returns it normalized with the references the database still has to resolve.
 */
export function validateDocument(input: unknown): ValidationResult {
  const { doc, warnings } = tidy(input);
  const problems: Problem[] = [];
  if (!matchesSchema(doc)) {
    for (const error of matchesSchema.errors ?? []) problems.push(schemaProblem(error, doc));
  }
  // Runs on schema-invalid documents too, so that an analyst fixes everything in one round.
  const semantic = checkSemantics(doc);
  problems.push(...semantic.problems);
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return {
    ok: true,
    document: normalize(doc as ImportDocument),
    references: semantic.references,
    warnings,
  };
}

// --- Tidy-ups: what a person would call tidy-able, not wrong ---
// Each change is made before the schema sees the document and reported as a warning at its
// path, so the annotator learns what was written and nothing they meant is lost. What is still
// wrong after tidying (a topic with no letters, a blank name) is left for the schema to report.

const TAG = /^[a-z0-9][a-z0-9-]{0,79}$/;

function tidy(input: unknown): { doc: unknown; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const doc = trimStrings(input, '$', warn);
  if (!isRecord(doc)) return { doc, warnings };

  const single = (key: string): [string, JsonObject][] =>
    isRecord(doc[key]) ? [[`$.${key}`, doc[key]]] : [];
  const each = (key: string): [string, JsonObject][] =>
    items(doc, key).map(([i, entry]) => [`$.${key}[${i}]`, entry]);
  const dated: [key: string, entries: [string, JsonObject][]][] = [
    ['publishedAt', single('article')],
    ['reviewedAt', single('review')],
    ['at', each('statements')],
    ['reviewedAt', each('verdicts')],
  ];
  for (const [key, entries] of dated) {
    for (const [path, entry] of entries) {
      const value = entry[key];
      // A date alone, or a date-time already in UTC as written, has nothing to tidy.
      if (typeof value !== 'string' || !DATE.test(value) || unrealDate(value)) continue;
      if (!/[tz]|[+-]\d{2}:\d{2}$/.test(value)) continue;
      const utc = toInstant(value);
      entry[key] = utc;
      warn(`${path}.${key}`, `date-time "${value}" written in UTC as "${utc}"`);
    }
  }

  for (const [index, claim] of items(doc, 'claims')) {
    if (!Array.isArray(claim.topics)) continue;
    const kept: unknown[] = [];
    // Where each tag was first listed, so a second spelling of it is dropped and pointed there.
    const first = new Map<unknown, number>();
    claim.topics.forEach((topic: unknown, position) => {
      const path = `$.claims[${index}].topics[${position}]`;
      const tag = typeof topic === 'string' && !TAG.test(topic) ? toTag(topic) : topic;
      if (tag === topic || !TAG.test(String(tag))) {
        if (!first.has(topic)) first.set(topic, position);
        return void kept.push(topic);
      }
      const earlier = first.get(tag);
      if (earlier !== undefined)
        return warn(
          path,
          `topic "${String(topic)}" is the tag "${String(tag)}", already listed at index ${earlier}; kept once`,
        );
      first.set(tag, position);
      kept.push(tag);
      warn(path, `topic "${String(topic)}" written as the tag "${String(tag)}"`);
    });
    claim.topics = kept;
  }

  for (const collection of ['actors', 'outlets']) {
    for (const [index, entry] of items(doc, collection)) {
      const country = entry.country;
      if (typeof country === 'string' && /^[a-z]{2}$|^[A-Z][a-z]$|^[a-z][A-Z]$/.test(country)) {
        entry.country = country.toUpperCase();
        warn(
          `$.${collection}[${index}].country`,
          `country code "${country}" written as "${entry.country}"`,
        );
      }
    }
  }
  for (const [index, outlet] of items(doc, 'outlets')) {
    const domain = outlet.domain;
    if (typeof domain === 'string' && domain !== domain.toLowerCase()) {
      outlet.domain = domain.toLowerCase();
      warn(
        `$.outlets[${index}].domain`,
        `domain "${domain}" written in lowercase as "${outlet.domain}"`,
      );
    }
  }

  // A rating written as a person would ("false", "Mostly true", "mostly-false") is one of ours
  // in another spelling.
  for (const [index, verdict] of items(doc, 'verdicts')) {
    if (typeof verdict.rating !== 'string') continue;
    const rating = verdict.rating.toUpperCase().replace(/[\s-]+/g, '_');
    if (rating === verdict.rating || !(RATINGS as readonly string[]).includes(rating)) continue;
    warn(`$.verdicts[${index}].rating`, `rating "${verdict.rating}" written as "${rating}"`);
    verdict.rating = rating;
  }
  return { doc, warnings: sortProblems(warnings) };
}

/** A copy of parsed JSON with every string trimmed; the input is never changed. */
function trimStrings(value: unknown, path: string, warn: (p: string, m: string) => void): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    // A blank string becomes empty, for the schema to call empty: it is a value left out.
    if (trimmed !== value && trimmed !== '')
      warn(path, `stray whitespace trimmed from ${JSON.stringify(value)}`);
    return trimmed;
  }
  if (Array.isArray(value)) return value.map((v, i) => trimStrings(v, `${path}[${i}]`, warn));
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, trimStrings(v, path + property(k), warn)]),
    );
  return value;
}

/** "US-Mexico security" → "us-mexico-security": the tag a person meant. */
function toTag(topic: string): string {
  return topic
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * The id an article gets when the document does not give one: readable, and the same for the
 * same URL on every import, so that re-importing an article updates it instead of adding one.
 */
export function articleIdFromUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is kept as written; its characters become dashes below.
  }
  const slug = `${host}${path}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 200).replace(/-+$/, '');
}

// --- Schema errors as problems ---

// Keyed by the schema's pattern text: ajv's schemaPath is relative to the $defs entry it is in,
// so it cannot tell an actor's country from an outlet's.
const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9][a-z0-9._:-]{0,199}$':
    'must be an id of lowercase letters, digits, ".", "_", ":" or "-", starting with a letter or digit, at most 200 characters (e.g. "claudia-sheinbaum")',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$':
    'must be a date (YYYY-MM-DD) or an RFC 3339 date-time with a time zone (2025-11-04T14:30:00Z)',
  '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$':
    'must be an absolute http or https URL without spaces (e.g. "https://www.example.com/story")',
  '^[A-Z]{2}$': 'must be a two-letter ISO 3166-1 country code in capitals (e.g. "MX")',
  '^[a-z0-9][a-z0-9-]{0,79}$':
    'must be a short lowercase tag of letters, digits and "-" (e.g. "us-mexico-relations")',
};

const FORMAT_HINTS: Record<string, string> = {
  hostname: 'must be a domain name without scheme or path (e.g. "nbcnews.com")',
};

function schemaProblem(error: ErrorObject, root: unknown): Problem {
  const at = (...extra: (string | number)[]) => jsonPath(error.instancePath, root, extra);
  const got = error.data === undefined ? '' : `; got ${preview(error.data)}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: at(String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(
        (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ??
          {},
      );
      const guess = closest(name, allowed);
      return {
        path: at(name),
        message:
          `is not part of the format${guess ? ` (did you mean "${guess}"?)` : ''}; ` +
          `allowed here: ${allowed.join(', ')}`,
      };
    }
    case 'enum':
      return {
        path: at(),
        message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}${got}`,
      };
    case 'const':
      return { path: at(), message: `must be ${JSON.stringify(params.allowedValue)}${got}` };
    case 'type':
      return { path: at(), message: `must be ${withArticle(String(params.type))}${got}` };
    case 'pattern':
      return {
        path: at(),
        message: `${PATTERN_HINTS[String(error.schema)] ?? error.message}${got}`,
      };
    case 'format':
      return {
        path: at(),
        message: `${FORMAT_HINTS[String(params.format)] ?? error.message}${got}`,
      };
    case 'minLength':
      return { path: at(), message: params.limit === 1 ? 'must not be empty' : `${error.message}` };
    case 'maxLength':
      return {
        path: at(),
        message: `must be at most ${String(params.limit)} characters; got ${String((error.data as string).length)}`,
      };
    case 'uniqueItems': {
      // Point at the repetition, not at the first occurrence the annotator meant to keep.
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      const value = (error.data as unknown[])[later];
      return {
        path: at(later),
        message: `repeats ${preview(value)}, already listed at index ${earlier}`,
      };
    }
    default:
      return { path: at(), message: error.message ?? `fails ${error.keyword}` };
  }
}

/**
 * ajv's instancePath `/statements/2/type` as the JSON path `$.statements[2].type`. The data is
 * walked alongside, because a pointer alone cannot tell an array index from a key like "2".
 */
function jsonPath(pointer: string, root: unknown, extra: (string | number)[] = []): string {
  const segments: (string | number)[] =
    pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
  let node: unknown = root;
  let path = '$';
  for (const segment of segments) {
    if (Array.isArray(node)) {
      path += `[${segment}]`;
      node = node[Number(segment)];
    } else {
      path += property(String(segment));
      node = isRecord(node) ? node[String(segment)] : undefined;
    }
  }
  for (const segment of extra)
    path += typeof segment === 'number' ? `[${segment}]` : property(segment);
  return path;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function property(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// Suggests the intended property for a typo such as "nmae"; far-off names get no suggestion.
function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

// Optimal string alignment distance: a swap of two neighbouring letters ("nmae") counts as one edit.
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const cell = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        cell(i - 1, j) + 1,
        cell(i, j - 1) + 1,
        cell(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, cell(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return cell(a.length, b.length);
}

// --- Rules the schema cannot express ---
// These read the document defensively: it may also have failed the schema.

type JsonObject = Record<string, unknown>;

const COLLECTIONS = [
  ['actors', 'Actor'],
  ['outlets', 'Outlet'],
  ['anonymousSources', 'AnonymousSource'],
  ['claims', 'Claim'],
] as const;

const SOURCE_KINDS: ReferenceKind[] = ['Actor', 'Outlet', 'AnonymousSource'];
// A fact-checker answers for its verdict by name: an outlet or an actor, never anonymous.
const REVIEWER_KINDS: ReferenceKind[] = ['Outlet', 'Actor'];

const KIND_NAMES: Record<ReferenceKind, string> = {
  Actor: 'an actor',
  Outlet: 'an outlet',
  AnonymousSource: 'an anonymous source',
  Claim: 'a claim',
};

const ID = /^[a-z0-9][a-z0-9._:-]{0,199}$/;
const URL_START = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2})))?$/;

function checkSemantics(doc: unknown): { problems: Problem[]; references: ExternalReference[] } {
  const problems: Problem[] = [];
  const references: ExternalReference[] = [];
  if (!isRecord(doc)) return { problems, references };

  const defined = new Map<string, { kind: ReferenceKind; path: string }>();
  // Once an id names two kinds of thing, what refers to it is reported there, not at every use.
  const ambiguous = new Set<string>();
  for (const [collection, kind] of COLLECTIONS) {
    for (const [index, entry] of items(doc, collection)) {
      const id = entry.id;
      if (typeof id !== 'string') continue;
      const path = `$.${collection}[${index}]`;
      const first = defined.get(id);
      if (!first) defined.set(id, { kind, path });
      else if (first.kind === kind)
        problems.push({
          path: `${path}.id`,
          message: `duplicate id "${id}", first defined at ${first.path}`,
        });
      else {
        ambiguous.add(id);
        problems.push({
          path: `${path}.id`,
          message: `"${id}" is already the id of ${KIND_NAMES[first.kind]} at ${first.path}; an id names one thing only`,
        });
      }
    }
  }

  // A reference to something defined here must name the right kind of thing; anything else is
  // left for the database to find.
  const resolve = (path: string, id: unknown, kinds: ReferenceKind[], role: string) => {
    if (typeof id !== 'string' || !ID.test(id) || ambiguous.has(id)) return;
    const definition = defined.get(id);
    if (!definition) references.push({ path, id, kinds });
    else if (!kinds.includes(definition.kind))
      problems.push({
        path,
        message: `${role} must be ${kindList(kinds)}, but "${id}" is ${KIND_NAMES[definition.kind]} (${definition.path})`,
      });
  };
  if (isRecord(doc.review)) {
    const { reviewedAt } = doc.review;
    const problem = typeof reviewedAt === 'string' ? unrealDate(reviewedAt) : undefined;
    if (problem) problems.push({ path: '$.review.reviewedAt', message: problem });
  }
  const checkDate = (path: string, value: unknown) => {
    const problem = typeof value === 'string' ? unrealDate(value) : undefined;
    if (problem) problems.push({ path, message: problem });
  };

  const article = isRecord(doc.article) ? doc.article : undefined;
  if (article) {
    // The pattern admits some strings that are still no URL ("https://[x"); the id is made from it.
    if (
      typeof article.url === 'string' &&
      URL_START.test(article.url) &&
      !URL.canParse(article.url)
    )
      problems.push({ path: '$.article.url', message: `"${article.url}" is not a valid URL` });
    resolve('$.article.outlet', article.outlet, ['Outlet'], "the article's outlet");
    checkDate('$.article.publishedAt', article.publishedAt);
  }

  for (const [index, source] of items(doc, 'anonymousSources')) {
    const path = `$.anonymousSources[${index}]`;
    resolve(`${path}.affiliation`, source.affiliation, ['Actor'], 'an affiliation');
    resolve(`${path}.citedBy`, source.citedBy, ['Outlet'], 'citedBy');
  }

  const seen = new Map<string, string>();
  for (const [index, statement] of items(doc, 'statements')) {
    const path = `$.statements[${index}]`;
    const { type, source, claim } = statement;
    const reported = type === 'REPORTED';
    resolve(
      `${path}.source`,
      source,
      reported ? ['Outlet'] : SOURCE_KINDS,
      reported ? 'the source of a REPORTED statement' : "a statement's source",
    );
    resolve(`${path}.claim`, claim, ['Claim'], "a statement's claim");
    checkDate(`${path}.at`, statement.at);

    if (isRecord(statement.evidence)) {
      for (const key of ['source', 'cue', 'content']) {
        const span = statement.evidence[key];
        if (Array.isArray(span) && span.length === 2 && Number(span[0]) > Number(span[1]))
          problems.push({
            path: `${path}.evidence.${key}`,
            message: `must be [start, end] with start at most end; got ${preview(span)}`,
          });
      }
    }

    if (Array.isArray(statement.citing)) {
      statement.citing.forEach((cited, position) => {
        const citedPath = `${path}.citing[${position}]`;
        if (cited === source && typeof source === 'string')
          problems.push({
            path: citedPath,
            message: `a statement cannot cite its own source "${source}"`,
          });
        else resolve(citedPath, cited, SOURCE_KINDS, 'a cited source');
      });
    }

    if (typeof type === 'string' && typeof source === 'string' && typeof claim === 'string') {
      // The same statement twice in one article would count one piece of evidence twice.
      const key = JSON.stringify([type, source, claim]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, path);
      else
        problems.push({
          path,
          message: `repeats ${first} (${source} ${type} ${claim}); merge them into one statement`,
        });
    }
  }

  // A review is identified by its URL (without scheme and "www."): one URL, one verdict.
  const reviews = new Map<string, string>();
  for (const [index, verdict] of items(doc, 'verdicts')) {
    const path = `$.verdicts[${index}]`;
    resolve(`${path}.claim`, verdict.claim, ['Claim'], "a verdict's claim");
    resolve(`${path}.reviewer`, verdict.reviewer, REVIEWER_KINDS, "a verdict's reviewer");
    checkDate(`${path}.reviewedAt`, verdict.reviewedAt);
    const url = verdict.url;
    if (typeof url !== 'string' || !URL_START.test(url)) continue;
    if (!URL.canParse(url)) {
      problems.push({ path: `${path}.url`, message: `"${url}" is not a valid URL` });
      continue;
    }
    const id = verdictId(url);
    const first = reviews.get(id);
    if (first === undefined) reviews.set(id, path);
    else
      problems.push({
        path: `${path}.url`,
        message: `is the same review as ${first}.url (a URL is one review's identity); keep one of them`,
      });
  }

  return { problems, references };
}

function unrealDate(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined; // the schema's pattern reports it
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const what = match[4] === undefined ? 'date' : 'date-time';
  if (month === undefined || month < 1 || month > 12)
    return `"${value}" is not a real ${what}: there is no month ${match[2]}`;
  const days = daysInMonth(year ?? 0, month);
  if (day === undefined || day < 1 || day > days)
    return `"${value}" is not a real ${what}: ${match[1]}-${match[2]} has ${days} days`;
  const clock = [hour, minute, second, offsetHour, offsetMinute];
  if ([23, 59, 59, 23, 59].some((limit, i) => (clock[i] ?? 0) > limit))
    return `"${value}" is not a real ${what}: hours go up to 23, minutes and seconds up to 59`;
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function kindList(kinds: ReferenceKind[]): string {
  const names = kinds.map((kind) => KIND_NAMES[kind]);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
    : (names[0] ?? '');
}

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function items(doc: JsonObject, key: string): [number, JsonObject][] {
  const list = doc[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index): [number, JsonObject][] =>
    isRecord(entry) ? [[index, entry]] : [],
  );
}

// Document order first, then array positions numerically ($.statements[2] before [10]).
const TOP_LEVEL = [
  'formatVersion',
  'article',
  'actors',
  'outlets',
  'anonymousSources',
  'claims',
  'statements',
  'verdicts',
  'review',
];

function sortProblems(problems: Problem[]): Problem[] {
  const unique = new Map<string, Problem>();
  for (const problem of problems) unique.set(`${problem.path}\n${problem.message}`, problem);
  const key = (path: string) => {
    const top = /^\$\.?([A-Za-z$]+)/.exec(path)?.[1];
    const rank = top === undefined ? -1 : TOP_LEVEL.indexOf(top);
    return [rank === -1 ? TOP_LEVEL.length : rank, ...path.split(/(\d+)/)] as (string | number)[];
  };
  return [...unique.values()].sort((a, b) => {
    const [ka, kb] = [key(a.path), key(b.path)];
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const [x, y] = [ka[i], kb[i]];
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      const [nx, ny] = [Number(x), Number(y)];
      if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}

// --- Normalization of a valid document ---

function normalize(doc: ImportDocument): NormalizedDocument {
  const publishedAt = toInstant(doc.article.publishedAt);
  return {
    formatVersion: 1,
    article: {
      id: doc.article.id ?? articleIdFromUrl(doc.article.url),
      url: doc.article.url,
      title: doc.article.title ?? null,
      outlet: doc.article.outlet,
      publishedAt,
    },
    actors: (doc.actors ?? []).map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      role: actor.role ?? null,
      country: actor.country ?? null,
      aliases: actor.aliases ?? [],
    })),
    outlets: (doc.outlets ?? []).map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      domain: outlet.domain?.toLowerCase() ?? null,
      country: outlet.country ?? null,
    })),
    anonymousSources: (doc.anonymousSources ?? []).map((source) => ({
      id: source.id,
      description: source.description,
      count: source.count ?? null,
      affiliation: source.affiliation ?? null,
      citedBy: source.citedBy,
    })),
    claims: (doc.claims ?? []).map((claim) => ({
      id: claim.id,
      text: claim.text,
      topics: claim.topics ?? [],
    })),
    statements: (doc.statements ?? []).map((statement) => {
      const machine = statement.evidence !== undefined;
      const reviewed = !machine || (statement.reviewed ?? doc.review !== undefined);
      // Who reviewed it is known only when the document's review is what marks it reviewed.
      const review =
        machine && reviewed && statement.reviewed === undefined ? doc.review : undefined;
      return {
        type: statement.type,
        source: statement.source,
        claim: statement.claim,
        at: statement.at === undefined ? publishedAt : toInstant(statement.at),
        quote: statement.quote ?? null,
        citing: statement.citing ?? [],
        evidence: statement.evidence ?? null,
        machine,
        reviewed,
        reviewedBy: review?.reviewedBy ?? null,
        reviewedAt: review ? toInstant(review.reviewedAt) : null,
      };
    }),
    ...(doc.verdicts && {
      verdicts: doc.verdicts.map((verdict) => ({
        id: verdictId(verdict.url),
        url: verdict.url,
        claim: verdict.claim,
        reviewer: verdict.reviewer,
        rating: verdict.rating,
        ratingText: verdict.ratingText ?? null,
        reviewedAt: toInstant(verdict.reviewedAt),
      })),
    }),
  };
}

/** One spelling per instant (UTC, `Z`), so that equal times compare equal as strings too. */
function toInstant(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  const iso = new Date(value.toUpperCase()).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
