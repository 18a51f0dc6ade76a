// Bad input, as someone probing the API sends it: generated values at every argument of every
// Query and Mutation field. Whatever arrives, the answer is data or a clear error with a code
// the client can act on: never a 5xx, never a masked internal error, never a changed query.
import { makeExecutableSchema } from '@graphql-tools/schema';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs, type App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT, tinyArticle } from '../fixtures.ts';
import { gql, removeTestData, setup, unique, type GqlResponse } from '../helpers.ts';

let db: Database;
let app: App;

/** Ids that exist, so that generated input also reaches the code behind the lookups. */
let known: string[] = [];

// Every generated id that would pass validation gets this prefix, so that what the fuzzer
// manages to write can be found and removed afterwards.
const FUZZ = 'fuzz-';

beforeAll(async () => {
  ({ db, app } = await setup());
  const prefix = unique(`${FUZZ}known`);
  const { prefix: _, ...doc } = tinyArticle(2, prefix);
  const res = await gql(app, IMPORT, { input: doc });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  known = [
    ...res.data.importArticle.articleIds,
    `${prefix}-actor`,
    `${prefix}-outlet`,
    `${prefix}-claim-0`,
    `${prefix}-claim-1`,
  ];
});
afterAll(async () => {
  // Verdicts are named after their URL; those on the fuzzer's claims go with them.
  await removeTestData(db, { prefixes: [FUZZ] });
  await db.close();
});

// What an API client can act on. Anything else (INTERNAL_SERVER_ERROR, a masked
// "Unexpected error.", no code at all) means the server did not understand its own failure.
const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
]);

const LUCENE = [
  '"',
  '*',
  '?',
  '~',
  '^',
  ':',
  '\\',
  '/',
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  'AND',
  'OR',
  'NOT',
  'TO',
  '+',
  '-',
  '!',
  '&&',
  '||',
  'a*',
  '*a',
  'te?t',
  'roam~',
  'roam~0.8',
  '"jakarta apache"~10',
  'title:(+return +"pink panther")',
  '[1 TO 5]',
  '{a TO z}',
  'jakarta^4',
  '/ab[cd]+/',
  '\\\\',
  '\\',
];

// Crafted to end a string literal or a map in Cypher built by concatenation, and do harm.
const INJECTIONS = [
  `x' }) DETACH DELETE n //`,
  `") MATCH (n) DETACH DELETE n //`,
  `x"}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 AS row //`,
  `'}) CALL { MATCH (n) DETACH DELETE n } //`,
  'x` DETACH DELETE n //',
  `$ids }) DETACH DELETE n //`,
  `\\u0027 }) DETACH DELETE n //`,
  `a' OR 1=1 OR 'a'='a`,
];

const QUOTES = [`'`, `"`, '`', `\\'`, `\\"`, `''`, `""`, '\u2019', '\u201c'];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LUCENE) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom('claim', 'troops', 'Mexico', 'Sheinbaum', 'NBC') },
);

const text = fc
  .tuple(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', '', '\t', '\n', '  '))
  .map(([ws, sep]) => ws.join(sep));

const long = fc
  .tuple(
    fc.constantFrom('a', 'x ', '"', '\\', '(', 'AND ', 'é', '😀'),
    fc.integer({ min: 200, max: 30_000 }),
  )
  .map(([s, n]) => s.repeat(n));

const hostileString = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: long },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\ud800', '\ufeff', '%00', '../..') },
);

const ID_SHAPE = /^[a-z0-9][a-z0-9._:-]{0,199}$/;
const hostileId = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((s) => (ID_SHAPE.test(s) ? FUZZ + s : s)) },
  { weight: 3, arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5).map((i) => known[i] ?? '') },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,30}$/).map((s) => FUZZ + s) },
);

const hugeInt = fc.constantFrom(
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  1e300,
  -1,
  101,
  1000,
  1_000_000,
);
const int = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  hugeInt,
  fc.double(),
  fc.bigInt().map(String),
);

const badDate = fc.constantFrom(
  '2025-02-30T00:00:00Z',
  '2025-13-01T00:00:00Z',
  '2025-00-10',
  '9999-99-99T99:99:99Z',
  'yesterday',
  'now',
  '',
  '0',
  '1e309',
  '2025-01-01T25:00:00Z',
  '2025-01-01T00:00:00+25:00',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '0000-01-01T00:00:00Z',
  '2025-01-01T00:00:00',
);
/** A cursor as this API makes them (base64url of `o:<offset>`), for offsets near and far. */
const cursor = fc
  .oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 999_999_999 }))
  .map((n) => Buffer.from(`o:${n}`).toString('base64url'));

