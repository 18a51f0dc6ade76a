// Roles hold however an operation is written: every mutation × every role × every way GraphQL
// lets a document reach a field (aliases, fragments, directives, several operations).
import { getNamedType, isCompositeType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { KeyStore, ROLES, type Role } from '../../server/db/key-store.ts';
import { OPEN } from '../../server/security.ts';
import { setup, unique } from '../helpers.ts';

// The policy of docs/security.md, written out here rather than read from the schema, so that a
// schema that loses a role fails this test.
const ADMIN_FIELDS = new Set(['recomputeCredibility']);
const needs = (field: string): Role => (ADMIN_FIELDS.has(field) ? 'admin' : 'editor');
const rank = (r: Role) => ROLES.indexOf(r);

// Inputs that pass GraphQL's type checks and that each resolver rejects before writing: a field
// that answers BAD_USER_INPUT was let through and ran.
const INPUTS: Record<string, unknown> = {
  importArticle: {},
  recordStatement: { type: 'SAID', source: 'NOT AN ID', claim: 'x', article: 'x' },
  upsertActor: { id: 'NOT AN ID', name: 'x', kind: 'PERSON' },
  upsertOutlet: { id: 'NOT AN ID', name: 'x' },
  upsertAnonymousSource: { id: 'NOT AN ID', description: 'x', citedBy: 'x' },
  upsertClaim: { id: 'NOT AN ID', text: 'x' },
  recordVerdict: {
    claim: 'NOT AN ID',
    reviewer: 'x',
    rating: 'TRUE',
    reviewedAt: '2025-01-01T00:00:00Z',
    url: 'not a url',
  },
  importClaimReviews: {},
  extractArticle: { text: '' },
};

interface Written {
  /** The operation's text: `call` is where the field goes. */
  doc: (call: string, vars: string) => string;
  /** A directive on the field itself. */
  directive?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** False when the document names the field but GraphQL never resolves it. */
  runs: boolean;
}

const WAYS: Record<string, Written> = {
  plain: { doc: (c, v) => `mutation${v} { ${c} }`, runs: true },
  alias: { doc: (c, v) => `mutation${v} { renamed: ${c} }`, runs: true },
  'inline fragment': { doc: (c, v) => `mutation${v} { ... on Mutation { ${c} } }`, runs: true },
  'inline fragment without a type': { doc: (c, v) => `mutation${v} { ... { ${c} } }`, runs: true },
  'named fragment': {
    doc: (c, v) => `mutation${v} { __typename ...F } fragment F on Mutation { ${c} }`,
    runs: true,
  },
  'nested fragments': {
    doc: (c, v) =>
      `mutation${v} { ...A } fragment A on Mutation { ... on Mutation { ...B } } fragment B on Mutation { ${c} }`,
    runs: true,
  },
  '@include(if: true) by a variable': {
    doc: (c, v) => `mutation${v} { ${c} }`,
    directive: '@include(if: $yes)',
    variables: { yes: true },
    runs: true,
  },
  '@skip(if: false) on a fragment spread': {
    doc: (c, v) =>
      `mutation${v} { __typename ...F @skip(if: false) } fragment F on Mutation { ${c} }`,
    runs: true,
  },
  '@skip(if: true)': {
    doc: (c, v) => `mutation${v} { __typename ${c} }`,
    directive: '@skip(if: true)',
    runs: false,
  },
  'second operation, chosen': {
    doc: (c, v) => `query Q { __typename } mutation M${v} { ...F } fragment F on Mutation { ${c} }`,
    operationName: 'M',
    runs: true,
  },
  'second operation, not chosen': {
    doc: (c, v) => `query Q { __typename } mutation M${v} { ${c} }`,
    operationName: 'Q',
    runs: false,
  },
};

let db: Database;
let app: App;
const keys = {} as Record<Role, string>;
let mutations: GraphQLField<unknown, unknown>[];

beforeAll(async () => {
  ({ db } = await setup());
  app = createApp(db, { security: { ...OPEN, auth: 'keys', ratePerMinute: 0 } });
  const store = new KeyStore(db);
  for (const role of ROLES) keys[role] = (await store.create(role, unique(role))).key;
  mutations = Object.values(
    (app.getEnveloped().schema.getMutationType() as GraphQLObjectType).getFields(),
  );
});
afterAll(() => db.close());

async function post(key: string, body: Record<string, unknown>) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${key}`,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

function request(field: GraphQLField<unknown, unknown>, way: Written) {
  const input = field.args.find((a) => a.name === 'input');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const call = `${field.name}${input ? '(input: $input)' : ''} ${way.directive ?? ''}${selection}`;
  const defs = [
    ...(input ? [`$input: ${String(input.type)}`] : []),
    ...(way.variables && 'yes' in way.variables ? ['$yes: Boolean!'] : []),
  ];
  return {
    query: way.doc(call, defs.length ? `(${defs.join(', ')})` : ''),
    variables: { ...(input && { input: INPUTS[field.name] }), ...way.variables },
    ...(way.operationName && { operationName: way.operationName }),
  };
}

describe('roles, however the operation is written', () => {
  it('has a rejected input for every mutation, and only mutations with an input argument', () => {
    for (const f of mutations) {
      expect(f.args.map((a) => a.name)).toEqual(f.name in INPUTS ? ['input'] : []);
    }
  });

  it('lets a field run exactly when the key’s role suffices', async () => {
    const outcomes: string[] = [];
    const wrong: string[] = [];
    for (const field of mutations) {
      for (const [way, written] of Object.entries(WAYS)) {
        for (const role of ROLES) {
          const body = request(field, written);
          const res = await post(keys[role], body);
          const codes = (res.body.errors ?? []).map((e: any) => e.extensions?.code);
          const allowed = !written.runs || rank(role) >= rank(needs(field.name));
          const label = `${field.name} / ${way} / ${role}`;
          // It ran when it answered, or when its own input check refused it.
          const ran =
            codes.includes('BAD_USER_INPUT') ||
            res.body.data?.[field.name] != null ||
            res.body.data?.renamed != null;
          const ok = allowed
            ? !codes.includes('FORBIDDEN') && ran === written.runs
            : res.status === 403 && codes.join() === 'FORBIDDEN';
          if (!ok) wrong.push(`${label}: ${res.status} ${JSON.stringify(res.body)}`);
          outcomes.push(`${label}: ${allowed ? 'allowed' : 'refused'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(outcomes.filter((o) => o.endsWith('refused')).length).toBeGreaterThan(0);
    expect(outcomes).toHaveLength(mutations.length * Object.keys(WAYS).length * ROLES.length);
  }, 120_000);

  it('refuses a mutation that hides an admin field beside an editor field, writing nothing', async () => {
    const id = unique('hidden-admin');
    const res = await post(keys.editor, {
      query: `mutation { upsertActor(input: {id: "${id}", name: "Hidden", kind: PERSON}) { id } ...F }
              fragment F on Mutation { recomputeCredibility { methodVersion } }`,
    });
    expect(res.status).toBe(403);
    expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const rows = await db.read('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id });
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
