// npm run export: the graph, one claim's provenance or one source's statements written back out
// in import format v1, so that importing an export into an empty database gives the same graph.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../server/db/convert.ts';
import type { Database } from '../../server/db/database.ts';
import { ExportStore, type ExportScope } from '../../server/db/export-store.ts';
import { CredibilityStore } from '../../server/db/credibility-store.ts';
import { ImportStore, zeroCounts } from '../../server/db/import-store.ts';
import { VerdictStore } from '../../server/db/verdict-store.ts';
import { importDocuments } from '../../server/import/importer.ts';
import { importClaimReviews, recordVerdict } from '../../server/import/verdicts.ts';
import { actorBatch, statementBatch } from '../../server/import/write-inputs.ts';
import { FIXTURES, seedFiles } from '../../seed/cli.ts';
import { exportToFile, parseArgs } from '../../seed/export.ts';
import {
  validateDocument,
  type ImportDocument,
  type VerdictInput,
} from '../../server/import/format.ts';
import { seedArticle } from '../fixtures.ts';
import { gql, removeTestData, setup, unique } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = 'us-planning-troops-in-mexico';

let db: Database;
beforeAll(async () => ({ db } = await setup()));
afterAll(() => db.close());

const tmp = () => mkdtempSync(join(tmpdir(), 'export-'));

async function exported(scope: ExportScope, pageSize?: number): Promise<ImportDocument[]> {
  const documents: ImportDocument[] = [];
  for await (const d of new ExportStore(db, pageSize).documents(scope)) documents.push(d);
  return documents;
}

const statementsOf = (documents: ImportDocument[]) => documents.flatMap((d) => d.statements ?? []);

/** Every exported document is valid and self-contained: it names nothing it does not define. */
function expectSelfContained(documents: ImportDocument[]) {
  for (const d of documents) {
    const result = validateDocument(d);
    expect(result.ok ? result.references : result.problems).toEqual([]);
  }
}

// What a credibility computation writes: compared by number after recomputing, not by dump.
const COMPUTED = /^(cred|resolution$)/;
const stated = (properties: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(properties).filter(([k]) => !COMPUTED.test(k)));

/**
 * What a graph is, to compare two: every node and relationship with all its stated properties
 * (credibility's computed ones and its run record left out).
 */
async function dump() {
  const key = (v: unknown) => JSON.stringify(v, (_, x) => (isPlainObject(x) ? sortKeys(x) : x));
  const nodes = (
    await db.read(
      `MATCH (n) WHERE NOT n:SchemaVersion AND NOT n:CredibilityRun
       RETURN labels(n) AS labels, properties(n) AS properties`,
    )
  ).map((r) => ({
    labels: [...(r.labels as string[])].sort(),
    properties: stated(toPlain(r.properties) as Record<string, unknown>),
  }));
  const relationships = (
    await db.read(
      `MATCH (a)-[r]->(b) WHERE NOT a:SchemaVersion AND NOT b:SchemaVersion
       RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties`,
    )
  ).map((r) => toPlain(r));
  const sorted = <T>(list: T[]) => list.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return { nodes: sorted(nodes), relationships: sorted(relationships) };
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const sortKeys = (x: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)));

// Credibility sums floats in the database's order: the last digits may differ between runs.
const rounded = (v: unknown): unknown =>
  typeof v === 'number'
    ? Math.round(v * 1e9) / 1e9
    : Array.isArray(v)
      ? v.map(rounded)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)]))
        : v;

const emptyGraph = () => db.write('MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n');

