// The role check inside each field's resolver, on its own: no yoga, no plugin, no database.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../server/app.ts';
import { ROLES, type Role } from '../../server/db/key-store.ts';
import { withRoles } from '../../server/security.ts';

const access = loadTypeDefs().find((d) => d.includes('directive @auth'))!;

const schema = withRoles(
  makeExecutableSchema({
    typeDefs: [
      access,
      `type Query @auth(requires: READER) { account: Account }
       type Account { name: String, keyHash: String @auth(requires: ADMIN) }
       type Mutation @auth(requires: EDITOR) { rename: Boolean, wipe: Boolean @auth(requires: ADMIN) }`,
    ],
    resolvers: {
      Query: { account: () => ({ name: 'desk', keyHash: 'h' }) },
      Mutation: { rename: () => true, wipe: () => true },
    },
  }),
);

const run = (role: Role, query: string) =>
  execute({
    schema,
    document: parse(query),
    contextValue: { principal: { id: 't', role, name: 't', keyed: true } },
  });
const codes = (r: Awaited<ReturnType<typeof run>>) =>
  (r.errors ?? []).map((e) => `${e.path?.join('.')} ${e.extensions.code}`);

describe('withRoles', () => {
  it('refuses a protected field below the root, wherever a fragment puts it', async () => {
    const query = `{ account { name ...K } } fragment K on Account { keyHash }`;
    const reader = await run('reader', query);
    expect(codes(reader)).toEqual(['account.keyHash FORBIDDEN']);
    expect(reader.data).toEqual({ account: { name: 'desk', keyHash: null } });
    expect((await run('admin', query)).data).toEqual({ account: { name: 'desk', keyHash: 'h' } });
  });

  it('checks each root field as it runs, without the up-front plugin', async () => {
    const query = `mutation { rename ... on Mutation { ... { wipe } } }`;
    expect(codes(await run('reader', query))).toEqual(['rename FORBIDDEN', 'wipe FORBIDDEN']);
    expect(codes(await run('editor', query))).toEqual(['wipe FORBIDDEN']);
    expect(codes(await run('admin', query))).toEqual([]);
  });

  it('will not start with a root field that has no role', () => {
    const bare = makeExecutableSchema({
      typeDefs: [access, 'type Query { open: Int }'],
    });
    expect(() => withRoles(bare)).toThrow(/Query.open has no @auth role/);
  });

  it('knows the same roles, in the same order, as the API keys', () => {
    const sdl = makeExecutableSchema({ typeDefs: [access, 'type Query { x: Int }'] });
    const values = (sdl.getType('Role') as GraphQLEnumType).getValues();
    expect(values.map((v) => v.name.toLowerCase())).toEqual([...ROLES]);
  });
});