/** Mostly this era, sometimes any instant JavaScript can hold (years -271821 to 275760). */
const instant = fc
  .oneof(
    { weight: 4, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01') }) },
    fc.date(),
  )
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString());

const date = fc.oneof(instant, badDate, fc.string({ maxLength: 30 }), fc.integer());

/** A list nested `depth` levels deep: what a naive recursive walker chokes on. */
const nested = (depth: number, leaf: unknown = 'x'): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const deep = fc.integer({ min: 10, max: 2_000 }).map((d) => nested(d));

const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  deep,
  hostileString,
  int,
  fc.boolean(),
  fc.constant(null),
);

/** An import document of the right shape with some of its values replaced by hostile ones. */
const importDocument = fc
  .tuple(
    fc.dictionary(
      fc.constantFrom(
        'article.url',
        'article.title',
        'article.outlet',
        'article.publishedAt',
        'actors.0.id',
        'actors.0.kind',
        'actors.0.aliases',
        'outlets.0.id',
        'claims.0.id',
        'claims.0.text',
        'claims.0.topics',
        'statements.0.type',
        'statements.0.at',
        'statements.0.citing',
        'statements.1.source',
        'anonymousSources',
        'version',
      ),
      fc.oneof(hostileString, hostileId, date, anything),
      { maxKeys: 3 },
    ),
    fc.boolean(),
  )
  .map(([changes, many]) => {
    const { prefix: _, ...article } = tinyArticle(1, unique(`${FUZZ}doc`));
    const doc = article as Record<string, unknown>;
    for (const [path, value] of Object.entries(changes)) {
      const keys = path.split('.');
      let at = doc as Record<string, unknown>;
      for (const k of keys.slice(0, -1)) at = (at[k] ?? (at[k] = {})) as Record<string, unknown>;
      at[keys.at(-1)!] = value;
    }
    return many ? [doc, doc] : doc;
  });

const claimReview = fc
  .record(
    {
      '@context': fc.oneof(fc.constant('https://schema.org'), hostileString),
      '@type': fc.oneof(fc.constant('ClaimReview'), hostileString),
      url: fc.oneof(
        fc.webUrl().map((u) => `${u}/${FUZZ}`),
        hostileString,
      ),
      claimReviewed: hostileString,
      datePublished: date,
      author: fc.record({
        '@type': fc.constant('Organization'),
        name: hostileString,
        url: anything,
      }),
      reviewRating: fc.record({
        '@type': fc.constant('Rating'),
        ratingValue: fc.oneof(int, hostileString),
        alternateName: hostileString,
        bestRating: anything,
        worstRating: anything,
      }),
      itemReviewed: fc.record({ '@type': fc.constant('Claim'), identifier: hostileId }),
    },
    { requiredKeys: [] },
  )
  .chain((r) => fc.constantFrom<unknown>(r, [r, r], { '@graph': [r] }));

/**
 * Values the schema accepts for a type: they pass GraphQL's own checks and reach the resolvers,
 * the domain checks and Neo4j, which is where a server forgets a case.
 */
function typed(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typed(type.ofType, name);
  if (isListType(type)) return fc.array(typed(type.ofType, name), { maxLength: 6 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, typed(f.type, f.name)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  switch (type.name) {
    case 'ID':
      return hostileId;
    case 'String':
      if (name === 'after') return fc.oneof(cursor, hostileString);
      return /^(text|quote|description|name)$/.test(name)
        ? fc.oneof(
            hostileString,
            hostileString.map((s) => `${s} claim ${s}`),
          )
        : hostileString;
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -5, max: 120 }),
        fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 101, 1000, 1_000_000),
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return instant;
    case 'JSON':
      return name === 'input' ? fc.oneof(importDocument, claimReview, anything) : anything;
    default:
      throw new Error(`no generator for ${type.name}`);
  }
}