describe('exporting one claim or one source from the seed article', () => {
  beforeAll(() => seedFiles(db, [FIXTURES]));

  it("a claim's export holds exactly its provenance: who said, reported and denied it, and whom each report cites", async () => {
    const documents = await exported({ kind: 'claim', id: CORE });
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document!.article).toEqual({
      id: 'latintimes-com-mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
      url: seedArticle().article.url,
      title: seedArticle().article.title,
      outlet: 'latin-times',
      publishedAt: '2025-11-04T00:00:00Z',
    });
    expect(document!.statements).toEqual([
      { type: 'SAID', source: 'nbc-news-us-officials', claim: CORE, at: '2025-11-03T00:00:00Z' },
      {
        type: 'REPORTED',
        source: 'nbc-news',
        claim: CORE,
        at: '2025-11-03T00:00:00Z',
        citing: ['nbc-news-us-officials'],
      },
      {
        type: 'REPORTED',
        source: 'latin-times',
        claim: CORE,
        at: '2025-11-04T00:00:00Z',
        citing: ['nbc-news'],
      },
      {
        type: 'DENIED',
        source: 'claudia-sheinbaum',
        claim: CORE,
        at: '2025-11-04T00:00:00Z',
        quote: "it's not going to happen",
      },
    ]);
    // It defines what it names, and nothing of the article that is not about this claim. Other
    // test files may have fact-checked the claim: their reviewers come along with the verdicts.
    const reviewers = new Set((document!.verdicts ?? []).map((v) => v.reviewer));
    expect(document!.verdicts ?? []).toEqual(
      (document!.verdicts ?? []).filter((v) => v.claim === CORE),
    );
    expect(document!.actors!.map((a) => a.id)).toEqual(['claudia-sheinbaum']);
    expect(document!.outlets!.map((o) => o.id).filter((id) => !reviewers.has(id))).toEqual([
      'latin-times',
      'nbc-news',
    ]);
    expect(document!.anonymousSources).toEqual([
      {
        id: 'nbc-news-us-officials',
        description: 'two current and two former U.S. officials',
        count: 4,
        citedBy: 'nbc-news',
      },
    ]);
    expect(document!.claims!.map((c) => c.id)).toEqual([CORE]);
    expectSelfContained(documents);
  });

  it("a source's export holds exactly its own statements: Sheinbaum said three claims and denied one", async () => {
    const documents = await exported({ kind: 'source', id: 'claudia-sheinbaum' });
    const fromFixture = seedArticle().statements!.filter((s) => s.source === 'claudia-sheinbaum');
    expect(fromFixture.map((s) => s.type).sort()).toEqual(['DENIED', 'SAID', 'SAID', 'SAID']);
    expect(
      statementsOf(documents)
        .map((s) => `${s.type} ${s.claim}${s.quote ? ` "${s.quote}"` : ''}`)
        .sort(),
    ).toEqual(
      fromFixture.map((s) => `${s.type} ${s.claim}${s.quote ? ` "${s.quote}"` : ''}`).sort(),
    );
    expect(statementsOf(documents).every((s) => s.source === 'claudia-sheinbaum')).toBe(true);
    expectSelfContained(documents);
  });

  it('an anonymous source comes with the outlet that cited it and the actor it belongs to', async () => {
    const documents = await exported({
      kind: 'source',
      id: 'nbc-news-senior-administration-official',
    });
    expect(statementsOf(documents).map((s) => s.claim)).toEqual([
      'trump-administration-all-of-government-cartels',
    ]);
    expect(documents[0]!.anonymousSources).toEqual([
      {
        id: 'nbc-news-senior-administration-official',
        description: 'a senior administration official',
        count: 1,
        affiliation: 'trump-administration',
        citedBy: 'nbc-news',
      },
    ]);
    expect(documents[0]!.actors!.map((a) => a.id)).toEqual(['trump-administration']);
    expect(documents[0]!.outlets!.map((o) => o.id)).toEqual(['latin-times', 'nbc-news']);
    expectSelfContained(documents);
  });

  it('an unknown claim or source is an error that names the id', async () => {
    await expect(exported({ kind: 'claim', id: 'no-such-claim-anywhere' })).rejects.toThrow(
      "No claim with id 'no-such-claim-anywhere'.",
    );
    // A claim's id is not a source's.
    await expect(exported({ kind: 'source', id: CORE })).rejects.toThrow(
      `No source with id '${CORE}'.`,
    );
  });
});

