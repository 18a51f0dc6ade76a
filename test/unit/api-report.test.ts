import { describe, expect, it } from 'vitest';
import {
  latencySummary,
  markdown,
  percentile,
  ratios,
  responseOk,
  sizeIndependent,
  sizeVerdict,
  scaleChecks,
  summariseRun,
  targetChecks,
  throughputRatio,
  timedOut,
  type Cell,
  type SizeCheck,
} from '../../bench/api-report.ts';
import { WORKLOAD_DEFS, WORKLOADS, checkBody } from '../../bench/api-workloads.ts';
import { GraphDigest, compareDigests, importFailures } from '../../bench/import-report.ts';
import neo4j from 'neo4j-driver';
import type { TargetName, WorkloadName } from '../../bench/api-workloads.ts';

const cell = (
  target: TargetName,
  workload: WorkloadName,
  concurrency: number,
  p50: number,
  requestsPerSecond: number,
): Cell => ({
  target,
  workload,
  concurrency,
  seconds: 5,
  requests: requestsPerSecond * 5,
  requestsPerSecond,
  latencyMs: { p50, p95: p50 * 2, p99: p50 * 3, mean: p50 },
  errors: 0,
  problems: [],
  queriesPerRequest: 1,
  peakRssMb: 100,
  cpuMsPerRequest: { server: 1.5, neo4j: 0.25 },
});

const sizes = (
  target: TargetName,
  workload: WorkloadName,
  q5: number,
  q50: number,
  { items5 = 5, items50 = 50, errors5 = 0, errors50 = 0 } = {},
): SizeCheck => ({
  target,
  workload,
  sizes: [
    { n: 5, queriesPerRequest: q5, items: items5, bytes: 1000, errors: errors5 },
    { n: 50, queriesPerRequest: q50, items: items50, bytes: 10000, errors: errors50 },
  ],
});

/** Our size checks of every workload, all growing tenfold with the same query count. */
const allSizes = (override: SizeCheck[] = []): SizeCheck[] =>
  WORKLOADS.map((w) => override.find((s) => s.workload === w) ?? sizes('ours', w, 2, 2));

describe('percentile (nearest rank)', () => {
  it('picks the sample at rank ceil(p/100 × n)', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted samples', () => {
    expect(latencySummary([3, 1, 2, 4])).toEqual({ p50: 2, p95: 4, p99: 4, mean: 2.5 });
  });
});

describe('ratios and target checks', () => {
  const cells = [
    cell('ours', 'provenance', 1, 6, 150),
    cell('floor', 'provenance', 1, 5, 200),
    cell('peer', 'provenance', 1, 60, 15),
    cell('ours', 'nested', 1, 10, 100),
    cell('floor', 'nested', 1, 5, 200),
    cell('peer', 'nested', 1, 10, 100),
    cell('ours', 'nested', 64, 100, 300),
    cell('floor', 'nested', 64, 50, 600),
    cell('peer', 'nested', 64, 400, 120),
  ];

  it('divides ours by the floor and by the peer, per workload and concurrency', () => {
    expect(ratios(cells)).toContainEqual({
      workload: 'provenance',
      concurrency: 1,
      p50OverFloor: 1.2,
      p50OverPeer: 0.1,
      throughputOverFloor: 0.75,
      throughputOverPeer: 10,
    });
  });

  it('judges latency unloaded and throughput at the highest concurrency', () => {
    const checks = targetChecks(cells, [...allSizes(), sizes('peer', 'nested', 1, 1)]);
    expect(checks.map((c) => [c.pass, c.value])).toEqual([
      [true, 1.2],
      [true, 2.5],
      [true, 0],
    ]);
  });

  it('misses when the number of queries grows with the result', () => {
    const grows = sizes('ours', 'nested', 3, 12);
    expect(sizeIndependent(grows)).toBe(false);
    const [, , independence] = targetChecks(cells, allSizes([grows]));
    expect(independence).toMatchObject({ pass: false, detail: 'grows with the result in: nested' });
  });

  it('writes every verdict into the markdown report', () => {
    const md = markdown(
      {
        date: '2025-01-01T00:00:00.000Z',
        machine: { cpus: 2, cpuModel: 'CPU', memoryGb: 8, node: 'v20', loadAverage: [1, 1, 1] },
        neo4j: { version: '5.26.0', heap: '2g', pageCache: '2g' },
        corpus: { claims: 2000, seed: 1, nodes: 10, relationships: 20, loaded: 'already loaded' },
        settings: { durationSeconds: 5, warmupSeconds: 1, concurrencies: [1, 64] },
        workloads: [{ name: 'nested', title: 'nested', n: 5 }],
        memory: { ours: 200, floor: 150, peer: 250 },
        notes: [],
      },
      cells,
      allSizes(),
      targetChecks(cells, allSizes()),
    );
    expect(md).toContain('| provenance p50 within 1.5x of the floor | 1.20 | 1.5 | **PASS** |');
    expect(md).toContain(
      '| nested | 64 | ours | 100.0 | 200.0 | 300.0 | 300 | 0 | 1.00 | 1.50 + 0.25 | 100 |',
    );
  });
});

