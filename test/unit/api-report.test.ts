import { describe, expect, it } from 'vitest';
import {
  latencySummary,
  markdown,
  percentile,
  ratios,
  sizeIndependent,
  targetChecks,
  type Cell,
  type SizeCheck,
} from '../../bench/api-report.ts';
import { WORKLOAD_DEFS, checkBody } from '../../bench/api-workloads.ts';
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
});

const sizes = (target: TargetName, workload: WorkloadName, q5: number, q50: number): SizeCheck => ({
  target,
  workload,
  sizes: [
    { n: 5, queriesPerRequest: q5, items: 5, bytes: 1000 },
    { n: 50, queriesPerRequest: q50, items: 50, bytes: 10000 },
  ],
});

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
    const checks = targetChecks(cells, [
      sizes('ours', 'nested', 3, 3),
      sizes('peer', 'nested', 1, 1),
    ]);
    expect(checks.map((c) => [c.pass, c.value])).toEqual([
      [true, 1.2],
      [true, 2.5],
      [true, 0],
    ]);
  });

  it('misses when the number of queries grows with the result', () => {
    const grows = sizes('ours', 'nested', 3, 12);
    expect(sizeIndependent(grows)).toBe(false);
    const [, , independence] = targetChecks(cells, [grows]);
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
      [sizes('ours', 'nested', 3, 3)],
      targetChecks(cells, [sizes('ours', 'nested', 3, 3)]),
    );
    expect(md).toContain('| provenance p50 within 1.5x of the floor | 1.20 | 1.5 | **PASS** |');
    expect(md).toContain('| nested | 64 | ours | 100.0 | 200.0 | 300.0 | 300 | 0 | 1.00 | 100 |');
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