describe('npm run export, from the command line', () => {
  beforeAll(() => seedFiles(db, [FIXTURES]));

  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'seed/export.ts', ...args], {
      cwd: ROOT,
      env: process.env,
      encoding: 'utf8',
    });

  it('reads --claim, --source and --out', () => {
    expect(parseArgs([])).toEqual({ scope: { kind: 'all' }, out: undefined });
    expect(parseArgs(['--claim', CORE, '--out', 'x.ndjson'])).toEqual({
      scope: { kind: 'claim', id: CORE },
      out: 'x.ndjson',
    });
    expect(parseArgs(['--source=claudia-sheinbaum'])).toEqual({
      scope: { kind: 'source', id: 'claudia-sheinbaum' },
      out: undefined,
    });
    expect(() => parseArgs(['--claim', 'a', '--source', 'b'])).toThrow(
      /one of --claim or --source/,
    );
    expect(() => parseArgs(['--claim'])).toThrow(/--claim needs a value/);
    expect(() => parseArgs(['--everything'])).toThrow(/unknown argument '--everything'/);
  });

  it("writes a claim's provenance as NDJSON to a file and says how much it wrote", () => {
    const file = join(tmp(), 'claim.ndjson');
    const run = cli('--claim', CORE, '--out', file);
    expect(run.stderr).toContain(`Exported claim '${CORE}': 1 document (4 statements`);
    expect(run.status).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const document = JSON.parse(lines[0]!) as ImportDocument;
    expect(document.statements!.map((s) => `${s.source} ${s.type}`)).toEqual([
      'nbc-news-us-officials SAID',
      'nbc-news REPORTED',
      'latin-times REPORTED',
      'claudia-sheinbaum DENIED',
    ]);
    expectSelfContained([document]);
  });

  it('exits with 1 and names an unknown id, writing no file', () => {
    const file = join(tmp(), 'nobody.ndjson');
    const run = cli('--source', 'nobody-by-this-id', '--out', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No source with id 'nobody-by-this-id'");
    expect(existsSync(file)).toBe(false);
  });
});

