// Importing articles: all or nothing, every problem listed, idempotent, and later documents
// may refer to what earlier imports wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT, tinyArticle } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
beforeAll(async () => ({ db, app } = await setup()));
afterAll(() => db.close());

const stats = async () =>
  (await gql(app, '{ stats { actors outlets anonymousSources claims articles statements } }')).data
    .stats;
/** Every node whose id starts with `prefix`, and every relationship touching one, as stored. */
const footprint = async (prefix: string) =>
  db.read(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]-(m)
     WITH n, r, m ORDER BY type(r), m.id, elementId(r)
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE [type(r), startNode(r) = n, m.id, properties(r)] END) AS rels
     ORDER BY id`,
    { prefix },
  );
/** How many nodes of each label and relationships of each type the whole graph holds. */
const shape = async () =>
  db.read(`CALL () { MATCH (n) UNWIND labels(n) AS kind RETURN kind, count(*) AS n
            UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
           RETURN kind, n ORDER BY kind`);
const doc = (prefix?: string) => {
  const { prefix: _p, ...d } = tinyArticle(2, prefix);
  return d;
};

describe('importArticle', () => {
  it('writes a new article and reports what it created', async () => {
    const res = await gql(app, IMPORT, { input: doc() });
    expect(res.errors).toBeUndefined();
    expect(res.data.importArticle.created).toEqual({
      actors: 1,
      outlets: 1,
      anonymousSources: 0,
      claims: 2,
      articles: 1,
      statements: 4,
    });
  });

  it('changes no count when the same document is imported again', async () => {
    const d = doc();
    await gql(app, IMPORT, { input: d });
    const before = await stats();
    const again = await gql(app, IMPORT, { input: d });
    expect(again.data.importArticle.created).toEqual({
      actors: 0,
      outlets: 0,
      anonymousSources: 0,
      claims: 0,
      articles: 0,
      statements: 0,
    });
    expect(again.data.importArticle.unchanged).toEqual({
      actors: 1,
      outlets: 1,
      anonymousSources: 0,
      claims: 2,
      articles: 1,
      statements: 4,
    });
    expect(await stats()).toEqual(before);
    const cited = await db.read('MATCH (:Source {id: $id})-[r:CITED]->() RETURN count(r) AS n', {
      id: d.article.outlet,
    });
    expect(Number(cited[0]!.n)).toBe(2);
  });

  it('rejects a broken document whole, listing every problem by JSON path, and writes nothing', async () => {
    const d: any = doc();
    d.actors[0].kind = 'ALIEN';
    delete d.claims[1].text;
    d.statements[0].at = '2025-02-30';
    d.outlets[0].nmae = 'typo';
    const before = { stats: await stats(), shape: await shape() };
    const res = await gql(app, IMPORT, { input: d });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.actors[0].kind',
        '$.claims[1].text',
        '$.statements[0].at',
        '$.outlets[0].nmae',
      ]),
    );
    expect(await stats()).toEqual(before.stats);
    expect(await shape()).toEqual(before.shape);
  });

  it('rejects a document citing ids that are nowhere, naming each path, and writes nothing of it', async () => {
    // The same article imported once, then sent again with changes and two unknown ids: none of
    // the changes (a renamed actor, a new claim, a new citation) may reach the graph.
    const prefix = unique('rejected');
    const original: any = doc(prefix);
    await gql(app, IMPORT, { input: original });
    const before = { stats: await stats(), shape: await shape(), mine: await footprint(prefix) };
    const d: any = doc(prefix);
    d.actors[0].name = 'Renamed by a rejected import';
    d.claims.push({ id: `${prefix}-claim-new`, text: 'A claim only the rejected import has' });
    d.statements.push({ type: 'SAID', source: d.actors[0].id, claim: `${prefix}-claim-new` });
    d.statements[1].citing = ['nobody-knows-this-source'];
    d.statements.push({ type: 'DENIED', source: 'unknown-denier', claim: d.claims[0].id });
    const res = await gql(app, IMPORT, { input: d });
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: '$.statements[1].citing[0]',
        message: expect.stringContaining("unknown id 'nobody-knows-this-source'"),
      },
      {
        path: '$.statements[5].source',
        message: expect.stringContaining("unknown id 'unknown-denier'"),
      },
    ]);
    expect(await stats()).toEqual(before.stats);
    expect(await shape()).toEqual(before.shape);
    expect(await footprint(prefix)).toEqual(before.mine);
    expect((await gql(app, `{ claim(id: "${prefix}-claim-new") { id } }`)).data.claim).toBeNull();
  });

  it('rejects a new document with an unknown id without creating any of its nodes', async () => {
    const prefix = unique('unknown');
    const before = await shape();
    const d: any = doc(prefix);
    d.statements[0].citing = ['nobody-knows-this-source'];
    const res = await gql(app, IMPORT, { input: d });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await footprint(prefix)).toEqual([]);
    expect(await shape()).toEqual(before);
  });

  it('accepts a document that cites sources and claims defined by an earlier import', async () => {
    const first = doc();
    await gql(app, IMPORT, { input: first });
    const later = {
      article: {
        url: `https://example.org/${unique('later')}`,
        outlet: 'latecomer-' + first.article.outlet,
        publishedAt: '2025-03-01',
      },
      outlets: [{ id: 'latecomer-' + first.article.outlet, name: 'Latecomer' }],
      statements: [
        {
          type: 'REPORTED',
          source: 'latecomer-' + first.article.outlet,
          claim: first.claims![0]!.id,
          citing: [first.article.outlet],
        },
      ],
    };
    const res = await gql(app, IMPORT, { input: later });
    expect(res.errors).toBeUndefined();
    const prov = await gql(
      app,
      `{ provenance(claimId: "${first.claims![0]!.id}") { chains { sources { id } } reports circular } }`,
    );
    expect(prov.data.provenance.chains.map((c: any) => c.sources.map((s: any) => s.id))).toEqual([
      ['latecomer-' + first.article.outlet, first.article.outlet, first.actors![0]!.id],
    ]);
    expect(prov.data.provenance).toMatchObject({ reports: 2, circular: true });
  });

  it('refuses an id already used for another kind of node', async () => {
    const first = doc();
    await gql(app, IMPORT, { input: first });
    const clash = doc();
    clash.claims = [{ id: first.actors![0]!.id, text: 'a claim whose id is taken by an actor' }];
    const res = await gql(app, IMPORT, { input: { ...clash, statements: [] } });
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: '$.claims[0].id',
        message: `'${first.actors![0]!.id}' is already in the graph as an Actor, not a Claim`,
      },
    ]);
  });

  it('imports an array of documents at once, and lists problems per document', async () => {
    const a = doc();
    const b: any = doc();
    b.article.publishedAt = 'yesterday';
    const before = await shape();
    const bad = await gql(app, IMPORT, { input: [a, b] });
    expect((bad.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual(
      ['$[1].article.publishedAt'],
    );
    // The valid first document is rejected with its broken neighbour.
    expect(await footprint(a.article.outlet.replace(/-outlet$/, ''))).toEqual([]);
    expect(await shape()).toEqual(before);
    const good = await gql(app, IMPORT, { input: [a, doc()] });
    expect(good.data.importArticle.articleIds).toHaveLength(2);
  });
});

