// npm run credibility — recomputes every source's credibility in the database and prints the
// run and the most and least credible sources with evidence.
import { connect } from '../neo4j/connect.ts';
import { CredibilityStore } from '../server/db/credibility-store.ts';

try {
  const db = await connect();
  try {
    const store = new CredibilityStore(db);
    const run = await store.recompute((step) => console.log(`  ${step}`));
    console.log(
      `Credibility ${run.methodVersion}: ${run.sources} sources, ${run.claims} claims in ${run.seconds.toFixed(1)} s ` +
        `(${Math.round(run.claims / Math.max(run.seconds, 0.001))} claims/s, ${run.iterations} truth-discovery iterations).`,
    );
    const top = await store.ranking(null, { skip: 0, limit: 5 });
    console.log(
      `Most credible of ${top.total} sources with evidence: ${top.items.map((s) => s.id).join(', ')}`,
    );
  } finally {
    await db.close();
  }
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
}