describe('verdicts in an import document', () => {
  const ids = () => {
    const p = unique('verdicts');
    return {
      p,
      outlet: `${p}-news`,
      checker: `${p}-checker`,
      claim: `${p}-claim`,
      other: `${p}-other-claim`,
      url: `https://checker.example/${p}/review`,
    };
  };
  const document = (x: ReturnType<typeof ids>, verdicts: VerdictInput[]): ImportDocument => ({
    article: { url: `https://news.example/${x.p}`, outlet: x.outlet, publishedAt: '2025-11-04' },
    outlets: [
      { id: x.outlet, name: 'News' },
      { id: x.checker, name: 'Checker' },
    ],
    claims: [
      { id: x.claim, text: 'A claim.' },
      { id: x.other, text: 'Another claim.' },
    ],
    statements: [{ type: 'REPORTED', source: x.outlet, claim: x.claim }],
    verdicts,
  });
  const verdict = (
    x: ReturnType<typeof ids>,
    overrides: Partial<VerdictInput> = {},
  ): VerdictInput => ({
    url: x.url,
    claim: x.claim,
    reviewer: x.checker,
    rating: 'FALSE',
    reviewedAt: '2025-11-05',
    ...overrides,
  });
  const stored = async (url: string) =>
    (
      await db.read(
        `MATCH (v:Verdict {url: $url})
         RETURN v.rating AS rating, COLLECT { MATCH (v)-[:RATES]->(c) RETURN c.id } AS claims,
                COLLECT { MATCH (r)-[:ISSUED]->(v) RETURN r.id } AS reviewers`,
        { url },
      )
    ).map((r) => toPlain(r));

  it('are written with the document, once per URL however often it is imported', async () => {
    const x = ids();
    const store = new ImportStore(db);
    const first = await importDocuments(store, document(x, [verdict(x)]));
    expect(first.created.verdicts).toBe(1);
    const again = await importDocuments(store, document(x, [verdict(x)]));
    expect(again.created).toEqual(zeroCounts());
    expect(again.updated).toEqual(zeroCounts());
    expect(again.unchanged.verdicts).toBe(1);
    const changed = await importDocuments(store, document(x, [verdict(x, { rating: 'TRUE' })]));
    expect(changed.updated.verdicts).toBe(1);
    expect(await stored(x.url)).toEqual([
      { rating: 'TRUE', claims: [x.claim], reviewers: [x.checker] },
    ]);
  });

  it('are counted in what importArticle reports', async () => {
    const x = ids();
    const { app } = await setup();
    const importArticle = (input: ImportDocument) =>
      gql(
        app,
        'mutation ($input: JSON!) { importArticle(input: $input) { created { verdicts } unchanged { verdicts } } }',
        { input },
      );
    const first = await importArticle(document(x, [verdict(x)]));
    expect(first.errors).toBeUndefined();
    expect(first.data.importArticle).toEqual({
      created: { verdicts: 1 },
      unchanged: { verdicts: 0 },
    });
    const again = await importArticle(document(x, [verdict(x)]));
    expect(again.data.importArticle).toEqual({
      created: { verdicts: 0 },
      unchanged: { verdicts: 1 },
    });
  });

  it('a review imported again about another claim, by another reviewer, moves: it rates one claim', async () => {
    const x = ids();
    const store = new ImportStore(db);
    await importDocuments(store, document(x, [verdict(x)]));
    await importDocuments(store, document(x, [verdict(x, { claim: x.other, reviewer: x.outlet })]));
    expect(await stored(x.url)).toEqual([
      { rating: 'FALSE', claims: [x.other], reviewers: [x.outlet] },
    ]);
  });

  it('naming a claim or reviewer that is nowhere rejects the whole document at their paths, writing nothing', async () => {
    const x = ids();
    const attempt = importDocuments(
      new ImportStore(db),
      document(x, [verdict(x, { claim: `${x.p}-nowhere`, reviewer: `${x.p}-nobody` })]),
    );
    await expect(attempt).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          {
            path: '$.verdicts[0].claim',
            message: `unknown id '${x.p}-nowhere': expected a Claim defined in this document or already in the graph`,
          },
          {
            path: '$.verdicts[0].reviewer',
            message: `unknown id '${x.p}-nobody': expected an Outlet or Actor defined in this document or already in the graph`,
          },
        ],
      },
    });
    const [left] = await db.read(
      'MATCH (n) WHERE n.id STARTS WITH $p OR n.url CONTAINS $p RETURN count(n) AS n',
      { p: x.p },
    );
    expect(toPlain(left!.n)).toBe(0);
  });
});

