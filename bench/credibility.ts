// npm run bench:credibility -- [--claims N] [--seed 1] [--reviewed-every 10]
//   [--copiers 20] [--busy-copiers 10] [--honest-pairs 10] [--copy-claims 100000]
// How long the credibility recompute (npm run credibility) takes on the synthetic corpus, against
// the database's floor measured in the same run: one batched pass that reads every statement
// once and writes one number per source, the least any per-source score must cost.
//
// With --claims, the bench server is bulk-loaded with that corpus first (bench/bulk-load.ts),
// with copying whose pairs are known (the copiers, busy copiers and honest pairs of
// seed/synthetic.ts), so that the recompute's own copy detection is checked against them;
// without it, the graph already there is used (e.g. after `npm run bench:load`). Fact-checkers'
// verdicts on every k-th claim go in through the ClaimReview import, as published markup would.
//
// Copy detection is also measured on its own, in memory, on two corpora of --copy-claims claims:
// the easy case (copiers that publish little else) and the hard one (busy copiers, copied
// cascades without citation, and honest pairs citing one agency, which must not be flagged).
import { openLocal } from '../neo4j/connect.ts';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import neo4j from 'neo4j-driver';
import { start } from '../neo4j/local-server.ts';
import {
  claimId,
  copyingPairs,
  generateDocuments,
  honestPairs,
  type SyntheticOptions,
} from '../seed/synthetic.ts';
import { CopyDetector, carriesOf } from '../server/domain/credibility-copying.ts';
import { resolve } from '../server/domain/credibility.ts';
import { CopyStore } from '../server/db/copy-store.ts';
import { CredibilityStore } from '../server/db/credibility-store.ts';
import { ImportStore } from '../server/db/import-store.ts';
import { StatsStore } from '../server/db/stats-store.ts';
import { VerdictStore } from '../server/db/verdict-store.ts';
import { reviewerId } from '../server/domain/claimreview.ts';
import { importClaimReviews, recordVerdict } from '../server/import/verdicts.ts';
import { bulkLoad } from './bulk-load.ts';
import { arg, bench, machine, writeResults } from './common.ts';

const claimsFlag = process.argv.includes('--claims') ? arg('claims', 0) : null;
const seed = arg('seed', 1);
const every = arg('reviewed-every', 10);
const copying = {
  copiers: arg('copiers', 20),
  busyCopiers: arg('busy-copiers', 10),
  honestPairs: arg('honest-pairs', 10),
};

// The bench's verdicts: on every k-th synthetic claim, a rating from a hash of its id, so that
// a run is repeatable and re-running it rewrites the same verdicts.
const RATINGS = ['True', 'Mostly true', 'Mixed', 'Mostly false', 'False', 'Unverifiable'];
const RATING_VALUES = ['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE'];
const ratingOf = (k: number) =>
  k % every === 0
    ? createHash('sha256')
        .update(`${seed}:${claimId(k)}`)
        .digest()[0]! % RATINGS.length
    : null;

/** Pairs found against pairs known: precision, recall, and honest pairs wrongly flagged. */
function scorePairs(found: { copier: string; original: string }[], options: SyntheticOptions) {
  const got = new Set(found.map((c) => `${c.copier}>${c.original}`));
  const truth = new Set(copyingPairs(options).map(([c, o]) => `${c}>${o}`));
  const honest = honestPairs(options).flatMap(([a, b]) => [`${a}>${b}`, `${b}>${a}`]);
  const hits = [...got].filter((x) => truth.has(x)).length;
  return {
    pairs: truth.size,
    honestPairs: honest.length / 2,
    found: got.size,
    precision: got.size === 0 ? 1 : hits / got.size,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    honestFlagged: honest.filter((x) => got.has(x)).length,
  };
}

let load: Awaited<ReturnType<typeof bulkLoad>> | null = null;
if (claimsFlag !== null) load = await bulkLoad(bench, { claims: claimsFlag, seed, copying });
else await start(bench);
const db = openLocal(bench);
const seconds = (since: number) => (Date.now() - since) / 1000;

