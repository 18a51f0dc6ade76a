import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://localhost:7703', neo4j.auth.basic('neo4j', 'credibility-graph'));
const r = await d.executeQuery(process.argv[2] ?? 'MATCH (c:Claim) WHERE c.listedAt IS NOT NULL RETURN count(c) AS n', {}, { database: 'neo4j' });
console.log(JSON.stringify(r.records.map((x) => x.toObject())));
await d.close();
