// The synthetic benchmark corpus: deterministic, valid document by document, self-contained,
// with the provenance shapes analysts ask about (anonymous-only claims, cascades, independent
// origins, denials, multi-hop chains) in roughly the intended proportions, and streamed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocument, type ImportDocument } from '../../server/import/format.ts';
import { generateDocuments, poolSizes, writeNdjson } from '../../seed/synthetic.ts';

function take(n: number, options: { claims: number; seed: number }): string[] {
  const lines: string[] = [];
  for (const doc of generateDocuments(options)) {
    if (lines.length >= n) break;
    lines.push(JSON.stringify(doc));
  }
  return lines;
}

interface ClaimShape {
  /** Reporting outlet -> the ids its REPORTED statement cites. */
  reports: Map<string, string[]>;
  /** Sources with a SAID statement. */
  said: Set<string>;
  denied: boolean;
}

describe('synthetic corpus', () => {
  const CLAIMS = 2000;
  const docs: ImportDocument[] = [];
  const anonymousIds = new Set<string>();
  const claims = new Map<string, ClaimShape>();

  beforeAll(() => {
    for (const doc of generateDocuments({ claims: CLAIMS, seed: 7 })) {
      docs.push(doc);
      for (const source of doc.anonymousSources ?? []) anonymousIds.add(source.id);
      for (const s of doc.statements ?? []) {
        let shape = claims.get(s.claim);
        if (!shape)
          claims.set(s.claim, (shape = { reports: new Map(), said: new Set(), denied: false }));
        if (s.type === 'REPORTED') shape.reports.set(s.source, s.citing ?? []);
        else if (s.type === 'SAID') shape.said.add(s.source);
        else shape.denied = true;
      }
    }
  });

  /** Where a claim's chains end: SAID sources, and outlets reporting without citing anyone. */
  const origins = (shape: ClaimShape): string[] => {
    const ends = new Set<string>();
    const walk = (id: string, seen: Set<string>): void => {
      const citing = shape.reports.get(id);
      if (citing === undefined || citing.length === 0) ends.add(id);
      else for (const c of citing) if (!seen.has(c)) walk(c, new Set([...seen, c]));
    };
    for (const outlet of shape.reports.keys()) walk(outlet, new Set([outlet]));
    return [...ends];
  };

  /** Longest citation chain (hops) from any reporting outlet down to an origin. */
  const depth = (shape: ClaimShape): number => {
    const memo = new Map<string, number>();
    const hops = (id: string): number => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const citing = shape.reports.get(id) ?? [];
      const d = citing.length === 0 ? 0 : 1 + Math.max(...citing.map(hops));
      memo.set(id, d);
      return d;
    };
    return Math.max(...[...shape.reports.keys()].map(hops));
  };

  const share = (predicate: (shape: ClaimShape) => boolean) =>
    [...claims.values()].filter(predicate).length / claims.size;

  it('is deterministic: the same seed gives the same documents, another seed others', () => {
    const a = take(300, { claims: 1000, seed: 42 });
    expect(a).toHaveLength(300);
    expect(take(300, { claims: 1000, seed: 42 })).toEqual(a);
    expect(take(300, { claims: 1000, seed: 43 })).not.toEqual(a);
  });

  it('has every claim, and every document validates with nothing left to the database', () => {
    expect(claims.size).toBe(CLAIMS);
    for (const [i, doc] of docs.entries()) {
      const result = validateDocument(doc);
      if (!result.ok) throw new Error(`document ${i}: ${JSON.stringify(result.problems)}`);
      expect(result.references).toEqual([]);
    }
    const statements = docs.reduce((n, doc) => n + (doc.statements?.length ?? 0), 0);
    expect(statements / CLAIMS).toBeGreaterThan(3);
    expect(statements / CLAIMS).toBeLessThan(7);
  });

  it('references only ids defined in the same or an earlier document, always identically', () => {
    const definitions = new Map<string, string>();
    for (const [i, doc] of docs.entries()) {
      const entities = [
        ...(doc.actors ?? []),
        ...(doc.outlets ?? []),
        ...(doc.anonymousSources ?? []),
        ...(doc.claims ?? []),
      ];
      for (const entity of entities) {
        const json = JSON.stringify(entity);
        const earlier = definitions.get(entity.id);
        if (earlier !== undefined && earlier !== json)
          throw new Error(`document ${i} redefines ${entity.id}: ${earlier} vs ${json}`);
        definitions.set(entity.id, json);
      }
      const referenced = [
        doc.article.outlet,
        ...(doc.anonymousSources ?? []).flatMap((a) => [a.citedBy, a.affiliation ?? a.citedBy]),
        ...(doc.statements ?? []).flatMap((s) => [s.source, s.claim, ...(s.citing ?? [])]),
      ];
      for (const id of referenced)
        if (!definitions.has(id)) throw new Error(`document ${i} references undefined ${id}`);
    }
  });

  it('dates every statement on or after its claim first appeared, re-reports after what they cite', () => {
    const first = new Map<string, string>();
    const reportedAt = new Map<string, string>();
    let previousClaimStart = '';
    for (const doc of docs) {
      for (const s of doc.statements ?? []) {
        const at = s.at ?? doc.article.publishedAt;
        const start = first.get(s.claim);
        if (start === undefined) {
          expect(at >= previousClaimStart).toBe(true);
          previousClaimStart = at;
          first.set(s.claim, at);
        } else expect(at >= start).toBe(true);
        if (s.type === 'REPORTED') {
          for (const cited of s.citing ?? []) {
            const citedAt = reportedAt.get(`${cited}|${s.claim}`);
            if (citedAt !== undefined) expect(at > citedAt).toBe(true);
          }
          reportedAt.set(`${s.source}|${s.claim}`, at);
        }
      }
    }
    expect(previousClaimStart.startsWith('2025')).toBe(true);
  });

  it('rests about one third of the claims only on anonymous sources', () => {
    const anonymousOnly = share((shape) => origins(shape).every((id) => anonymousIds.has(id)));
    expect(anonymousOnly).toBeGreaterThan(0.25);
    expect(anonymousOnly).toBeLessThan(0.42);
  });

  it('has re-reporting cascades and claims with several independent origins', () => {
    const cascades = share((shape) => shape.reports.size >= 5 && origins(shape).length === 1);
    expect(cascades).toBeGreaterThan(0.05);
    const corroborated = share((shape) => origins(shape).length >= 2);
    expect(corroborated).toBeGreaterThan(0.08);
    expect(corroborated).toBeLessThan(0.25);
  });

  it('has about 15% denied claims', () => {
    const denied = share((shape) => shape.denied);
    expect(denied).toBeGreaterThan(0.08);
    expect(denied).toBeLessThan(0.25);
  });

  it('has citation chains of at most 5 hops, mostly short, some of 3 or more', () => {
    const depths = [...claims.values()].map(depth);
    expect(Math.max(...depths)).toBeLessThanOrEqual(5);
    expect(depths.filter((d) => d >= 3).length).toBeGreaterThan(20);
    expect(depths.filter((d) => d <= 2).length / depths.length).toBeGreaterThan(0.6);
  });

  it('draws outlets with a long tail', () => {
    const perOutlet = new Map<string, number>();
    for (const doc of docs)
      perOutlet.set(doc.article.outlet, (perOutlet.get(doc.article.outlet) ?? 0) + 1);
    const counts = [...perOutlet.values()].sort((a, b) => b - a);
    expect(perOutlet.size).toBeLessThanOrEqual(poolSizes(CLAIMS).outlets);
    expect(counts[0] ?? 0).toBeGreaterThan(5 * (counts.at(-1) ?? 0));
  });

  it('streams: memory stays flat as the corpus grows', () => {
    // A full collection before each reading, when V8 lets this process have one.
    let gc: (() => void) | undefined;
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = undefined;
    }
    const heap = () => (gc?.(), process.memoryUsage().heapUsed);
    const claims = 100_000;
    let documents = 0;
    let statements = 0;
    let warm = 0;
    for (const doc of generateDocuments({ claims, seed: 3 })) {
      if (++documents === 20_000) warm = heap();
      statements += doc.statements?.length ?? 0;
    }
    const growth = heap() - warm;
    expect(documents).toBeGreaterThan(3 * claims);
    expect(statements).toBeGreaterThan(documents);
    // Flat: what the first 20,000 documents needed is all the remaining ~400,000 need.
    expect(growth).toBeLessThan((gc ? 16 : 200) * 2 ** 20);
  });

  it('writes NDJSON with backpressure and counts what it wrote', async () => {
    const chunks: string[] = [];
    let drains = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString());
        setImmediate(callback);
      },
    });
    out.on('drain', () => drains++);
    const result = await writeNdjson({ claims: 300, seed: 5 }, out);
    const lines = chunks.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(result.documents).toBe(lines.length);
    expect(lines).toEqual(take(Infinity, { claims: 300, seed: 5 }));
    const statements = lines.reduce(
      (n, line) => n + ((JSON.parse(line) as ImportDocument).statements?.length ?? 0),
      0,
    );
    expect(result.statements).toBe(statements);
    expect(drains).toBeGreaterThan(0);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateDocuments({ claims: -1, seed: 1 }).next()).toThrow(RangeError);
    expect(() => generateDocuments({ claims: 10, seed: 0.5 }).next()).toThrow(RangeError);
    expect([...generateDocuments({ claims: 0, seed: 1 })]).toEqual([]);
  });
});