describe("issue 15's targets at a million claims", () => {
  // p95 is twice p50 in these cells.
  const quick = (w: WorkloadName) => [cell('ours', w, 1, 40, 25), cell('floor', w, 1, 30, 33)];
  const simple = (w: WorkloadName, ours: number) => [
    cell('ours', w, 16, 20, ours),
    cell('floor', w, 16, 10, 100),
  ];
  const run = [
    cell('ours', 'provenance', 1, 2.5, 300),
    cell('ours', 'nested', 1, 15, 60),
    cell('ours', 'nested', 64, 200, 300),
    cell('floor', 'nested', 64, 100, 600),
    cell('peer', 'nested', 64, 600, 90),
    ...simple('claim', 70),
    ...simple('search', 80),
    ...simple('sourceStatements', 75),
    ...WORKLOADS.filter(
      (w) => !['provenance', 'nested', 'claim', 'search', 'sourceStatements'].includes(w),
    ).flatMap(quick),
  ];
  const byName = (checks: ReturnType<typeof scaleChecks>, part: string) =>
    checks.find((c) => c.name.includes(part))!;

  it('passes a run that meets every target', () => {
    const checks = scaleChecks(run);
    expect(checks.map((c) => [c.name, c.pass]).filter(([, pass]) => !pass)).toEqual([]);
    expect(byName(checks, 'every other').value).toBe(80);
  });

  it('names the analyst questions whose p95 is over 100 ms', () => {
    const slow = run.map((c) =>
      c.target === 'ours' && c.workload === 'sourcingProfile'
        ? cell('ours', 'sourcingProfile', 1, 60, 10)
        : c,
    );
    expect(byName(scaleChecks(slow), 'every other')).toMatchObject({
      pass: false,
      detail: 'missed by: sourcingProfile (120.0 ms)',
    });
  });

  it('misses what was not measured: the simple reads without concurrency 16, the peer below 64', () => {
    const unloaded = run.filter((c) => c.concurrency === 1);
    const checks = scaleChecks(unloaded);
    expect(byName(checks, 'claim: at least')).toMatchObject({
      pass: false,
      detail: 'claim not measured at concurrency 16',
    });
    expect(byName(checks, "the peer's")).toMatchObject({
      pass: false,
      detail: 'highest concurrency measured is 1, not 64',
    });
  });

  it('misses a slow provenance, a slow throughput and too much memory', () => {
    const worse = run.map((c) =>
      c.target === 'ours' && c.workload === 'provenance'
        ? {
            ...cell('ours', 'provenance', 1, 4, 200),
            latencyMs: { p50: 4, p95: 25, p99: 40, mean: 6 },
            peakRssMb: 320,
          }
        : c.target === 'ours' && c.workload === 'search'
          ? cell('ours', 'search', 16, 20, 60)
          : c,
    );
    const checks = scaleChecks(worse);
    expect(byName(checks, 'provenance p50').pass).toBe(true);
    expect(byName(checks, 'provenance p95')).toMatchObject({ pass: false, value: 25 });
    expect(byName(checks, 'search: at least')).toMatchObject({ pass: false, value: 0.6 });
    expect(byName(checks, 'peak RSS')).toMatchObject({ pass: false, value: 320 });
  });
});