/** Values of a type, a wrong type, null where null is not allowed, or nothing at all. */
function untyped(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  const wrong = isNonNullType(type) ? fc.oneof(anything, fc.constant(null)) : anything;
  const named = getNamedType(type);
  const bad = isInputObjectType(named)
    ? fc.oneof(
        fc.record(
          Object.fromEntries(
            Object.values(named.getFields()).map((f) => [f.name, untyped(f.type, f.name)]),
          ),
          { requiredKeys: [] },
        ),
        fc.tuple(typed(named, name), hostileString, anything).map(([r, k, v]) => ({
          ...(r as object),
          [k]: v,
        })),
        deep,
      )
    : named.name === 'DateTime'
      ? date
      : named.name === 'Int'
        ? int
        : isEnumType(named)
          ? hostileString
          : wrong;
  return fc.oneof({ weight: 2, arbitrary: typed(type, name) }, bad, wrong);
}

/** Arguments of a field: mostly well typed, a quarter of the time anything. */
const argumentsOf = (field: GraphQLField<unknown, unknown>) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, typed(a.type, a.name)])),
        { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, untyped(a.type, a.name)])),
        { requiredKeys: [] },
      ),
    },
  );

/** Every leaf down to `depth` levels, so that resolvers behind the field run too. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named) || depth === 0 || !isObjectType(named)) return '{ __typename }';
  const parts = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      const sub = selection(f.type, depth - 1);
      return sub ? `${f.name} ${sub}` : f.name;
    });
  return `{ __typename ${parts.join(' ')} }`;
}

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
const rootFields = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields())
    .filter((f) => f.args.length > 0)
    .map((field) => ({ operation, field }));
});

function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const vars = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation} Fuzz(${vars}) { ${field.name}(${args}) ${selection(field.type, 2)} }`;
}

/** The problem with a response, if any. */
function unclear(res: GqlResponse): string | null {
  if (res.status >= 500) return `HTTP ${res.status}: ${JSON.stringify(res.errors)}`;
  for (const e of res.errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== 'string' || !CLEAR_CODES.has(code) || e.message === 'Unexpected error.')
      return `${String(code)}: ${e.message.slice(0, 300)}`;
  }
  if (!res.errors && !res.data) return 'neither data nor errors';
  return null;
}

const RUNS_PER_FIELD = 180;
// Fixed, so that a failure reproduces; FUZZ_SEED=<n> explores other inputs.
const SEED = Number(process.env.FUZZ_SEED ?? 7);
const seen = { requests: 0, errors: new Map<string, number>(), answered: 0 };

const graphSize = async () => {
  const [row] = await db.read(`
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN nodes, relationships`);
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
};

const NODE = `query ($id: ID!) { node(id: $id) { __typename id ... on Actor { name role aliases }
  ... on Claim { text topics statements { edges { node { quote source { id } } } } } } }`;