try {
  const before = await new StatsStore(db).counts();
  if (before.claims === 0)
    throw new Error('the bench graph is empty: pass --claims N (or run npm run bench:load first)');
  console.log(
    `Credibility benchmark on ${before.claims} claims, ${before.statements} statements, ` +
      `${before.actors + before.outlets + before.anonymousSources} sources.`,
  );

  let t = Date.now();
  let reviews = 0;
  const imports = new ImportStore(db);
  const verdicts = new VerdictStore(db);
  let chunk: object[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    reviews += (await importClaimReviews(imports, verdicts, chunk)).verdicts;
    chunk = [];
  };
  for (let k = 0; k < before.claims; k += every) {
    const id = claimId(k);
    chunk.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factcheck.example/reviews/${id}`,
      datePublished: '2025-12-01',
      author: {
        '@type': 'Organization',
        name: 'Bench Fact Check',
        url: 'https://factcheck.example',
      },
      claimReviewed: `Synthetic claim ${id}`,
      itemReviewed: { '@type': 'Claim', identifier: id },
      reviewRating: { '@type': 'Rating', alternateName: RATINGS[ratingOf(k)!] },
    });
    if (chunk.length === 2000) await flush();
  }
  await flush();
  const reviewSeconds = seconds(t);
  console.log(`${reviews} verdicts imported as ClaimReview in ${reviewSeconds.toFixed(1)} s.`);

  // Memory: this process's resident set and V8 heap, sampled through the recompute.
  const baseline = process.memoryUsage();
  const peak = { rss: baseline.rss, heapUsed: baseline.heapUsed };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  }, 50);
  const loadBefore = loadavg()[0]!;
  t = Date.now();
  const run = await new CredibilityStore(db).recompute((step) => console.log(`  ${step}`));
  const recomputeSeconds = seconds(t);
  const loadAverage = [loadBefore, loadavg()[0]!].map((l) => Math.round(l * 10) / 10);
  clearInterval(sampler);
  const mib = (b: number) => Math.round(b / 2 ** 20);
  const memory = {
    rssBeforeMiB: mib(baseline.rss),
    peakRssMiB: mib(peak.rss),
    heapBeforeMiB: mib(baseline.heapUsed),
    peakHeapMiB: mib(peak.heapUsed),
  };

  // Incremental: a verdict on one claim in ten thousand, each followed by the settled update
  // of the sources answering for it, as recordVerdict does.
  const latencies: number[] = [];
  const store = new CredibilityStore(db);
  for (let i = 0; i < 20; i++) {
    const id = claimId((i * 9973 + 1) % before.claims);
    const started = Date.now();
    await recordVerdict(imports, {
      claim: id,
      reviewer: reviewerId('Bench Fact Check', 'https://factcheck.example'),
      rating: i % 2 === 0 ? 'TRUE' : 'FALSE',
      reviewedAt: new Date('2026-01-01T00:00:00Z'),
      url: `https://factcheck.example/incremental/${i}`,
    });
    await store.settle([id]);
    latencies.push(Date.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const incremental = {
    verdicts: latencies.length,
    medianMs: latencies[Math.floor(latencies.length / 2)]!,
    maxMs: latencies.at(-1)!,
  };
  console.log(`  incremental: median ${incremental.medianMs} ms, max ${incremental.maxMs} ms`);

  // The floor: the same batching, every statement and its claim read once, one property written
  // per source. The recompute makes several passes over the claims (resolution, then claim
  // confidence once per iteration and once at the end), so a ratio near that count is the best
  // it could do.
  t = Date.now();
  await db.runBatched(
    `MATCH (s:Source)
     CALL (s) {
       OPTIONAL MATCH (s)-[:SAID|REPORTED|DENIED|CONFIRMED|RETRACTED]->(c:Claim)
       WITH s, count(c.firstSeenAt) AS total
       SET s.benchFloor = total
     } IN TRANSACTIONS OF $batch ROWS`,
    { batch: neo4j.int(10_000) },
  );
  const floorSeconds = seconds(t);
  await db.runBatched(
    `MATCH (s:Source) CALL (s) { REMOVE s.benchFloor } IN TRANSACTIONS OF $batch ROWS`,
    { batch: neo4j.int(10_000) },
  );

  // Copy detection inside the recompute, against the copying the loaded corpus has.
  const stored = load
    ? scorePairs(await new CopyStore(db).all(), { claims: claimsFlag!, seed, ...copying })
    : null;
  if (stored)
    console.log(
      `  copy detection in the recompute: precision ${stored.precision.toFixed(3)}, recall ${stored.recall.toFixed(3)}, ` +
        `${stored.honestFlagged} honest pairs flagged`,
    );

  // Copy detection on its own, in memory, on the easy and the hard corpus, with the bench's
  // verdicts (refuted claims weigh more).
  const copyClaims = arg('copy-claims', 100_000);
  const detect = (options: SyntheticOptions) => {
    const started = Date.now();
    const detector = new CopyDetector();
    for (const c of carriesOf(generateDocuments(options))) {
      const rating = ratingOf(Number(c.claim.slice('claim-'.length)) - 1);
      detector.add(c.carries, resolve(rating === null ? null : RATING_VALUES[rating]!, []));
    }
    return {
      claims: options.claims,
      seed: options.seed,
      ...scorePairs(detector.copies(), options),
      seconds: seconds(started),
    };
  };
  const easy = detect({ claims: copyClaims, seed, copiers: copying.copiers });
  const hard = detect({
    claims: copyClaims,
    seed,
    busyCopiers: copying.busyCopiers,
    honestPairs: copying.honestPairs,
  });
  for (const [name, c] of [
    ['easy', easy],
    ['hard', hard],
  ] as const)
    console.log(
      `  copy detection, ${name} case (${c.claims} claims): precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)}, ` +
        `${c.honestFlagged} of ${c.honestPairs} honest pairs flagged`,
    );

  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage,
    graph: before,
    load: load && {
      seconds: load.seconds,
      phases: load.phases,
      documents: load.documents,
      statements: load.statements,
    },
    verdicts: { every, imported: reviews, seconds: reviewSeconds },
    recompute: {
      seconds: recomputeSeconds,
      iterations: run.iterations,
      sources: run.sources,
      claims: run.claims,
      claimsPerSecond: Math.round(run.claims / recomputeSeconds),
      statementsPerSecond: Math.round(before.statements / recomputeSeconds),
      methodVersion: run.methodVersion,
      steps: run.steps,
      memory,
    },
    incremental,
    copying: { corpus: load ? copying : null, recompute: stored, easy, hard },
    floor: { seconds: floorSeconds },
    ratio: Math.round((recomputeSeconds / floorSeconds) * 100) / 100,
  };
  const md = `# Credibility recompute benchmark

${result.date} on ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}; Neo4j on the bench server.
Graph: ${before.claims} claims, ${before.statements} statements, ${before.articles} articles, ${before.actors} actors, ${before.outlets} outlets, ${before.anonymousSources} anonymous sources${load ? ` (bulk-loaded in ${load.seconds.toFixed(0)} s)` : ''}.
Verdicts: ${reviews} (every ${every}th claim), imported as ClaimReview JSON-LD in ${reviewSeconds.toFixed(1)} s.

| | seconds | rate |
| --- | ---: | ---: |
| \`npm run credibility\` (${run.iterations} truth-discovery iterations, method ${run.methodVersion}) | ${recomputeSeconds.toFixed(1)} | ${result.recompute.claimsPerSecond} claims/s, ${result.recompute.statementsPerSecond} statements/s |
| floor: one batched pass, every statement and its claim read once, one write per source | ${floorSeconds.toFixed(1)} | |
| **ratio recompute / floor** | | **${result.ratio}** |

The recompute reads the graph in streamed scans in one read transaction (sources, claims, verdicts, statements, citations, and the articles of reports a citation's source shares with other statements of its own about the claim) into typed arrays keyed by internal ids, groups statements and citations by claim in memory, finds copying between outlets over every claim, counts each claim once, runs truth discovery in memory and writes one row per source, one per claim whose settled predictions changed and one per likely copy. Machine shared with other engineers' work (2 cores, load average ${result.loadAverage.join(' / ')} at the start / after the recompute): figures are upper bounds.

Steps:
${run.steps.map((s) => `- ${s}`).join('\n')}

Memory of the recompute's process: ${memory.rssBeforeMiB} MiB resident before, ${memory.peakRssMiB} MiB at peak (V8 heap ${memory.heapBeforeMiB} → ${memory.peakHeapMiB} MiB peak).

Incremental update after a verdict (verdict written, then the settled credibility of every source answering for the claim): median ${incremental.medianMs} ms, max ${incremental.maxMs} ms over ${incremental.verdicts} verdicts.

Copy detection (server/domain/credibility-copying.ts) against copying whose pairs are known (seed/synthetic.ts):

| corpus | known pairs | found | precision | recall | honest pairs flagged |
| --- | ---: | ---: | ---: | ---: | ---: |
${[
  ...(stored
    ? [
        [
          `the bench graph, inside the recompute (${before.claims} claims: ${copying.copiers} copiers, ${copying.busyCopiers} busy copiers, ${copying.honestPairs} honest pairs)`,
          stored,
        ] as const,
      ]
    : []),
  [
    `easy, in memory (${easy.claims} claims, ${copying.copiers} copiers that publish little else; ${easy.seconds.toFixed(1)} s)`,
    easy,
  ] as const,
  [
    `hard, in memory (${hard.claims} claims, ${copying.busyCopiers} busy copiers whose copies include cascades without citation, ${copying.honestPairs} honest pairs citing one agency; ${hard.seconds.toFixed(1)} s)`,
    hard,
  ] as const,
]
  .map(
    ([name, c]) =>
      `| ${name} | ${c.pairs} | ${c.found} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${c.honestFlagged} of ${c.honestPairs} |`,
  )
  .join('\n')}
`;
  writeResults(`credibility-${before.claims}`, result, md);
  console.log(md);
} finally {
  await db.close();
}
