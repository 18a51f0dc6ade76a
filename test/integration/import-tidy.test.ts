// Forgiving input through the service and `npm run seed`: tidy-ups are imported and reported as
// warnings; a document a person would call wrong is rejected whole and writes nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { tinyArticle } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
beforeAll(async () => ({ db, app } = await setup()));
afterAll(() => db.close());

const IMPORT = `mutation ($input: JSON!) {
  importArticle(input: $input) { articleIds created { claims statements } warnings { path message } }
}`;

/** A valid document written the way people write: spaced, capitalised, in local time. */
function untidy(prefix: string) {
  const { prefix: _p, ...doc } = tinyArticle(1, prefix);
  doc.article.publishedAt = '2025-01-02T09:00:00+01:00';
  doc.outlets![0]!.domain = 'Example.ORG';
  doc.claims![0]!.topics = ['US-Mexico security'];
  doc.actors![0]!.name = ` Actor ${prefix} `;
  return doc;
}

const written = async (prefix: string) => {
  const [row] = await db.read(
    `OPTIONAL MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]-()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels`,
    { prefix },
  );
  return { nodes: Number(row!.nodes), rels: Number(row!.rels) };
};

describe('importArticle with input to tidy', () => {
  it('imports the tidied document and lists every change as a warning', async () => {
    const prefix = unique('tidy');
    const res = await gql(app, IMPORT, { input: untidy(prefix) });
    expect(res.errors).toBeUndefined();
    expect(res.data.importArticle.created).toEqual({ claims: 1, statements: 2 });
    expect(res.data.importArticle.warnings).toEqual([
      {
        path: '$.article.publishedAt',
        message: 'date-time "2025-01-02T09:00:00+01:00" written in UTC as "2025-01-02T08:00:00Z"',
      },
      { path: '$.actors[0].name', message: `stray whitespace trimmed from " Actor ${prefix} "` },
      {
        path: '$.outlets[0].domain',
        message: 'domain "Example.ORG" written in lowercase as "example.org"',
      },
      {
        path: '$.claims[0].topics[0]',
        message: 'topic "US-Mexico security" written as the tag "us-mexico-security"',
      },
    ]);
    const [row] = await db.read(
      `MATCH (c:Claim {id: $claim}) MATCH (a:Actor {id: $actor}) MATCH (o:Outlet {id: $outlet})
       RETURN c.topics AS topics, a.name AS name, o.domain AS domain`,
      { claim: `${prefix}-claim-0`, actor: `${prefix}-actor`, outlet: `${prefix}-outlet` },
    );
    expect(row).toEqual({
      topics: ['us-mexico-security'],
      name: `Actor ${prefix}`,
      domain: 'example.org',
    });
  });

  it('prefixes warnings with the document index when the input is an array', async () => {
    const [a, b] = [unique('tidy'), unique('tidy')];
    const { prefix: _p, ...clean } = tinyArticle(1, a);
    const res = await gql(app, IMPORT, { input: [clean, untidy(b)] });
    expect(res.errors).toBeUndefined();
    expect(res.data.importArticle.warnings.map((w: { path: string }) => w.path)).toEqual([
      '$[1].article.publishedAt',
      '$[1].actors[0].name',
      '$[1].outlets[0].domain',
      '$[1].claims[0].topics[0]',
    ]);
  });

  it.each([
    [
      'an unknown reference',
      (d: any, p: string) => (d.statements[0].source = `${p}-nobody`),
      '$.statements[0].source',
    ],
    ['a missing required field', (d: any) => delete d.claims[0].text, '$.claims[0].text'],
    [
      'a statement type that does not exist',
      (d: any) => (d.statements[0].type = 'SAYS'),
      '$.statements[0].type',
    ],
    [
      'a contradiction: a source cites itself',
      (d: any) => (d.statements[1].citing = [d.statements[1].source]),
      '$.statements[1].citing[0]',
    ],
  ])('rejects %s whole, tidy-ups and all, and writes nothing', async (_, breakIt, path) => {
    const prefix = unique('wrong');
    const doc = untidy(prefix);
    breakIt(doc, prefix);
    const res = await gql(app, IMPORT, { input: doc });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = res.errors?.[0]?.extensions?.problems as { path: string }[];
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(await written(prefix)).toEqual({ nodes: 0, rels: 0 });
  });
});

describe('npm run seed with input to tidy', () => {
  it('imports it and prints each warning with its file and path, and their number', () => {
    const prefix = unique('seedtidy');
    const dir = mkdtempSync(join(tmpdir(), 'seed-tidy-'));
    const file = join(dir, 'untidy.json');
    writeFileSync(file, JSON.stringify(untidy(prefix)));
    const run = spawnSync('npx', ['tsx', 'seed/cli.ts', file], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'untidy.json: warning: $.claims[0].topics[0]: topic "US-Mexico security" written as the tag "us-mexico-security"',
    );
    expect(run.stdout).toContain('Imported 1 documents (2 statements)');
    expect(run.stdout).toContain('0 rejected; 4 warnings (input tidied).');
  });
});