describe('errors count against a cell', () => {
  it('counts only 2xx responses without GraphQL errors as successes', () => {
    expect(responseOk(200, '{"data":{"claim":{"id":"c1"}}}')).toBe(true);
    expect(responseOk(200, '{"errors":[{"message":"boom"}],"data":null}')).toBe(false);
    expect(responseOk(200, '{"data":{"claim":null},"errors":[]}')).toBe(false);
    expect(responseOk(500, '{"data":{}}')).toBe(false);
    expect(responseOk(404, 'not found')).toBe(false);
    // Inside a JSON string the quotes are escaped: a claim's text mentioning "errors": is data.
    expect(responseOk(200, JSON.stringify({ data: { text: 'the "errors": key' } }))).toBe(true);
  });

  it('takes latency and throughput from successful responses only', () => {
    const samples = [
      ...Array.from({ length: 10 }, () => ({ ms: 100, ok: true })),
      ...Array.from({ length: 90 }, () => ({ ms: 1, ok: false })),
    ];
    expect(summariseRun(samples, 5)).toEqual({
      requests: 10,
      requestsPerSecond: 2,
      failed: 90,
      latencyMs: { p50: 100, p95: 100, p99: 100, mean: 100 },
    });
  });

  const fast = (target: TargetName, workload: WorkloadName, c: number, errors: number): Cell => ({
    ...cell(target, workload, c, 0.5, 5000),
    errors,
  });

  it('fails a target whose cells had errors, however fast the failures were', () => {
    const failing = [
      fast('ours', 'provenance', 1, 12),
      cell('floor', 'provenance', 1, 5, 200),
      cell('peer', 'provenance', 1, 60, 15),
      fast('ours', 'nested', 64, 0),
      cell('floor', 'nested', 64, 50, 600),
      { ...cell('peer', 'nested', 64, 400, 120), errors: 3 },
    ];
    const [provenance, nested] = targetChecks(failing, allSizes());
    expect(provenance).toMatchObject({ pass: false, detail: expect.stringContaining('12 errors') });
    expect(nested).toMatchObject({ pass: false, detail: expect.stringContaining('3 errors') });
  });

  it("judges a baseline whose only errors were timeouts by a lower bound of ours' advantage", () => {
    // 5 s cells: the peer answered 3 requests and 2 timed out, ours none failed.
    const peer = { ...cell('peer', 'nested', 64, 600, 0.6), requests: 3, errors: 2, timeouts: 2 };
    const run = [cell('ours', 'nested', 64, 200, 150), cell('floor', 'nested', 64, 100, 600), peer];
    // 150 / ((3 + 2) / 5) = 150, where the plain ratio would be 250.
    expect(throughputRatio(run, 'nested', 64, 'peer')).toMatchObject({
      value: 150,
      problem: null,
      how: expect.stringContaining('lower bound'),
    });
    const [, nested] = targetChecks(run, allSizes());
    expect(nested).toMatchObject({ pass: true, value: 150 });
    expect(nested!.detail).toContain("lower bound: the peer's 2 requests past a limit");
    // Below the limit even as a bound: still a miss, on the bound's value.
    const close = run.map((c) => (c.target === 'ours' ? cell('ours', 'nested', 64, 200, 1.5) : c));
    expect(targetChecks(close, allSizes())[1]).toMatchObject({ pass: false, value: 1.5 });
  });

  it('still fails a throughput target when ours had errors, or the baseline other errors', () => {
    const base = [
      cell('ours', 'search', 16, 20, 90),
      { ...cell('floor', 'search', 16, 10, 100), errors: 10, timeouts: 0 },
    ];
    expect(throughputRatio(base, 'search', 16, 'floor').problem).toBe(
      'errors in the cells: floor 10 errors, not all past a limit',
    );
    const oursFailing = [
      { ...cell('ours', 'search', 16, 20, 90), errors: 1 },
      { ...cell('floor', 'search', 16, 10, 100), errors: 2, timeouts: 2 },
    ];
    expect(throughputRatio(oursFailing, 'search', 16, 'floor').problem).toBe(
      'errors in the cells: ours 1 errors',
    );
    const mixed = [
      cell('ours', 'search', 16, 20, 90),
      { ...cell('floor', 'search', 16, 10, 100), errors: 3, timeouts: 2 },
    ];
    expect(throughputRatio(mixed, 'search', 16, 'floor').problem).toContain('not all past a limit');
  });

  it('tells a response that ran out of time from other failures', () => {
    expect(timedOut('{"errors":[{"extensions":{"code":"QUERY_TIMEOUT"}}]}')).toBe(true);
    expect(
      timedOut(
        '{"error":"The transaction has not completed within the specified timeout (db.transaction.timeout)."}',
      ),
    ).toBe(true);
    expect(
      timedOut(
        '{"errors":[{"message":"The transaction has not completed within the timeout specified at its start by the client."}]}',
      ),
    ).toBe(true);
    expect(timedOut('{"error":"db.memory.transaction.total.max threshold reached"}')).toBe(true);
    expect(timedOut('{"error":"Cannot read properties of undefined"}')).toBe(false);
  });

  it('fails a target whose workload is missing from the run', () => {
    const onlyClaim = [
      cell('ours', 'claim', 1, 6, 150),
      cell('floor', 'claim', 1, 5, 200),
      cell('peer', 'claim', 1, 60, 15),
    ];
    const checks = targetChecks(onlyClaim, allSizes());
    expect(checks.map((c) => c.pass)).toEqual([false, false, true]);
    expect(checks[0]!.detail).toContain('provenance not in this run');
    expect(checks[1]!.detail).toContain('nested not in this run');
    const [, , independence] = targetChecks(
      onlyClaim,
      allSizes().filter((s) => s.workload !== 'search'),
    );
    expect(independence).toMatchObject({
      pass: false,
      detail: expect.stringContaining('not measured: search'),
    });
  });
});