describe('recordStatement and upserts', () => {
  it('records a denial of an existing claim once, however often it is sent', async () => {
    const d = doc();
    const [article] = (await gql(app, IMPORT, { input: d })).data.importArticle.articleIds;
    const denier = unique('denier');
    await gql(
      app,
      `mutation { upsertActor(input: {id: "${denier}", name: "Denier", kind: GOVERNMENT}) { id } }`,
    );
    const record = () =>
      gql(
        app,
        `mutation ($c: ID!, $s: ID!, $a: ID!) { recordStatement(input: {type: DENIED, source: $s, claim: $c, article: $a,
          at: "2025-05-01T10:00:00Z", quote: "False."}) { type source { id } claim { id } at quote article { url } } }`,
        { c: d.claims![0]!.id, s: denier, a: article },
      );
    const first = await record();
    expect(first.data.recordStatement).toEqual({
      type: 'DENIED',
      source: { id: denier },
      claim: { id: d.claims![0]!.id },
      at: '2025-05-01T10:00:00.000Z',
      quote: 'False.',
      article: { url: d.article.url },
    });
    await record();
    const denials = await gql(
      app,
      `{ claim(id: "${d.claims![0]!.id}") { denials { source { id } } } }`,
    );
    expect(denials.data.claim.denials).toEqual([{ source: { id: denier } }]);
  });

  it('refuses a REPORTED statement by an actor, and unknown ids, with BAD_USER_INPUT', async () => {
    const d = doc();
    await gql(app, IMPORT, { input: d });
    const res = await gql(
      app,
      `mutation { recordStatement(input: {type: REPORTED, source: "${d.actors![0]!.id}", claim: "no-such-claim-${unique('x')}",
        article: "no-such-article"}) { type } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual(
      ['input.source', 'input.claim', 'input.article'],
    );
  });

  it('upserts an anonymous source tied to its outlet and affiliation', async () => {
    const d = doc();
    await gql(app, IMPORT, { input: d });
    const id = unique('anon');
    const res = await gql(
      app,
      `mutation { upsertAnonymousSource(input: {id: "${id}", description: "two officials", count: 2,
        citedBy: "${d.article.outlet}", affiliation: "${d.actors![0]!.id}"}) { id name count citedBy { id } affiliation { id } } }`,
    );
    expect(res.data.upsertAnonymousSource).toEqual({
      id,
      name: 'two officials',
      count: 2,
      citedBy: { id: d.article.outlet },
      affiliation: { id: d.actors![0]!.id },
    });
  });
});