describe('Cypher injection', () => {
  it('changes nothing in the graph when a crafted id is sent to any lookup or write', async () => {
    const [article, actor, , claim] = known;
    const requests = (id: string): [string, Record<string, unknown>][] => [
      [NODE, { id }],
      ['query ($id: ID!) { claim(id: $id) { id } source(id: $id) { id } }', { id }],
      ['query ($id: ID!) { provenance(claimId: $id) { reports } }', { id }],
      ['query ($t: String!) { search(text: $t) { edges { cursor } } }', { t: id }],
      [
        'query ($id: ID!, $t: String) { claims(filter: {reportedBy: $id, deniedBy: $id, topic: $t}) { totalCount } }',
        { id, t: id },
      ],
      [
        'mutation ($i: RecordStatementInput!) { recordStatement(input: $i) { at } }',
        { i: { type: 'DENIED', source: id, claim, article } },
      ],
      [
        'mutation ($i: RecordStatementInput!) { recordStatement(input: $i) { at } }',
        { i: { type: 'SAID', source: actor, claim: id, article: id, citing: [id] } },
      ],
      [
        'mutation ($i: ActorInput!) { upsertActor(input: $i) { id } }',
        { i: { id, name: id, kind: 'PERSON' } },
      ],
      [
        'mutation ($i: AnonymousSourceInput!) { upsertAnonymousSource(input: $i) { id } }',
        { i: { id: unique(`${FUZZ}anon`), description: id, citedBy: id, affiliation: id } },
      ],
      [
        'mutation ($i: VerdictInput!) { recordVerdict(input: $i) { id } }',
        {
          i: {
            claim: id,
            reviewer: id,
            rating: 'FALSE',
            reviewedAt: '2025-01-01T00:00:00Z',
            url: `https://example.org/${encodeURIComponent(id)}`,
          },
        },
      ],
      [
        IMPORT,
        {
          input: {
            ...tinyArticle(1, unique(`${FUZZ}inj`)),
            actors: [{ id, name: id, kind: 'PERSON' }],
          },
        },
      ],
    ];
    const before = await graphSize();
    const sent: string[] = [];
    const stop = db.observe((query) => sent.push(query));
    try {
      for (const id of INJECTIONS) {
        for (const [query, variables] of requests(id)) {
          const res = await gql(app, query, variables);
          expect(unclear(res), `${query} with ${id}`).toBeNull();
          expect(res.data?.node ?? null).toBeNull();
        }
      }
    } finally {
      stop();
    }
    expect(await graphSize()).toEqual(before);
    // What reached Neo4j as query text: the crafted strings travelled as parameters only.
    expect(sent.length).toBeGreaterThan(INJECTIONS.length * 5);
    for (const query of sent) for (const id of INJECTIONS) expect(query).not.toContain(id);
  });

  it('stores crafted text exactly as sent, and reads it back the same', async () => {
    const [article, , , claim] = known;
    const before = await graphSize();
    const actor = unique(`${FUZZ}crafted`);
    const upsert = await gql(app, 'mutation ($i: ActorInput!) { upsertActor(input: $i) { id } }', {
      i: {
        id: actor,
        name: INJECTIONS[0],
        role: INJECTIONS[1],
        aliases: INJECTIONS,
        kind: 'PERSON',
      },
    });
    expect(upsert.errors).toBeUndefined();
    const quote = INJECTIONS.join(' ');
    const statement = await gql(
      app,
      'mutation ($i: RecordStatementInput!) { recordStatement(input: $i) { quote } }',
      { i: { type: 'DENIED', source: actor, claim, article, quote } },
    );
    expect(statement.data?.recordStatement).toEqual({ quote });
    expect((await gql(app, NODE, { id: actor })).data.node).toEqual({
      __typename: 'Actor',
      id: actor,
      name: INJECTIONS[0],
      role: INJECTIONS[1],
      aliases: INJECTIONS,
    });
    const read = await gql(app, NODE, { id: claim });
    expect(read.data.node.statements.edges.map((e: any) => e.node)).toContainEqual({
      quote,
      source: { id: actor },
    });
    expect(await graphSize()).toEqual({
      nodes: before.nodes + 1,
      relationships: before.relationships + 1,
    });
  });
});

