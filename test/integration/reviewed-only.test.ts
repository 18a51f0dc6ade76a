// An analyst who wants only what a person stands behind leaves out machine statements that
// nobody has reviewed: on a claim's statements, a source's statements and its count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
beforeAll(async () => ({ db, app } = await setup()));
afterAll(() => db.close());

const p = unique('reviewed');
const evidence = {
  sentence: 'The mayor said the bridge will reopen.',
  cue: [10, 14],
  content: [15, 38],
  confidence: 0.8,
  method: 'rules-test',
};
const IMPORT = `mutation ($input: JSON!) { importArticle(input: $input) { articleIds } }`;

beforeAll(async () => {
  const doc = (n: number, extra: object) => ({
    article: {
      url: `https://news.example/${p}/${n}`,
      outlet: `${p}-news`,
      publishedAt: `2025-03-0${n}`,
    },
    outlets: [{ id: `${p}-news`, name: 'News' }],
    actors: [{ id: `${p}-mayor`, name: 'The Mayor', kind: 'PERSON' }],
    claims: [{ id: `${p}-bridge`, text: 'The bridge will reopen.' }],
    ...extra,
  });
  // By hand (reviewed), by machine unreviewed, by machine and reviewed.
  const hand = doc(1, {
    statements: [{ type: 'SAID', source: `${p}-mayor`, claim: `${p}-bridge` }],
  });
  const machine = doc(2, {
    statements: [{ type: 'REPORTED', source: `${p}-news`, claim: `${p}-bridge`, evidence }],
  });
  const reviewed = doc(3, {
    statements: [{ type: 'DENIED', source: `${p}-mayor`, claim: `${p}-bridge`, evidence }],
    review: { reviewedBy: 'desk', reviewedAt: '2025-03-04' },
  });
  for (const d of [hand, machine, reviewed])
    expect((await gql(app, IMPORT, { input: d })).errors).toBeUndefined();
});

describe('reviewedOnly', () => {
  it("leaves an unreviewed machine statement out of a claim's statements", async () => {
    const q = `query ($id: ID!, $r: Boolean) { claim(id: $id) { statements(reviewedOnly: $r) { totalCount edges { node { type machine reviewed } } } } }`;
    const all = (await gql(app, q, { id: `${p}-bridge`, r: false })).data.claim.statements;
    const reviewed = (await gql(app, q, { id: `${p}-bridge`, r: true })).data.claim.statements;
    expect(all.edges.map((e: any) => e.node.type)).toEqual(['SAID', 'REPORTED', 'DENIED']);
    expect(reviewed.totalCount).toBe(2);
    expect(reviewed.edges.map((e: any) => e.node)).toEqual([
      { type: 'SAID', machine: false, reviewed: true },
      { type: 'DENIED', machine: true, reviewed: true },
    ]);
  });

  it("leaves it out of a source's statements and their count", async () => {
    const q = `query ($id: ID!, $r: Boolean) { source(id: $id) { statements(reviewedOnly: $r) { totalCount edges { node { type } } } } }`;
    const news = async (r: boolean) =>
      (await gql(app, q, { id: `${p}-news`, r })).data.source.statements;
    expect(await news(false)).toEqual({ totalCount: 1, edges: [{ node: { type: 'REPORTED' } }] });
    expect(await news(true)).toEqual({ totalCount: 0, edges: [] });
    const mayor = (await gql(app, q, { id: `${p}-mayor`, r: true })).data.source.statements;
    expect(mayor.totalCount).toBe(2);
  });

  it('leaves an unreviewed report and the citation it came with out of provenance', async () => {
    const claim = `${p}-chain`;
    const wire = `${p}-wire`;
    const input = {
      article: {
        url: `https://paper.example/${p}/chain`,
        outlet: `${p}-paper`,
        publishedAt: '2025-03-05',
      },
      outlets: [
        { id: `${p}-paper`, name: 'Paper' },
        { id: wire, name: 'Wire' },
      ],
      claims: [{ id: claim, text: 'The port will close.' }],
      statements: [
        // By hand: the wire said it. By machine, unreviewed: the paper reported it citing the wire.
        { type: 'SAID', source: wire, claim },
        { type: 'REPORTED', source: `${p}-paper`, claim, citing: [wire], evidence },
      ],
    };
    expect((await gql(app, IMPORT, { input })).errors).toBeUndefined();
    const q = `query ($id: ID!, $r: Boolean) { provenance(claimId: $id, reviewedOnly: $r) { reports chains { sources { id } } origins { source { id } } } claim(id: $id) { provenance(reviewedOnly: $r) { reports } } }`;
    const all = (await gql(app, q, { id: claim, r: false })).data;
    const reviewed = (await gql(app, q, { id: claim, r: true })).data;
    expect(all.provenance.reports).toBe(1);
    expect(all.provenance.chains.map((c: any) => c.sources.map((s: any) => s.id))).toEqual([
      [`${p}-paper`, wire],
    ]);
    expect(reviewed.provenance).toEqual({
      reports: 0,
      chains: [],
      origins: [{ source: { id: wire } }],
    });
    expect(reviewed.claim.provenance.reports).toBe(0);
  });
});
