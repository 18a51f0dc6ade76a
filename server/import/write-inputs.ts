// recordStatement and the upserts are small imports: they become a GraphBatch and go through
// the same checked write as whole articles.
import { BadUserInputError, type Problem } from '../errors.ts';
import { emptyBatch, type GraphBatch } from '../db/import-store.ts';
import type { ActorKind, StatementType } from './format.ts';

const ID = /^[a-z0-9][a-z0-9._:-]{0,199}$/;
const MAX_TEXT = 2000;
// The import format's limits (server/import/import-format.schema.json). Unbounded, a long domain broke
// the write itself: Neo4j cannot index a string of more than about 8 kB (the outlet_domain
// range index), and the client got a masked internal error instead of BAD_USER_INPUT.
const MAX_NAME = 300;
const MAX_DOMAIN = 253;
const MAX_ITEMS = 50;

function check(problems: Problem[], path: string, ok: boolean, message: string) {
  if (!ok) problems.push({ path, message });
}

function checkId(problems: Problem[], path: string, id: string) {
  check(
    problems,
    path,
    ID.test(id),
    `'${id.slice(0, 60)}' is not an id: lowercase letters, digits and . _ : - (at most 200), starting with a letter or digit`,
  );
}

function checkText(
  problems: Problem[],
  path: string,
  text: string | null | undefined,
  required: boolean,
) {
  if (text == null) return check(problems, path, !required, 'is required');
  check(problems, path, text.trim().length > 0 || !required, 'must not be empty');
  check(problems, path, text.length <= MAX_TEXT, `is longer than ${MAX_TEXT} characters`);
}

function checkShort(
  problems: Problem[],
  path: string,
  text: string | null | undefined,
  max = MAX_NAME,
) {
  if (text != null) check(problems, path, text.length <= max, `is longer than ${max} characters`);
}

function checkList(problems: Problem[], path: string, items: string[] | null | undefined) {
  if (items == null) return;
  check(problems, path, items.length <= MAX_ITEMS, `has more than ${MAX_ITEMS} items`);
  items.forEach((item, i) => checkShort(problems, `${path}[${i}]`, item));
}

function done<T>(problems: Problem[], value: T): T {
  if (problems.length > 0) throw new BadUserInputError(problems);
  return value;
}

export interface RecordStatementInput {
  type: StatementType;
  source: string;
  claim: string;
  at?: Date | null;
  quote?: string | null;
  article: string;
  citing?: string[] | null;
}

export function statementBatch(input: RecordStatementInput, now = new Date()): GraphBatch {
  const problems: Problem[] = [];
  checkId(problems, 'input.source', input.source);
  checkId(problems, 'input.claim', input.claim);
  checkId(problems, 'input.article', input.article);
  if (input.quote != null) checkText(problems, 'input.quote', input.quote, false);
  const citing = input.citing ?? [];
  citing.forEach((c, i) => checkId(problems, `input.citing[${i}]`, c));
  check(
    problems,
    'input.citing',
    !citing.includes(input.source),
    'must not include the statement’s own source',
  );
  check(problems, 'input.citing', new Set(citing).size === citing.length, 'lists a source twice');
  const batch = emptyBatch();
  batch.statements.push({
    type: input.type,
    source: input.source,
    claim: input.claim,
    at: (input.at ?? now).toISOString(),
    quote: input.quote ?? null,
    citing,
    article: input.article,
    // recordStatement is a person's entry, as a hand-annotated statement is.
    evidence: null,
    machine: false,
    reviewed: true,
    reviewedBy: null,
    reviewedAt: null,
  });
  batch.references.push(
    {
      path: 'input.source',
      id: input.source,
      kinds: input.type === 'REPORTED' ? ['Outlet'] : ['Actor', 'Outlet', 'AnonymousSource'],
    },
    { path: 'input.claim', id: input.claim, kinds: ['Claim'] },
    ...citing
      .map((id, i) => ({
        path: `input.citing[${i}]`,
        id,
        kinds: ['Actor', 'Outlet', 'AnonymousSource'] as const,
      }))
      .map((r) => ({ ...r, kinds: [...r.kinds] })),
  );
  batch.references.push({ path: 'input.article', id: input.article, kinds: ['Article'] });
  return done(problems, batch);
}

export function actorBatch(input: {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string | null;
  country?: string | null;
  aliases?: string[] | null;
}): GraphBatch {
  const problems: Problem[] = [];
  checkId(problems, 'input.id', input.id);
  checkText(problems, 'input.name', input.name, true);
  checkShort(problems, 'input.role', input.role);
  checkShort(problems, 'input.country', input.country);
  checkList(problems, 'input.aliases', input.aliases);
  const batch = emptyBatch();
  batch.actors.push({
    id: input.id,
    name: input.name,
    kind: input.kind,
    role: input.role ?? null,
    country: input.country ?? null,
    aliases: input.aliases ?? [],
  });
  return done(problems, batch);
}

export function outletBatch(input: {
  id: string;
  name: string;
  domain?: string | null;
  country?: string | null;
}): GraphBatch {
  const problems: Problem[] = [];
  checkId(problems, 'input.id', input.id);
  checkText(problems, 'input.name', input.name, true);
  checkShort(problems, 'input.domain', input.domain, MAX_DOMAIN);
  checkShort(problems, 'input.country', input.country);
  const batch = emptyBatch();
  batch.outlets.push({
    id: input.id,
    name: input.name,
    domain: input.domain ?? null,
    country: input.country ?? null,
  });
  return done(problems, batch);
}

export function anonymousSourceBatch(input: {
  id: string;
  description: string;
  count?: number | null;
  affiliation?: string | null;
  citedBy: string;
}): GraphBatch {
  const problems: Problem[] = [];
  checkId(problems, 'input.id', input.id);
  checkText(problems, 'input.description', input.description, true);
  check(problems, 'input.count', input.count == null || input.count >= 1, 'must be at least 1');
  const batch = emptyBatch();
  batch.anonymousSources.push({
    id: input.id,
    description: input.description,
    count: input.count ?? null,
    affiliation: input.affiliation ?? null,
    citedBy: input.citedBy,
  });
  batch.references.push({ path: 'input.citedBy', id: input.citedBy, kinds: ['Outlet'] });
  if (input.affiliation)
    batch.references.push({ path: 'input.affiliation', id: input.affiliation, kinds: ['Actor'] });
  return done(problems, batch);
}

export function claimBatch(input: {
  id: string;
  text: string;
  topics?: string[] | null;
}): GraphBatch {
  const problems: Problem[] = [];
  checkId(problems, 'input.id', input.id);
  checkText(problems, 'input.text', input.text, true);
  checkList(problems, 'input.topics', input.topics);
  const batch = emptyBatch();
  batch.claims.push({ id: input.id, text: input.text, topics: input.topics ?? [] });
  return done(problems, batch);
}