describe('size independence', () => {
  const cells = [
    cell('ours', 'provenance', 1, 6, 150),
    cell('floor', 'provenance', 1, 5, 200),
    cell('peer', 'provenance', 1, 60, 15),
    cell('ours', 'nested', 64, 100, 300),
    cell('floor', 'nested', 64, 50, 600),
    cell('peer', 'nested', 64, 400, 120),
  ];

  it('judges only workloads whose result grows tenfold, and says why the others are left out', () => {
    const flat = sizes('ours', 'provenance', 1, 1, { items5: 1.8, items50: 1.8 });
    const barely = sizes('ours', 'claim', 2, 2, { items5: 4, items50: 4.8 });
    expect(sizeVerdict(flat)).toMatchObject({ kind: 'excluded' });
    expect(sizeVerdict(barely)).toMatchObject({
      kind: 'excluded',
      reason: expect.stringContaining('4.0 → 4.8'),
    });
    const [, , independence] = targetChecks(cells, allSizes([flat, barely]));
    expect(independence).toMatchObject({ pass: true });
    // Every workload of the run but the two left out: claim and provenance.
    expect(independence!.detail).toContain(
      `in all ${WORKLOADS.length - 2} workloads whose result grows tenfold`,
    );
    expect(independence!.detail).toMatch(/excluded: claim \(.*\), provenance \(/);
    // A workload left out cannot hide a growing query count from the verdict either way.
    const [, , growsButExcluded] = targetChecks(
      cells,
      allSizes([sizes('ours', 'claim', 2, 9, { items5: 4, items50: 4.8 })]),
    );
    expect(growsButExcluded).toMatchObject({ pass: true });
  });

  it('fails when no workload grows tenfold', () => {
    const none = WORKLOADS.map((w) => sizes('ours', w, 1, 1, { items5: 2, items50: 2 }));
    expect(targetChecks(cells, none)[2]).toMatchObject({ pass: false });
  });

  it('fails a size check with failed requests, even at equal query counts', () => {
    // Every request rejected before any Cypher: 0 queries at both sizes, no items.
    const rejected = sizes('ours', 'search', 0, 0, {
      items5: 0,
      items50: 0,
      errors5: 20,
      errors50: 20,
    });
    expect(sizeVerdict(rejected)).toMatchObject({ kind: 'failed' });
    const [, , independence] = targetChecks(cells, allSizes([rejected]));
    expect(independence).toMatchObject({
      pass: false,
      detail: expect.stringContaining('failed requests in: search'),
    });
    const oneFailed = sizes('ours', 'nested', 3, 3, { errors50: 1 });
    expect(targetChecks(cells, allSizes([oneFailed]))[2]).toMatchObject({ pass: false });
  });
});

describe('response checks', () => {
  it('counts a GraphQL error inside a 200 response as a problem', () => {
    const r = checkBody(
      WORKLOAD_DEFS.claim,
      'ours',
      JSON.stringify({ errors: [{ message: 'boom' }], data: { claim: null } }),
    );
    expect(r).toMatchObject({ problem: expect.stringContaining('boom') });
  });

  it('counts the items of each target’s answer', () => {
    const ours = { data: { search: { edges: [{ node: {} }, { node: {} }] } } };
    const peer = { data: { claimSearch: { edges: [{ node: {} }] } } };
    const floor = { hits: [] };
    expect(checkBody(WORKLOAD_DEFS.search, 'ours', JSON.stringify(ours))).toEqual({ items: 2 });
    expect(checkBody(WORKLOAD_DEFS.search, 'peer', JSON.stringify(peer))).toEqual({ items: 1 });
    expect(checkBody(WORKLOAD_DEFS.search, 'floor', JSON.stringify(floor))).toEqual({ items: 0 });
    expect(checkBody(WORKLOAD_DEFS.search, 'floor', 'not json')).toMatchObject({
      problem: expect.stringContaining('not JSON'),
    });
  });

  it('asks every target for a different claim in turn, and walks pages of a source', () => {
    const picks = { claims: ['c1', 'c2'], outlets: ['o1'], terms: ['t'], deniers: ['a1'] };
    const ids = [0, 1, 2].map(
      (i) => JSON.parse(WORKLOAD_DEFS.claim.request('floor', picks, i, 10).body).id,
    );
    expect(ids).toEqual(['c1', 'c2', 'c1']);
    const skips = [0, 1, 2, 3].map(
      (i) => JSON.parse(WORKLOAD_DEFS.sourceStatements.request('floor', picks, i, 10).body).skip,
    );
    expect(skips).toEqual([0, 10, 20, 0]);
    const after = JSON.parse(WORKLOAD_DEFS.sourceStatements.request('ours', picks, 1, 10).body)
      .variables.after;
    expect(Buffer.from(after, 'base64url').toString()).toBe('o:9');
  });
});

describe('import benchmark verdict', () => {
  const run = { ratio: 1.2, target: 0.8, graphDifferences: [], secondLoadChanged: false };

  it('fails below the throughput target', () => {
    expect(importFailures(run)).toEqual([]);
    expect(importFailures({ ...run, ratio: 0.8 })).toEqual([]);
    expect(importFailures({ ...run, ratio: 0.79 })).toEqual([
      'ours / baseline 0.79 is below the target 0.8',
    ]);
  });

  it('fails when the graphs differ or the second load changed the graph', () => {
    expect(importFailures({ ...run, graphDifferences: ['nodes :Claim: contents differ'] })).toEqual(
      ['not the same graph as the baseline: nodes :Claim: contents differ'],
    );
    expect(importFailures({ ...run, secondLoadChanged: true })).toEqual([
      'the second load of the same corpus changed the graph',
    ]);
  });
});

describe('graph comparison, property by property', () => {
  const at = neo4j.types.DateTime.fromStandardDate(new Date('2025-01-02T03:04:05Z'));
  const graph = (
    edit: (g: {
      claimText: string;
      quote: string | null;
      extraEdge: boolean;
      count: number | ReturnType<typeof neo4j.int>;
    }) => void = () => {},
  ) => {
    const g = {
      claimText: 'troops',
      quote: 'yes' as string | null,
      extraEdge: false,
      count: neo4j.int(2),
    };
    edit(g);
    const d = new GraphDigest();
    d.addNode(['Source', 'Outlet'], { id: 'nbc', name: 'NBC', country: 'US' });
    d.addNode(['Claim'], { id: 'c1', text: g.claimText, topics: ['a', 'b'], firstSeenAt: at });
    d.addNode(['Source', 'AnonymousSource'], { id: 'anon', count: g.count });
    const edge = () =>
      d.addRelationship('REPORTED', ['Outlet', 'Source'], 'nbc', ['Claim'], 'c1', {
        at,
        quote: g.quote,
        article: 'a1',
      });
    edge();
    if (g.extraEdge) edge();
    return d;
  };

  it('finds the same graph the same, whatever the order of rows, labels and keys', () => {
    const a = graph();
    const b = new GraphDigest();
    b.addNode(['Source', 'AnonymousSource'], { count: neo4j.int(2), id: 'anon' });
    b.addRelationship('REPORTED', ['Source', 'Outlet'], 'nbc', ['Claim'], 'c1', {
      article: 'a1',
      quote: 'yes',
      at,
    });
    b.addNode(['Claim'], { firstSeenAt: at, topics: ['a', 'b'], text: 'troops', id: 'c1' });
    b.addNode(['Outlet', 'Source'], { country: 'US', name: 'NBC', id: 'nbc' });
    expect(compareDigests(a, b)).toEqual([]);
  });

  it('tells graphs apart that have the same counts but one property differs', () => {
    expect(
      compareDigests(
        graph(),
        graph((g) => (g.claimText = 'Troops')),
      ),
    ).toEqual(['nodes :Claim: 1 and 1, contents differ']);
    expect(
      compareDigests(
        graph(),
        graph((g) => (g.quote = null)),
      ),
    ).toEqual(['relationships REPORTED: 1 and 1, contents differ']);
    // A float where an integer was stored is another value to Neo4j.
    expect(
      compareDigests(
        graph(),
        graph((g) => (g.count = 2)),
      ),
    ).toEqual(['nodes :AnonymousSource:Source: 1 and 1, contents differ']);
  });

  it('counts a duplicated relationship and a group only one side has', () => {
    expect(
      compareDigests(
        graph(),
        graph((g) => (g.extraEdge = true)),
      ),
    ).toEqual(['relationships REPORTED: 1 and 2, contents differ']);
    const b = graph();
    b.addRelationship('AFFILIATED_WITH', ['AnonymousSource', 'Source'], 'anon', ['Actor'], 'x', {});
    expect(compareDigests(graph(), b)).toEqual([
      'relationships AFFILIATED_WITH: 0 and 1, contents differ',
    ]);
  });
});