// It empties the graph, so only where the test runner started its own, disposable Neo4j.
describe.skipIf(!process.env.TEST_NEO4J_DISPOSABLE)('exporting the whole graph', () => {
  const P = 'roundtrip';
  // Beyond the seed: an anonymous source with an affiliation, a two-hop chain (daily → wire →
  // ministry official), a denial with a quote, actors with aliases, an article without an id or
  // title, date-times with offsets and milliseconds, a source that said and later denied one
  // claim in the same article, an article with no statements, and entities that no statement
  // names (one of them only upserted).
  const wire: ImportDocument = {
    article: {
      id: `${P}-wire-port-inspections`,
      url: `https://wire.example.org/${P}/port-inspections`,
      title: 'Ministry plans inspections at every port',
      outlet: `${P}-wire`,
      publishedAt: '2025-03-02T08:30:00-06:00',
    },
    actors: [
      {
        id: `${P}-ministry-of-ports`,
        name: 'Ministry of Ports',
        kind: 'GOVERNMENT',
        country: 'XA',
        aliases: ['MinPorts', 'the ports ministry'],
      },
      {
        id: `${P}-harbour-minister`,
        name: 'Ana Ruiz',
        kind: 'PERSON',
        role: 'Minister of Ports',
        aliases: ['Minister Ruiz'],
      },
    ],
    outlets: [{ id: `${P}-wire`, name: 'Example Wire', domain: 'wire.example.org' }],
    anonymousSources: [
      {
        id: `${P}-wire-ministry-official`,
        description: 'an official at the ministry',
        count: 1,
        affiliation: `${P}-ministry-of-ports`,
        citedBy: `${P}-wire`,
      },
    ],
    claims: [
      {
        id: `${P}-port-inspections-planned`,
        text: 'The ministry plans inspections at every port.',
        topics: ['ports'],
      },
    ],
    statements: [
      {
        type: 'SAID',
        source: `${P}-wire-ministry-official`,
        claim: `${P}-port-inspections-planned`,
        at: '2025-03-01T22:15:00Z',
        quote: 'every port, every container',
      },
      {
        type: 'REPORTED',
        source: `${P}-wire`,
        claim: `${P}-port-inspections-planned`,
        citing: [`${P}-wire-ministry-official`],
      },
    ],
  };
  const daily: ImportDocument = {
    article: {
      url: `https://daily.example.org/${P}/ports`,
      outlet: `${P}-daily`,
      publishedAt: '2025-03-03',
    },
    outlets: [{ id: `${P}-daily`, name: 'Example Daily', country: 'XB' }],
    statements: [
      {
        type: 'REPORTED',
        source: `${P}-daily`,
        claim: `${P}-port-inspections-planned`,
        citing: [`${P}-wire`],
      },
      {
        type: 'SAID',
        source: `${P}-harbour-minister`,
        claim: `${P}-port-inspections-planned`,
        at: '2025-03-02T09:00:00Z',
        citing: [`${P}-wire`],
      },
      {
        type: 'DENIED',
        source: `${P}-harbour-minister`,
        claim: `${P}-port-inspections-planned`,
        at: '2025-03-03T12:00:00Z',
        quote: 'No such plan exists',
      },
    ],
  };
  const briefing: ImportDocument = {
    article: {
      url: `https://wire.example.org/${P}/briefing`,
      outlet: `${P}-wire`,
      publishedAt: '2025-03-05',
    },
    actors: [
      {
        id: `${P}-unquoted-spokesperson`,
        name: 'Unquoted Spokesperson',
        kind: 'PERSON',
        aliases: ['the spokesperson'],
      },
    ],
    outlets: [{ id: `${P}-silent-outlet`, name: 'Silent Outlet' }],
    anonymousSources: [
      { id: `${P}-silent-insider`, description: 'an insider', citedBy: `${P}-silent-outlet` },
    ],
    claims: [{ id: `${P}-unstated-claim`, text: 'A claim that no one has made yet.' }],
  };

  // Fact-checks: two on one claim (the later, FALSE, must win over the earlier TRUE, and is
  // listed first so that input order cannot stand in for date order), one on a claim that only
  // a fact-checker saw, one on the seed's core claim, and one recorded by hand on a seed claim
  // with a millisecond in its date. The reviewer outlet comes from the ClaimReview markup.
  const REVIEWER = `${P}-factcheck-example-org`;
  const PORTS = `${P}-port-inspections-planned`;
  const review = (
    slug: string,
    date: string,
    item: { identifier?: string; text?: string },
    reviewRating: Record<string, unknown>,
  ) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://${P}-factcheck.example.org/${slug}`,
    datePublished: date,
    author: { '@type': 'Organization', name: 'Roundtrip Fact Check' },
    claimReviewed: item.text ?? 'the reviewed claim',
    itemReviewed: { '@type': 'Claim', ...(item.identifier && { identifier: item.identifier }) },
    reviewRating,
  });
  const reviews = [
    review('ports-false', '2025-03-09', { identifier: PORTS }, { alternateName: 'Pants on Fire' }),
    review('ports-true', '2025-03-06', { identifier: PORTS }, { alternateName: 'True' }),
    review(
      'harbour-closing',
      '2025-03-10',
      { text: 'Roundtrip: the harbour closes in April.' },
      { ratingValue: 2, worstRating: 1, bestRating: 5 },
    ),
    review('troops', '2025-11-06', { identifier: CORE }, { alternateName: 'Unproven' }),
  ];
  const handRecorded = {
    claim: 'us-troops-mexico-drone-strikes',
    reviewer: `${P}-wire`,
    rating: 'TRUE' as const,
    reviewedAt: new Date('2025-11-10T15:45:30.250Z'),
    url: `https://wire.example.org/${P}/fact-check/drones`,
  };

  /** Every source's credibility and every claim's assessment, to the ninth decimal. */
  async function credibilities() {
    const ids = async (label: string) =>
      (await db.read(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => String(r.id));
    const [sourceIds, claimIds] = [await ids('Source'), await ids('Claim')];
    const records = await new CredibilityStore(db).bySourceIds(sourceIds);
    const assessments = await new CredibilityStore(db).assessments(claimIds);
    return {
      sources: Object.fromEntries(
        sourceIds.map((id, i) => {
          const r = records[i];
          return [id, r && rounded({ ...r, computedAt: undefined, priorComputedAt: undefined })];
        }),
      ),
      claims: Object.fromEntries(claimIds.map((id, i) => [id, rounded(assessments[i])])),
    };
  }

  let before: Awaited<ReturnType<typeof dump>>;
  let credibilityBefore: Awaited<ReturnType<typeof credibilities>>;
  let documents: ImportDocument[];
  let file: string;

  beforeAll(async () => {
    await emptyGraph();
    await seedFiles(db, [FIXTURES]);
    const store = new ImportStore(db);
    await importDocuments(store, [wire, daily, briefing]);
    await store.write(
      actorBatch({ id: `${P}-upserted-agency`, name: 'Upserted Agency', kind: 'ORGANIZATION' }),
    );
    await store.write(
      statementBatch({
        type: 'SAID',
        source: `${P}-ministry-of-ports`,
        claim: `${P}-port-inspections-planned`,
        at: new Date('2025-03-04T10:11:12.345Z'),
        article: `${P}-wire-port-inspections`,
      }),
    );
    await importClaimReviews(store, new VerdictStore(db), reviews);
    await recordVerdict(store, handRecorded);
    await new CredibilityStore(db).recompute();
    before = await dump();
    credibilityBefore = await credibilities();
    file = join(tmp(), 'graph.ndjson');
    await exportToFile(db, { kind: 'all' }, file);
    documents = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ImportDocument);
  });

  // Leaves the seed alone, as the other tests expect it.
  afterAll(() => removeTestData(db, { prefixes: [`${P}-`], infixes: [`-${P}-`] }));

  it('writes one document per article, in article id order, each valid and self-contained', async () => {
    expect(documents.map((d) => d.article.id)).toEqual([
      `daily-example-org-${P}-ports`,
      'latintimes-com-mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
      `${P}-wire-port-inspections`,
      `wire-example-org-${P}-briefing`,
    ]);
    expectSelfContained(documents);
    expect(statementsOf(documents)).toHaveLength(47 + 2 + 3 + 1);
  });

  it('keeps entities that no statement names, in the last document', async () => {
    const last = documents.at(-1)!;
    expect(last.statements).toBeUndefined();
    // The seed article defines Marco Rubio (whose visit a claim mentions) but no statement of his.
    expect(last.actors!.map((a) => a.id)).toEqual([
      'marco-rubio',
      `${P}-unquoted-spokesperson`,
      `${P}-upserted-agency`,
    ]);
    // The fact-checker, the claim only it reviewed, and every claim and reviewer a verdict
    // names: the verdicts are in this document too, and it must define what they name.
    expect(last.outlets!.map((o) => o.id)).toEqual([REVIEWER, `${P}-silent-outlet`, `${P}-wire`]);
    expect(last.anonymousSources!.map((s) => s.id)).toEqual([`${P}-silent-insider`]);
    expect(last.claims!.map((c) => c.id)).toEqual([
      expect.stringMatching(/^claim-roundtrip-the-harbour-closes-in-april-[0-9a-f]{8}$/),
      `${P}-port-inspections-planned`,
      `${P}-unstated-claim`,
      CORE,
      'us-troops-mexico-drone-strikes',
    ]);
  });

  it('writes every verdict, with its claim, reviewer, rating, words, date and URL', () => {
    const verdicts = documents.flatMap((d) => d.verdicts ?? []);
    const url = (slug: string) => `https://${P}-factcheck.example.org/${slug}`;
    expect(verdicts).toEqual([
      {
        url: url('harbour-closing'),
        claim: expect.stringMatching(/^claim-roundtrip-the-harbour/),
        reviewer: REVIEWER,
        rating: 'MOSTLY_FALSE',
        reviewedAt: '2025-03-10T00:00:00Z',
      },
      {
        url: url('ports-false'),
        claim: PORTS,
        reviewer: REVIEWER,
        rating: 'FALSE',
        ratingText: 'Pants on Fire',
        reviewedAt: '2025-03-09T00:00:00Z',
      },
      {
        url: url('ports-true'),
        claim: PORTS,
        reviewer: REVIEWER,
        rating: 'TRUE',
        ratingText: 'True',
        reviewedAt: '2025-03-06T00:00:00Z',
      },
      {
        url: url('troops'),
        claim: CORE,
        reviewer: REVIEWER,
        rating: 'UNVERIFIABLE',
        ratingText: 'Unproven',
        reviewedAt: '2025-11-06T00:00:00Z',
      },
      {
        url: handRecorded.url,
        claim: handRecorded.claim,
        reviewer: `${P}-wire`,
        rating: 'TRUE',
        reviewedAt: '2025-11-10T15:45:30.250Z',
      },
    ]);
  });

  it('gives each citation to the statement it was made with, when one source made two', async () => {
    const minister = documents[0]!.statements!.filter((s) => s.source === `${P}-harbour-minister`);
    expect(minister).toEqual([
      {
        type: 'SAID',
        source: `${P}-harbour-minister`,
        claim: `${P}-port-inspections-planned`,
        at: '2025-03-02T09:00:00Z',
        citing: [`${P}-wire`],
      },
      {
        type: 'DENIED',
        source: `${P}-harbour-minister`,
        claim: `${P}-port-inspections-planned`,
        at: '2025-03-03T12:00:00Z',
        quote: 'No such plan exists',
      },
    ]);
  });

  it("a claim's export carries its verdicts; a source's, the verdicts on the claims it stated", async () => {
    const urls = (documents: ImportDocument[]) =>
      documents.flatMap((d) => (d.verdicts ?? []).map((v) => v.url.replace(/.*\//, '')));
    const claim = await exported({ kind: 'claim', id: PORTS });
    expect(urls(claim)).toEqual(['ports-false', 'ports-true']);
    expectSelfContained(claim);
    // The wire issued the drones verdict but stated nothing about drones: not its evidence.
    const source = await exported({ kind: 'source', id: `${P}-wire` });
    expect(urls(source)).toEqual(['ports-false', 'ports-true']);
    expectSelfContained(source);
  });

  it('pages through articles without changing what it writes', async () => {
    expect(await exported({ kind: 'all' }, 1)).toEqual(documents);
  });

  it('importing the export into an empty database reproduces the same graph, node for node and relationship for relationship', async () => {
    await emptyGraph();
    const rejected: string[] = [];
    await seedFiles(db, [file], { onRejected: (r) => rejected.push(r.where) });
    expect(rejected).toEqual([]);
    const after = await dump();
    expect(after.nodes).toHaveLength(before.nodes.length);
    expect(after).toEqual(before);
  });

  it('recomputing credibility on the imported graph gives every source and claim the same numbers', async () => {
    // The verdicts decide: the later FALSE on the ports claim refutes it, and the sources that
    // answer for it carry that; without the verdicts these numbers would all differ.
    expect(credibilityBefore.claims[PORTS]).toMatchObject({ resolution: 'REFUTED', confidence: 0 });
    expect(credibilityBefore.sources[`${P}-wire`]).toMatchObject({
      evidence: { refuted: 1, confirmed: 0 },
    });
    const sources = Object.values(credibilityBefore.sources) as {
      evidence: { confirmed: number };
    }[];
    expect(sources.some((c) => c && c.evidence.confirmed > 0)).toBe(true);
    await new CredibilityStore(db).recompute();
    expect(await credibilities()).toEqual(credibilityBefore);
  });

  it('importing the export again into the graph it came from changes nothing', async () => {
    const report = await seedFiles(db, [file]);
    expect(report.totals.created).toEqual(zeroCounts());
    expect(report.totals.updated).toEqual(zeroCounts());
    expect(await dump()).toEqual(before);
  });
});
