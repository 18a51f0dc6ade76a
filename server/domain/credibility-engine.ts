// The full recompute in memory: claims arrive once, in pages, and are kept as compact typed
// arrays (per claim its resolution and flags, and the sources answering for it with their role,
// in one flat list), about 10 bytes per statement; truth discovery then iterates over them
// without touching the database. Sources are few (actors and outlets: anonymous sources answer
// through their outlet), so their evidence is kept as plain objects.
import {
  ASSERTER,
  COPY,
  DENIER,
  ECHO,
  METHOD,
  countPrediction,
  countReports,
  emptyEvidence,
  independentOrigins,
  prior,
  resolve,
  roles,
  settledKeys,
  type ClaimFacts,
  type Evidence,
  type Resolution,
  type Role,
} from './credibility.ts';

/** A growable column of 32-bit integers (4 bytes a value, where a JS array of numbers takes 8 or more). */
export class Int32List {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** A growable map from small non-negative integers (Neo4j's internal node ids) to integers, 0 for none. */
export class IntIndex {
  private data = new Int32Array(1 << 16);
  set(key: number, value: number) {
    if (key >= this.data.length) {
      const grown = new Int32Array(Math.max(key + 1, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[key] = value;
  }
  get(key: number): number {
    return key < this.data.length ? this.data[key]! : 0;
  }
}

/** A claim whose settled predictions changed since they were stored (for the incremental path). */
export interface SettledChange {
  id: string;
  resolution: Resolution;
  keys: string[];
}

export interface SourceResult {
  id: string;
  trust: number;
  prior: number;
  evidence: Evidence;
}

const FLAG_DENIED = 1;
const FLAG_CORROBORATED = 2;

export class Corpus {
  private readonly index = new Map<string, number>();
  readonly sources: string[] = [];
  private readonly evidence: Evidence[] = [];
  private claims = 0;
  private resolution: Int8Array;
  private flags: Uint8Array;
  private readonly start: Int32List;
  /** Per entry: source index × 4 + role. */
  private readonly entries: Int32List;
  readonly changes: SettledChange[] = [];

  constructor(expectedClaims = 1024) {
    this.resolution = new Int8Array(Math.max(16, expectedClaims));
    this.flags = new Uint8Array(this.resolution.length);
    this.start = new Int32List(expectedClaims + 1);
    this.entries = new Int32List(expectedClaims * 4);
    this.start.push(0);
  }

  /** Every actor and outlet gets a score, with or without evidence. */
  addSource(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.sources.length;
      this.index.set(id, i);
      this.sources.push(id);
      this.evidence.push(emptyEvidence());
    }
    return i;
  }

  /**
   * Adds one claim; `stored` is what the last run (or incremental update) stored on it, so that
   * only claims whose settled predictions changed are written back.
   */
  add(
    facts: ClaimFacts,
    stored: { resolution: number; keys: readonly string[] },
    copies: ReadonlySet<string> = new Set(),
  ): void {
    const r = roles(facts.statements);
    const resolution = resolve(facts.rating, facts.statements);
    if (this.claims === this.resolution.length) {
      const res = new Int8Array(this.claims * 2);
      res.set(this.resolution);
      this.resolution = res;
      const fl = new Uint8Array(this.claims * 2);
      fl.set(this.flags);
      this.flags = fl;
    }
    const c = this.claims++;
    this.resolution[c] = resolution;
    this.flags[c] =
      (r.deniers.length > 0 ? FLAG_DENIED : 0) |
      (independentOrigins(facts) >= 2 ? FLAG_CORROBORATED : 0);
    const entry = (id: string, role: Role) => this.entries.push(this.addSource(id) * 4 + role);
    for (const a of r.asserters) entry(a, copies.has(a) ? COPY : ASSERTER);
    for (const e of r.echoes) entry(e, ECHO);
    for (const d of r.deniers) entry(d, DENIER);
    this.start.push(this.entries.length);
    for (const s of new Set(facts.statements.map((x) => x.source)))
      if (this.index.has(s)) countReports(this.evidence[this.index.get(s)!]!, s, facts.statements);
    const keys = settledKeys(r, resolution);
    if (stored.resolution !== resolution || String(stored.keys) !== String(keys))
      this.changes.push({ id: facts.id, resolution, keys });
  }

  get size() {
    return { claims: this.claims, entries: this.entries.length, sources: this.sources.length };
  }

  /** Truth discovery (docs/credibility.md, step 3), then every source's evidence and prior (steps 4 and 5). */
  compute(iterations = METHOD.iterations): SourceResult[] {
    const n = this.sources.length;
    const trust = new Float64Array(n).fill(METHOD.neutral);
    const weight = new Float64Array(n);
    const conf = new Float64Array(this.claims);
    const start = this.start.data;
    const entries = this.entries.data;
    const confidences = () => {
      for (let s = 0; s < n; s++) weight[s] = -Math.log(1 - Math.min(trust[s]!, METHOD.maxTrust));
      for (let c = 0; c < this.claims; c++) {
        const res = this.resolution[c]!;
        if (res !== 0) {
          conf[c] = res === 1 ? 1 : 0;
          continue;
        }
        let sigma = 0;
        for (let k = start[c]!; k < start[c + 1]!; k++) {
          const e = entries[k]!;
          const w = weight[e >> 2]!;
          const role = e & 3;
          sigma +=
            role === ASSERTER ? w : role === ECHO || role === COPY ? METHOD.echoWeight * w : -w;
        }
        conf[c] = 1 / (1 + Math.exp(-METHOD.gamma * sigma));
      }
    };
    const total = new Float64Array(n);
    const count = new Float64Array(n);
    for (let i = 0; i < iterations; i++) {
      confidences();
      total.fill(0);
      count.fill(0);
      for (let c = 0; c < this.claims; c++) {
        for (let k = start[c]!; k < start[c + 1]!; k++) {
          const e = entries[k]!;
          const role = e & 3;
          if (role === ECHO) continue;
          total[e >> 2]! += role === DENIER ? 1 - conf[c]! : conf[c]!;
          count[e >> 2]!++;
        }
      }
      for (let s = 0; s < n; s++) trust[s] = prior(total[s]!, count[s]!);
    }
    confidences();
    const open = new Float64Array(n);
    const openRight = new Float64Array(n);
    for (let c = 0; c < this.claims; c++) {
      const outcome = {
        resolution: this.resolution[c] as Resolution,
        denied: (this.flags[c]! & FLAG_DENIED) !== 0,
        corroborated: (this.flags[c]! & FLAG_CORROBORATED) !== 0,
        confidence: conf[c]!,
      };
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const e = entries[k]!;
        const [o, right] = countPrediction(this.evidence[e >> 2]!, (e & 3) as Role, outcome);
        open[e >> 2]! += o;
        openRight[e >> 2]! += right;
      }
    }
    return this.sources.map((id, s) => ({
      id,
      trust: trust[s]!,
      prior: prior(openRight[s]!, open[s]!),
      evidence: this.evidence[s]!,
    }));
  }
}