describe('bad input that once got through', () => {
  it('refuses an outlet domain too long to index with BAD_USER_INPUT, not an internal error', async () => {
    const res = await gql(app, 'mutation ($i: OutletInput!) { upsertOutlet(input: $i) { id } }', {
      i: { id: unique(`${FUZZ}outlet`), name: 'Outlet', domain: '😀'.repeat(30_000) },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.domain', message: 'is longer than 253 characters' }],
    });
  });

  it('gives a variable of the wrong type BAD_USER_INPUT and status 400', async () => {
    const res = await gql(app, 'query ($first: Int) { claims(first: $first) { totalCount } }', {
      first: 2 ** 31,
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists sources: Query.sources had no resolver, and every call was an internal error', async () => {
    const res = await gql(app, '{ sources(kind: ACTOR, first: 1) { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.sources.totalCount).toBeGreaterThan(0);
  });

  it('takes full-text syntax in search literally, and finds the claim by its own words', async () => {
    const id = unique(`${FUZZ}syntax`);
    const text = `Zorblat: "2,000+" troops to [Mexico] (AND/OR) NOT confirmed?! ~2 ^3 \\ * {a TO z}`;
    await gql(app, 'mutation ($i: ClaimInput!) { upsertClaim(input: $i) { id } }', {
      i: { id, text },
    });
    const res = await gql(
      app,
      'query ($t: String!) { search(text: $t, in: [CLAIMS], first: 5) { edges { node { node { ... on Claim { id } } } } } }',
      { t: text },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges[0].node.node).toEqual({ id });
  });
});

/** For each root field, arguments a careful client would send (ids to write start with FUZZ). */
const WELL_FORMED: Record<string, () => Record<string, unknown>> = {
  claim: () => ({ id: known[3] }),
  claims: () => ({ filter: { reportedBy: known[2] }, first: 5 }),
  contradictions: () => ({ first: 5 }),
  node: () => ({ id: known[1] }),
  credibilityRanking: () => ({ kind: 'OUTLET', first: 5 }),
  provenance: () => ({ claimId: known[3], asOf: '2030-01-01T00:00:00Z' }),
  search: () => ({ text: 'Claim 0', in: ['CLAIMS', 'SOURCES'], first: 5 }),
  source: () => ({ id: known[2] }),
  sources: () => ({ kind: 'ACTOR', first: 5 }),
  recordVerdict: () => ({
    input: {
      claim: known[3],
      reviewer: known[2],
      rating: 'MIXED',
      reviewedAt: '2025-02-01T00:00:00Z',
      url: `https://checker.example/${unique(FUZZ)}`,
    },
  }),
  importClaimReviews: () => ({
    input: {
      '@type': 'ClaimReview',
      url: `https://checker.example/${unique(FUZZ)}`,
      datePublished: '2025-02-01',
      // The reviewer's id comes from this domain: fuzz-checker-example, removed afterwards.
      author: { name: 'Fuzz Checker', url: 'https://fuzz-checker.example' },
      itemReviewed: { identifier: known[3] },
      claimReviewed: 'Claim 0',
      reviewRating: { alternateName: 'True' },
    },
  }),
  extractArticle: () => ({
    input: {
      url: `https://news.example/${unique(FUZZ)}`,
      publishedAt: '2025-11-04',
      text: 'The mayor said that the bridge will reopen in May.',
    },
  }),
  importArticle: () => {
    const { prefix: _, ...doc } = tinyArticle(1, unique(`${FUZZ}ok`));
    return { input: doc };
  },
  recordStatement: () => ({
    input: { type: 'DENIED', source: known[1], claim: known[4], article: known[0], quote: 'No.' },
  }),
  upsertActor: () => ({ input: { id: unique(FUZZ), name: 'Fuzz Actor', kind: 'PERSON' } }),
  upsertOutlet: () => ({
    input: { id: unique(FUZZ), name: 'Fuzz Outlet', domain: 'fuzz.example' },
  }),
  upsertAnonymousSource: () => ({
    input: { id: unique(FUZZ), description: 'an official', count: 2, citedBy: known[2] },
  }),
  upsertClaim: () => ({ input: { id: unique(FUZZ), text: 'A fuzz claim', topics: ['fuzz'] } }),
};

describe('generated bad input at every argument', () => {
  it('covers every argument of every root field', () => {
    const args = rootFields.flatMap(({ field }) =>
      field.args.map((a) => `${field.name}.${a.name}`),
    );
    expect(args).toEqual(
      expect.arrayContaining(['search.text', 'node.id', 'recordStatement.input']),
    );
    expect(rootFields.length).toBeGreaterThanOrEqual(15);
  });

  // A server that refused everything with BAD_USER_INPUT would pass the property below; the
  // same documents with well-formed arguments must be answered with data.
  it.each(rootFields.map((f) => [`${f.operation} ${f.field.name}`, f] as const))(
    '%s answers well-formed input with data and no error',
    async (_, { operation, field }) => {
      const variables = WELL_FORMED[field.name];
      expect(variables, `a well-formed example for ${field.name}`).toBeDefined();
      const res = await gql(app, documentFor(operation, field), variables!());
      expect(res.errors).toBeUndefined();
      expect(res.data?.[field.name]).not.toBeNull();
    },
  );

  it.each(rootFields.map((f) => [`${f.operation} ${f.field.name}`, f] as const))(
    '%s answers every generated input with data or a clear error',
    async (_, { operation, field }) => {
      const query = documentFor(operation, field);
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(argumentsOf(field), async (variables) => {
          const res = await gql(app, query, variables);
          seen.requests++;
          for (const e of res.errors ?? []) {
            const code = String(e.extensions?.code);
            seen.errors.set(code, (seen.errors.get(code) ?? 0) + 1);
          }
          if (!res.errors) answered++;
          const problem = unclear(res);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS_PER_FIELD, seed: SEED, endOnFailure: true },
      );
      seen.answered += answered;
    },
  );

  afterAll(() => {
    console.log(
      `fuzz (seed ${SEED}): ${seen.requests} generated requests over ${rootFields.length} root fields, ${seen.answered} answered without error; errors by code: ${JSON.stringify(Object.fromEntries(seen.errors))}`,
    );
  });
});
