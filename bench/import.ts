// npm run bench:import -- [--claims 100000] [--seed 1] [--note "…"]
// Import throughput of `npm run seed` on the synthetic corpus against the database's floor
// (bench/baseline-import.ts), measured in the same run on the same server; then a second load
// of the same corpus, which must change nothing. Exits non-zero when the ratio is below its
// target or the graphs are not the same, property by property (bench/import-report.ts).
import { seedFiles } from '../seed/cli.ts';
import { StatsStore } from '../server/db/stats-store.ts';
import {
  arg,
  corpus,
  freshDatabase,
  machine,
  notesArg,
  stopBench,
  writeResults,
} from './common.ts';
import { load, prepare } from './baseline-import.ts';
import { compareDigests, digestGraph, importFailures } from './import-report.ts';

const claims = arg('claims', 100_000);
const notes = notesArg();
const seed = arg('seed', 1);
const file = await corpus(claims, seed);

console.log(`Import benchmark: ${claims} claims (seed ${seed}).`);
let db = await freshDatabase();
const ours = await seedFiles(db, [file], { progress: true });
const oursCounts = await new StatsStore(db).counts();
const oursDigest = await digestGraph(db);
const again = await seedFiles(db, [file], { progress: true });
const againDifferences = compareDigests(oursDigest, await digestGraph(db));
await db.close();

const chunks = await prepare(file);
db = await freshDatabase();
const started = Date.now();
await load(db, chunks);
const baselineSeconds = (Date.now() - started) / 1000;
const baselineCounts = await new StatsStore(db).counts();
const graphDifferences = compareDigests(oursDigest, await digestGraph(db));
await db.close();
await stopBench();

const statements = ours.progress.statements;
const oursRate = statements / ours.seconds;
const baselineRate = statements / baselineSeconds;
const ratio = oursRate / baselineRate;
const secondLoadChanged =
  Object.values(again.totals.created).some((n) => n > 0) ||
  Object.values(again.totals.updated).some((n) => n > 0) ||
  againDifferences.length > 0;
const result = {
  date: new Date().toISOString(),
  machine: machine(),
  corpus: { claims, seed, documents: ours.progress.documents, statements },
  ours: {
    seconds: ours.seconds,
    statementsPerSecond: Math.round(oursRate),
    peakRssMb: ours.peakRssMb,
    counts: oursCounts,
  },
  secondLoad: {
    seconds: again.seconds,
    changed: secondLoadChanged,
    differences: againDifferences,
  },
  baseline: {
    seconds: baselineSeconds,
    statementsPerSecond: Math.round(baselineRate),
    counts: baselineCounts,
  },
  ratio: Math.round(ratio * 1000) / 1000,
  target: 0.8,
  graphDifferences,
  notes,
};
const failures = importFailures({ ...result, secondLoadChanged });
const md = `# Import benchmark

${result.date} on ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}.
Corpus: ${claims} synthetic claims (seed ${seed}): ${result.corpus.documents} documents, ${statements} statements.

| | seconds | statements/s |
| --- | ---: | ---: |
| \`npm run seed\` (validation, checks, counts, batches) | ${ours.seconds.toFixed(1)} | ${Math.round(oursRate)} |
| baseline: pre-parsed, large UNWIND MERGE statements | ${baselineSeconds.toFixed(1)} | ${Math.round(baselineRate)} |
| **ratio ours / baseline** | | **${result.ratio}** (target ≥ ${result.target}) |

Second load of the same corpus: ${again.seconds.toFixed(1)} s, ${secondLoadChanged ? 'CHANGED the graph' : 'changed nothing'}. Peak memory of the import: ${ours.peakRssMb} MB.
Same graph as the baseline, every node's labels and properties and every relationship's type, ends and properties (a hash per label set and type, bench/import-report.ts): ${graphDifferences.length ? `**no**: ${graphDifferences.join('; ')}` : 'yes'}.

**${failures.length ? `FAIL: ${failures.join('; ')}` : 'PASS'}**
${notes.map((n) => `\n${n}\n`).join('')}`;
writeResults('import', { ...result, failures }, md);
console.log(md);
process.exitCode = failures.length ? 1 : 0;
