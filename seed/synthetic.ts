// A deterministic, streaming generator of synthetic import-format-v1 documents, for benchmarks
// at 10k, 100k and 1M claims (and tests that need a corpus with known shape).
//
// Determinism: everything comes from a seeded PRNG (sfc32, seeded per claim from the corpus seed
// and the claim's index via splitmix32), never Math.random; the same `{ claims, seed }` yields
// byte-identical JSON. Each claim has its own PRNG stream, so claim k's documents do not depend
// on how many numbers earlier claims drew.
//
// Streaming: documents are yielded one claim at a time. What the generator keeps is bounded by
// one claim (at most 42 documents) plus two popularity tables (Float64Array, one number per
// outlet and per actor). Outlets and actors are never stored: their ids, names, kinds, roles
// and countries are pure functions of their index (independent of the seed and of the corpus
// size), so every document can define again, identically, whatever it references.
//
// The model (every number below is a constant in DISTRIBUTION):
// - Pools: OUTLETS = clamp(claims / 200, 20, 5000) outlets, ACTORS = clamp(claims / 50, 50,
//   20000) actors. Actor i is a GOVERNMENT when i % 10 == 0, an ORGANIZATION when i % 10 is 3 or
//   7, otherwise a PERSON. Countries are fictional, with ISO 3166 user-assigned codes (XA, XB,
//   ...), so no real government is made to say anything.
// - Popularity: outlets are drawn Zipf-like by index (exponent outletZipf = 1.1: outlet-00001 is
//   the most prolific, a long tail publishes rarely), actors likewise (exponent actorZipf).
// - Shape of a claim: with pCascade (10%) a re-reporting cascade: ONE origin echoed by
//   cascadeMin..cascadeMax outlets (skewed low), every chain converging on the same first
//   reporter (circular reporting). Otherwise with pCorroborated (15%) 2 or 3 independent
//   origins, each with its own first reporter. Otherwise one origin.
// - Origins: with pAnonymousOnly (1/3) every origin of the claim is an anonymous source. Else
//   the first origin is a named actor who SAID it (pActorOrigin) or the first reporter's own
//   reporting (REPORTED citing nobody), and further origins are anonymous, actor or own
//   reporting (extraOriginWeights). An anonymous source is new per (outlet, claim): "a senior
//   official", "two officials familiar with the matter", ... with count 1–4, citedBy the first
//   reporter, and with pAnonymousAffiliation an affiliation to a GOVERNMENT actor.
// - Chains: the first reporter REPORTED citing the origin (an anonymous source or actor; nobody
//   for own reporting). Each re-reporter REPORTED citing one outlet already in that origin's
//   tree: the first reporter with pCiteFirstReporter, else any earlier re-reporter, so chains
//   are mostly 1–2 hops deep; no chain is deeper than maxDepth (5) hops. Outside cascades an
//   origin has 0–4 re-reporters (reReporterWeights). No outlet reports a claim twice.
// - Denials: with pDenied (15%) an actor (a GOVERNMENT with pDenierGovernment, else mostly a
//   PERSON) DENIED the claim, with a short quote, in an article of a random outlet.
// - Time: claim k first appears at 2024-01-01 + (k + u) / claims × 730 days, so claims are in
//   time order. A first reporter publishes 0–2 h after an anonymous source spoke (or at once,
//   for own reporting) or 5 min–6 h after an actor did; further origins speak 30 min–4 days
//   and a denial comes 1 h–7 days after the claim's first report; a re-report comes 5 min–3
//   days (in cascades 2 min–1 day) after what it cites. Delays are log-uniform (uniform when
//   they start at 0), in whole seconds.
// - Documents: one article per outlet statement: the first reporter's article holds the
//   origin's SAID statement and its own REPORTED statement; a re-reporter's article its
//   REPORTED citing another outlet; a denial article the actor's DENIED statement. Each
//   document is self-contained: it defines every outlet, actor, anonymous source and claim it
//   references (identically every time), so it validates with no external references. A
//   claim's documents are yielded in time order (a cited statement's document always comes
//   first); claim k's documents all come before claim k+1's. Article URLs are
//   https://<outlet domain>/<yyyy>/<mm>/<claim-id>-<n>, n counting the claim's documents.
import { once } from 'node:events';
import type {
  ActorInput,
  ActorKind,
  AnonymousSourceInput,
  ClaimInput,
  ImportDocument,
  OutletInput,
  StatementInput,
} from '../server/import/format.ts';

export interface SyntheticOptions {
  /** How many claims the corpus has (documents ≈ 4.4 × claims, statements ≈ 5.3 × claims). */
  claims: number;
  /** Any safe integer; the same seed gives byte-identical output. */
  seed: number;
  /**
   * Outlets that copy without citing (default 0: the corpus is exactly as without the option).
   * Copier i (the i-th least popular outlet) copies original i (the i-th most popular): it
   * re-reports pCopy of the claims the original first-reports, within a cascade's re-report
   * delay, citing nobody. copyingPairs names the pairs, for checking copy detection.
   */
  copiers?: number;
  /**
   * Copiers that also publish plenty of their own (default 0). Busy copier i is a popular outlet
   * (rank busyCopierRank + 2i); its original a mid-table one (rank outlets × busyOriginalShare
   * + 2i). The copier carries pBusyCopy of everything the original carries, first reports and
   * re-reports in cascades alike, within a cascade's re-report delay, citing nobody: a copied
   * cascade shows no citation. copyingPairs names these pairs too.
   */
  busyCopiers?: number;
  /**
   * Honest outlet pairs that share many claims without copying (default 0): pair j (ranks
   * outlets × honestShare + 2j and + 2j + 1) both cover one agency, the GOVERNMENT actor
   * 10 (j + 1): each carries pHonestCover of the claims the agency states, citing it (naming no
   * source with pUnattributed), whichever of the two is first. honestPairs names them, for
   * checking that copy detection leaves them alone.
   */
  honestPairs?: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The knobs of the corpus' shape (see the header comment). Times are in seconds. */
export const DISTRIBUTION = {
  start: Date.UTC(2024, 0, 1) / 1000,
  span: 730 * DAY,
  outletsPerClaim: 1 / 200,
  minOutlets: 20,
  maxOutlets: 5000,
  actorsPerClaim: 1 / 50,
  minActors: 50,
  maxActors: 20000,
  outletZipf: 1.1,
  actorZipf: 1.0,
  pCascade: 0.1,
  cascadeMin: 5,
  cascadeMax: 40,
  /** Cascade size = cascadeMin + (cascadeMax - cascadeMin + 1) × u^cascadeSkew. */
  cascadeSkew: 2,
  pCorroborated: 0.15,
  /** Among corroborated claims, the share with 2 origins (the rest have 3). */
  pTwoOrigins: 0.7,
  pAnonymousOnly: 1 / 3,
  pActorOrigin: 0.6,
  extraOriginWeights: { ANONYMOUS: 0.4, ACTOR: 0.35, OWN: 0.25 },
  pAnonymousAffiliation: 0.4,
  pActorQuote: 0.5,
  pAnonymousQuote: 0.15,
  /** P(0, 1, 2, 3, 4 re-reporters) for an origin outside cascades. */
  reReporterWeights: [0.3, 0.35, 0.2, 0.1, 0.05],
  pCiteFirstReporter: 0.55,
  pCascadeCiteFirstReporter: 0.5,
  maxDepth: 5,
  pDenied: 0.15,
  pDenierGovernment: 0.45,
  pDenierPerson: 0.45,
  extraOriginDelay: [30 * MINUTE, 4 * DAY],
  anonymousReportDelay: [0, 2 * HOUR],
  actorReportDelay: [5 * MINUTE, 6 * HOUR],
  reReportDelay: [5 * MINUTE, 3 * DAY],
  cascadeReReportDelay: [2 * MINUTE, DAY],
  /** With the copiers option: the share of an original's first reports its copier copies. */
  pCopy: 0.8,
  /** Busy copier i is the outlet of this popularity rank + 2i. */
  busyCopierRank: 2,
  /** Busy copier i's original is the outlet of rank outlets × this + 2i. */
  busyOriginalShare: 0.1,
  /** With the busyCopiers option: the share of its original's claims a busy copier carries. */
  pBusyCopy: 0.3,
  /** Honest pair j is the outlets of rank outlets × this + 2j and + 2j + 1. */
  honestShare: 0.2,
  /** With the honestPairs option: the share of their agency's claims each outlet of a pair carries. */
  pHonestCover: 0.8,
  /** The share of an honest pair's reports of its agency that name no source. */
  pUnattributed: 0.2,
  denialDelay: [HOUR, 7 * DAY],
} as const;

const D = DISTRIBUTION;

/** How many outlets and actors a corpus of `claims` claims draws from. */
export function poolSizes(claims: number): { outlets: number; actors: number } {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.floor(x)));
  return {
    outlets: clamp(claims * D.outletsPerClaim, D.minOutlets, D.maxOutlets),
    actors: clamp(claims * D.actorsPerClaim, D.minActors, D.maxActors),
  };
}

// --- Randomness ---

/** splitmix32's finalizer: a well-mixed 32-bit hash of a 32-bit integer. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** A hash of an entity index and a salt, for attributes that must not depend on the seed. */
function hash(index: number, salt: number): number {
  return mix32((Math.imul(index, 0x9e3779b1) + Math.imul(salt, 0x85ebca6b)) | 0);
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 32-bit state words. */
class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The stream for claim `index` of a corpus with `seed`. */
  static forClaim(seed: number, index: number): Random {
    const low = seed >>> 0;
    const high = Math.floor(seed / 2 ** 32) >>> 0;
    let s = mix32(low ^ 0x6a09e667) ^ mix32(high ^ 0xbb67ae85);
    const next = () => (s = mix32((s + 0x9e3779b9 + index) | 0));
    return new Random(next(), next(), next(), mix32(index ^ 0x3c6ef372));
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** An index drawn with the given (not necessarily normalised) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] as number;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** Whole seconds, log-uniform in [lo, hi] (uniform when lo is 0). */
  delay([lo, hi]: readonly [number, number]): number {
    if (lo <= 0) return Math.floor(this.next() * hi);
    return Math.floor(lo * Math.exp(this.next() * Math.log(hi / lo)));
  }
}

/** Zipf-like sampling of an index in [0, n): P(i) ∝ (i + 1)^-exponent. */
class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, exponent: number) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) this.cdf[i] = total += (i + 1) ** -exponent;
    for (let i = 0; i < n; i++) this.cdf[i] = (this.cdf[i] as number) / total;
  }

  sample(rng: Random): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

// --- Entities, each a pure function of its index ---

const COUNTRIES = [
  ['XA', 'Arendia'],
  ['XB', 'Borvania'],
  ['XC', 'Caldera'],
  ['XD', 'Dravonia'],
  ['XE', 'Estmark'],
  ['XF', 'Feyland'],
  ['XG', 'Galdoria'],
  ['XH', 'Hollin'],
  ['XI', 'Istria Nova'],
  ['XJ', 'Jorvik'],
  ['XK', 'Kelmora'],
  ['XL', 'Lunaris'],
  ['XM', 'Marvale'],
  ['XN', 'Norland'],
  ['XO', 'Ostrava Minor'],
  ['XP', 'Pelagia'],
  ['XQ', 'Quarren'],
  ['XR', 'Rovenia'],
  ['XS', 'Sarkand'],
  ['XT', 'Tessaly'],
] as const;

const OUTLET_PREFIXES = [
  'Daily',
  'Morning',
  'Evening',
  'National',
  'Global',
  'Metro',
  'Capital',
  'Coastal',
  'Northern',
  'Southern',
  'Independent',
  'Free',
  'United',
  'City',
  'Valley',
  'Harbor',
  'Frontier',
  'Union',
  'Pacific',
  'Continental',
];
const OUTLET_NOUNS = [
  'Courier',
  'Herald',
  'Tribune',
  'Post',
  'Observer',
  'Gazette',
  'Chronicle',
  'Times',
  'Journal',
  'Dispatch',
  'Sentinel',
  'Monitor',
  'Ledger',
  'Review',
  'Express',
  'Bulletin',
  'Standard',
  'Register',
  'Beacon',
  'Wire',
];
const OUTLET_PLACES = [
  'Harborview',
  'Westbrook',
  'Eastport',
  'Riverside',
  'Lakeside',
  'Highland',
  'Redcliff',
  'Stonebridge',
  'Ashford',
  'Greenfield',
  'Silverton',
  'Brightwater',
  'Oakridge',
  'Millbrook',
  'Fairhaven',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Names are words of letters and digits separated by single spaces. */
const slug = (name: string) => name.toLowerCase().replaceAll(' ', '-');

export const outletId = (i: number) => `outlet-${pad(i + 1, 5)}`;
export const actorId = (i: number) => `actor-${pad(i + 1, 5)}`;
export const claimId = (k: number) => `claim-${pad(k + 1, 7)}`;
const anonymousId = (outlet: number, claim: number) =>
  `anon-${pad(outlet + 1, 5)}-${pad(claim + 1, 7)}`;

function outletName(i: number): string {
  const combos = OUTLET_PREFIXES.length * OUTLET_NOUNS.length;
  const base = `${at(OUTLET_PREFIXES, i)} ${at(OUTLET_NOUNS, Math.floor(i / OUTLET_PREFIXES.length))}`;
  const block = Math.floor(i / combos);
  if (block === 0) return base;
  const place = at(OUTLET_PLACES, block - 1);
  const round = Math.floor((block - 1) / OUTLET_PLACES.length);
  return round === 0 ? `${place} ${base}` : `${place} ${base} ${round + 1}`;
}

function outlet(i: number): OutletInput {
  const name = outletName(i);
  return {
    id: outletId(i),
    name,
    domain: `${slug(name)}.example`,
    country: at(COUNTRIES, hash(i, 1))[0],
  };
}

/** An outlet's domain without building the whole outlet. */
const outletDomain = (i: number) => `${slug(outletName(i))}.example`;

const FIRST_NAMES = [
  'Maria',
  'James',
  'Amara',
  'Lukas',
  'Sofia',
  'Daniel',
  'Leila',
  'Tomas',
  'Nadia',
  'Omar',
  'Elena',
  'Viktor',
  'Priya',
  'Mateo',
  'Ingrid',
  'Kofi',
  'Yara',
  'Henrik',
  'Mei',
  'Rafael',
  'Aisha',
  'Jonas',
  'Camila',
  'Pavel',
  'Hana',
  'Samuel',
  'Lucia',
  'Arjun',
  'Freya',
  'Diego',
  'Zara',
  'Nikolai',
  'Ines',
  'Tariq',
  'Greta',
  'Emeka',
  'Clara',
  'Ivan',
  'Noor',
  'Felix',
];
const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Castellano',
  'Novak',
  'Haddad',
  'Brennan',
  'Takahashi',
  'Kowalski',
  'Mensah',
  'Duarte',
  'Petrov',
  'Varga',
  'Achterberg',
  'Solberg',
  'Rahman',
  'Esposito',
  'Adeyemi',
  'Whitfield',
  'Marchetti',
  'Szabo',
  'Nakamura',
  'Oyelaran',
  'Fischer',
  'Delgado',
  'Karimi',
  'Holm',
  'Abara',
  'Quinlan',
  'Reyes',
  'Strand',
  'Baptiste',
  'Ivanova',
  'Kaur',
  'Lefebvre',
  'Osei',
  'Vance',
  'Zielinski',
  'Amari',
  'Horvath',
];
const PERSON_ROLES = [
  'President',
  'Prime Minister',
  'Minister of Finance',
  'Minister of Defense',
  'Foreign Minister',
  'Interior Minister',
  'Health Minister',
  'Energy Minister',
  'Senator',
  'Member of Parliament',
  'Opposition leader',
  'Mayor of the capital',
  'Regional governor',
  'Central bank governor',
  'Government spokesperson',
  'Ambassador to the United Nations',
  'Army chief of staff',
  'Chief executive of the national oil company',
  'Trade union leader',
  'Supreme Court justice',
];
const GOVERNMENT_BODIES = [
  ['Government of', 'National government'],
  ['Ministry of Defense of', 'Defense ministry'],
  ['Ministry of Finance of', 'Finance ministry'],
  ['Foreign Ministry of', 'Foreign ministry'],
  ['Interior Ministry of', 'Interior ministry'],
  ['Ministry of Health of', 'Health ministry'],
  ['Energy Ministry of', 'Energy ministry'],
  ['Presidential Office of', 'Office of the head of state'],
  ['Central Bank of', 'Central bank'],
  ['Election Commission of', 'Electoral authority'],
] as const;
const ORGANIZATION_NAMES = [
  'Northwind',
  'Bluestone',
  'Redharbor',
  'Silverline',
  'Ironwood',
  'Greenway',
  'Brightpath',
  'Clearwater',
  'Goldcrest',
  'Blackrock Valley',
  'Summit',
  'Meridian',
];
const ORGANIZATION_KINDS = [
  ['Energy', 'Energy company'],
  ['Holdings', 'Investment group'],
  ['Workers Union', 'Trade union'],
  ['Civic Alliance', 'Advocacy group'],
  ['Policy Institute', 'Think tank'],
  ['Party', 'Political party'],
  ['Bank', 'Commercial bank'],
  ['Pharmaceuticals', 'Drug maker'],
  ['Defense Systems', 'Arms manufacturer'],
  ['Telecom', 'Telecommunications company'],
] as const;

const MIDDLE = 'ABCDEFGHIJKLMNOPRSTVW';

export function actorKind(i: number): ActorKind {
  const r = i % 10;
  return r === 0 ? 'GOVERNMENT' : r === 3 || r === 7 ? 'ORGANIZATION' : 'PERSON';
}

function actor(i: number): ActorInput {
  const id = actorId(i);
  const kind = actorKind(i);
  if (kind === 'GOVERNMENT') {
    const g = i / 10;
    const [code, country] = at(COUNTRIES, g);
    const body = Math.floor(g / COUNTRIES.length);
    const [prefix, role] = at(GOVERNMENT_BODIES, body);
    const round = Math.floor(body / GOVERNMENT_BODIES.length);
    const name = `${prefix} ${country}${round === 0 ? '' : ` (${round + 1})`}`;
    return body === 0
      ? {
          id,
          name,
          kind,
          role: `${role} of ${country}`,
          country: code,
          aliases: [`${country}n government`],
        }
      : { id, name, kind, role: `${role} of ${country}`, country: code };
  }
  const [code, country] = at(COUNTRIES, hash(i, 2));
  if (kind === 'ORGANIZATION') {
    const [suffix, role] = at(ORGANIZATION_KINDS, hash(i, 3));
    const base = at(ORGANIZATION_NAMES, hash(i, 4));
    return { id, name: `${base} ${suffix}`, kind, role: `${role} in ${country}`, country: code };
  }
  const first = at(FIRST_NAMES, hash(i, 5));
  const last = at(LAST_NAMES, hash(i, 6));
  const middle = MIDDLE.charAt(hash(i, 7) % MIDDLE.length);
  return {
    id,
    name: `${first} ${middle}. ${last}`,
    kind,
    role: `${at(PERSON_ROLES, hash(i, 8))} of ${country}`,
    country: code,
    aliases: [`${first} ${last}`, last],
  };
}

/** The GOVERNMENT actor nearest below index i. */
const governmentAt = (i: number) => i - (i % 10);

/** A PERSON actor at or after index i (within the pool of n actors). */
function personAt(i: number, n: number): number {
  let j = i;
  while (actorKind(j) !== 'PERSON') j = (j + 1) % n;
  return j;
}

// --- Claims ---

const TOPICS = {
  economy: [
    'will raise the value-added tax by {n} percent',
    'is preparing to devalue the national currency',
    'has hidden a budget deficit of {n} billion',
    'will cut public-sector wages by {n} percent',
    'is negotiating an emergency loan of {n} billion',
  ],
  elections: [
    'plans to postpone the general election',
    'received {n} million in undeclared campaign donations',
    'will change the electoral law to favour incumbents',
    'is preparing to ban the main opposition party',
    'has asked foreign advisers to run its campaign',
  ],
  energy: [
    'will shut down {n} coal plants',
    'signed a secret gas supply deal for {n} years',
    'plans to nationalise the power grid',
    'will ration electricity for {n} weeks',
    'is building a nuclear reactor near the border',
  ],
  military: [
    'is moving {n} thousand troops to the border',
    'plans joint military exercises with a neighbouring state',
    'has bought {n} combat drones abroad',
    'will reintroduce conscription',
    'is preparing special forces for a mission abroad',
  ],
  health: [
    'covered up a hospital outbreak affecting {n} patients',
    'will make the new vaccine mandatory',
    'plans to close {n} rural clinics',
    'is running out of essential medicines',
    'approved a drug without completing trials',
  ],
  migration: [
    'will deport {n} thousand asylum seekers',
    'plans to build a wall along the northern border',
    'is paying a neighbour to stop migrants',
    'will end the family reunification programme',
    'lost track of {n} thousand residence applications',
  ],
  climate: [
    'will abandon its emissions target',
    'suppressed a report on {n} percent glacier loss',
    'plans to open protected forest to logging',
    'will introduce a carbon tax of {n} per tonne',
    'is hiding flood damage worth {n} billion',
  ],
  trade: [
    'will impose tariffs of {n} percent on imports',
    'is close to a free-trade agreement with a rival bloc',
    'banned grain exports for {n} months',
    'secretly eased sanctions on a neighbour',
    'will subsidise car makers with {n} billion',
  ],
  technology: [
    'is building a national surveillance network',
    'will ban a foreign messaging app',
    'suffered a data breach exposing {n} million records',
    'plans to require identity checks for social media',
    'bought spyware to monitor journalists',
  ],
  crime: [
    'is protecting a smuggling network',
    'recorded {n} percent more violent crime than reported',
    'will release {n} thousand prisoners early',
    'let a wanted suspect leave the country',
    'is investigating its own police chief',
  ],
  diplomacy: [
    'will expel {n} foreign diplomats',
    'is holding secret talks with a hostile neighbour',
    'plans to leave a regional alliance',
    'will recognise a breakaway region',
    'offered {n} million in aid in exchange for a port',
  ],
} as const;
type Topic = keyof typeof TOPICS;
const TOPIC_NAMES = Object.keys(TOPICS) as Topic[];

const SUBJECTS = [
  'The government of {c}',
  "{c}'s ruling coalition",
  'The president of {c}',
  'The prime minister of {c}',
  'The cabinet of {c}',
  'The administration in {c}',
];
const WHEN = [
  '',
  ' next month',
  ' before the end of the year',
  ' within weeks',
  ' this summer',
  ' after the election',
  ' by March',
  ' in the coming days',
];

function makeClaim(rng: Random, k: number): ClaimInput {
  const topic = rng.pick(TOPIC_NAMES);
  const subject = rng.pick(SUBJECTS).replace('{c}', rng.pick(COUNTRIES)[1]);
  const predicate = rng.pick(TOPICS[topic]).replace('{n}', String(2 + rng.int(39)));
  const topics: string[] = [topic];
  if (rng.chance(0.3)) {
    const other = rng.pick(TOPIC_NAMES);
    if (other !== topic) topics.push(other);
  }
  return { id: claimId(k), text: `${subject} ${predicate}${rng.pick(WHEN)}.`, topics };
}

// --- Statements' words ---

const ANONYMOUS_DESCRIPTIONS = [
  ['a senior official', 1],
  ['a senior government official', 1],
  ['a person familiar with the matter', 1],
  ['an official who spoke on condition of anonymity', 1],
  ['a diplomat briefed on the talks', 1],
  ['two officials familiar with the matter', 2],
  ['two people briefed on the discussions', 2],
  ['two current and one former official', 3],
  ['three people with knowledge of the plans', 3],
  ['three senior officials', 3],
  ['four current and former officials', 4],
  ['two current and two former officials', 4],
] as const;

const ACTOR_QUOTES = [
  'We will do what is necessary.',
  'This is the right decision for our country.',
  'The plan is on the table and we are moving ahead.',
  'I can confirm that this is happening.',
  'Nobody should be surprised by this.',
  'We have been working on this for months.',
  'It is time to act.',
];
const ANONYMOUS_QUOTES = [
  'It is already decided.',
  'Nobody wants to say it publicly, but it is happening.',
  'The planning is well advanced.',
  'They have known for weeks.',
];
const DENIAL_QUOTES = [
  'That is completely false.',
  'There is no truth to this report.',
  "It's not going to happen.",
  'We categorically reject these claims.',
  'This story is fabricated.',
  'No such plan exists.',
  'The report is inaccurate and misleading.',
  'Fake news.',
];

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** RFC 3339 UTC date-time of Unix seconds (Howard Hinnant's civil-from-days; no Date objects). */
function iso(seconds: number): string {
  const days = Math.floor(seconds / DAY);
  let rest = seconds - days * DAY;
  const hour = Math.floor(rest / HOUR);
  rest -= hour * HOUR;
  const minute = Math.floor(rest / MINUTE);
  const second = rest - minute * MINUTE;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`;
}

// --- One claim's documents ---

type OriginKind = 'ANONYMOUS' | 'ACTOR' | 'OWN';
const EXTRA_ORIGIN_KINDS: OriginKind[] = ['ANONYMOUS', 'ACTOR', 'OWN'];
const EXTRA_ORIGIN_WEIGHTS = EXTRA_ORIGIN_KINDS.map((k) => D.extraOriginWeights[k]);

/** What one document of a claim says, before it is written out. */
type Event =
  | {
      kind: 'origin';
      at: number;
      outlet: number;
      origin: OriginKind;
      saidAt: number;
      actor: number;
      anonymous: number;
      affiliation: number;
      quote: string | undefined;
    }
  | { kind: 'report'; at: number; outlet: number; cites: number }
  | { kind: 'copy'; at: number; outlet: number }
  /** An honest outlet's own report of its agency's statement: citing it, or (-1) nobody. */
  | { kind: 'cover'; at: number; outlet: number; actor: number }
  | { kind: 'denial'; at: number; outlet: number; actor: number; quote: string };

interface Node {
  outlet: number;
  at: number;
  depth: number;
}

class Corpus {
  readonly outlets: number;
  readonly actors: number;
  private readonly outletPopularity: Zipf;
  private readonly actorPopularity: Zipf;

  private readonly copiers: number;
  /** Busy original's outlet index → its copier's. */
  private readonly busyCopierOf: Map<number, number>;
  /** An agency's actor index → the two outlets covering it. */
  private readonly honestCover: Map<number, [number, number]>;

  constructor(
    readonly claims: number,
    options: Omit<SyntheticOptions, 'claims' | 'seed'> = {},
  ) {
    ({ outlets: this.outlets, actors: this.actors } = poolSizes(claims));
    this.copiers = Math.min(options.copiers ?? 0, Math.floor(this.outlets / 2));
    const roles = copyingRoles(claims, options);
    this.busyCopierOf = new Map(roles.busy.map(([c, o]) => [o, c]));
    this.honestCover = new Map(roles.honest.map(([a, b], j) => [agencyOf(j), [a, b]]));
    this.outletPopularity = new Zipf(this.outlets, D.outletZipf);
    this.actorPopularity = new Zipf(this.actors, D.actorZipf);
  }

  /** A popular outlet not yet in `used` (then added), or undefined when every outlet is. */
  private outlet(rng: Random, used: Set<number>): number | undefined {
    if (used.size >= this.outlets) return undefined;
    for (let tries = 0; tries < 8; tries++) {
      const i = this.outletPopularity.sample(rng);
      if (!used.has(i)) return (used.add(i), i);
    }
    let i = rng.int(this.outlets);
    while (used.has(i)) i = (i + 1) % this.outlets;
    return (used.add(i), i);
  }

  /** A popular actor not yet in `used` (then added). */
  private actor(rng: Random, used: Set<number>): number {
    let i = this.actorPopularity.sample(rng);
    while (used.has(i)) i = (i + 1) % this.actors;
    used.add(i);
    return i;
  }

  events(k: number, rng: Random): Event[] {
    const t0 = D.start + Math.floor(((k + rng.next()) * D.span) / this.claims);
    const shape = rng.next();
    const cascade = shape < D.pCascade;
    const corroborated = !cascade && shape < D.pCascade + D.pCorroborated;
    const origins = corroborated ? (rng.chance(D.pTwoOrigins) ? 2 : 3) : 1;
    const anonymousOnly = rng.chance(D.pAnonymousOnly);
    const usedOutlets = new Set<number>();
    const usedActors = new Set<number>();
    const events: Event[] = [];
    // When the first reporter published: later origins and the denial come after it, so that
    // a claim's first document holds its earliest statement.
    let firstReport = t0;

    for (let j = 0; j < origins; j++) {
      const origin: OriginKind = anonymousOnly
        ? 'ANONYMOUS'
        : j === 0
          ? rng.chance(D.pActorOrigin)
            ? 'ACTOR'
            : 'OWN'
          : (EXTRA_ORIGIN_KINDS[rng.weighted(EXTRA_ORIGIN_WEIGHTS)] as OriginKind);
      const first = this.outlet(rng, usedOutlets);
      if (first === undefined) break;
      const saidAt = j === 0 ? t0 : firstReport + rng.delay(D.extraOriginDelay);
      let reportAt = saidAt;
      let actor = -1;
      let affiliation = -1;
      let quote: string | undefined;
      if (origin === 'ACTOR') {
        actor = this.actor(rng, usedActors);
        reportAt += rng.delay(D.actorReportDelay);
        if (rng.chance(D.pActorQuote)) quote = rng.pick(ACTOR_QUOTES);
      } else if (origin === 'ANONYMOUS') {
        reportAt += rng.delay(D.anonymousReportDelay);
        if (rng.chance(D.pAnonymousAffiliation))
          affiliation = governmentAt(this.actorPopularity.sample(rng));
        if (rng.chance(D.pAnonymousQuote)) quote = rng.pick(ANONYMOUS_QUOTES);
      }
      if (j === 0) firstReport = reportAt;
      events.push({
        kind: 'origin',
        at: reportAt,
        outlet: first,
        origin,
        saidAt,
        actor,
        anonymous: rng.int(ANONYMOUS_DESCRIPTIONS.length),
        affiliation,
        quote,
      });

      // The outlets that re-report this origin, each citing one already in its tree.
      const tree: Node[] = [{ outlet: first, at: reportAt, depth: origin === 'OWN' ? 0 : 1 }];
      const echoes = cascade
        ? D.cascadeMin + Math.floor((D.cascadeMax - D.cascadeMin + 1) * rng.next() ** D.cascadeSkew)
        : rng.weighted(D.reReporterWeights);
      const pFirst = cascade ? D.pCascadeCiteFirstReporter : D.pCiteFirstReporter;
      for (let r = 0; r < echoes; r++) {
        let parent = tree[0] as Node;
        if (tree.length > 1 && !rng.chance(pFirst)) {
          const candidate = tree[1 + rng.int(tree.length - 1)] as Node;
          if (candidate.depth < D.maxDepth) parent = candidate;
        }
        const outlet = this.outlet(rng, usedOutlets);
        if (outlet === undefined) break;
        const when = parent.at + 1 + rng.delay(cascade ? D.cascadeReReportDelay : D.reReportDelay);
        tree.push({ outlet, at: when, depth: parent.depth + 1 });
        events.push({ kind: 'report', at: when, outlet, cites: parent.outlet });
      }
      const copier = this.outlets - 1 - first;
      if (first < this.copiers && !usedOutlets.has(copier) && rng.chance(D.pCopy)) {
        usedOutlets.add(copier);
        events.push({
          kind: 'copy',
          at: reportAt + 1 + rng.delay(D.cascadeReReportDelay),
          outlet: copier,
        });
      }
    }

    // Honest pairs cover their agency's statements on their own account, each when it likes.
    if (this.honestCover.size > 0)
      for (const e of [...events]) {
        if (e.kind !== 'origin' || e.origin !== 'ACTOR') continue;
        for (const outlet of this.honestCover.get(e.actor) ?? []) {
          if (usedOutlets.has(outlet) || !rng.chance(D.pHonestCover)) continue;
          usedOutlets.add(outlet);
          events.push({
            kind: 'cover',
            // After the first report, so that the article with the agency's SAID comes first.
            at: Math.max(e.at + 1, e.saidAt + rng.delay(D.actorReportDelay)),
            outlet,
            actor: rng.chance(D.pUnattributed) ? -1 : e.actor,
          });
        }
      }
    // Busy copiers carry what their originals carry, first reports and re-reports alike.
    if (this.busyCopierOf.size > 0)
      for (const e of [...events]) {
        const copier = this.busyCopierOf.get(e.outlet);
        if (copier === undefined || e.kind === 'denial' || usedOutlets.has(copier)) continue;
        if (!rng.chance(D.pBusyCopy)) continue;
        usedOutlets.add(copier);
        events.push({
          kind: 'copy',
          at: e.at + 1 + rng.delay(D.cascadeReReportDelay),
          outlet: copier,
        });
      }

    if (rng.chance(D.pDenied)) {
      const u = rng.next();
      const drawn = this.actorPopularity.sample(rng);
      let denier =
        u < D.pDenierGovernment
          ? governmentAt(drawn)
          : u < D.pDenierGovernment + D.pDenierPerson
            ? personAt(drawn, this.actors)
            : drawn;
      // Whoever asserted the claim does not also deny it; the next actor of the same kind does.
      while (usedActors.has(denier)) denier = (denier + 10) % this.actors;
      events.push({
        kind: 'denial',
        at: firstReport + rng.delay(D.denialDelay),
        outlet: this.outletPopularity.sample(rng),
        actor: denier,
        quote: rng.pick(DENIAL_QUOTES),
      });
    }
    // A re-report is at least a second after what it cites, so its document comes later.
    return events.sort((a, b) => a.at - b.at);
  }

  document(k: number, claim: ClaimInput, event: Event, n: number): ImportDocument {
    const publishedAt = iso(event.at);
    const yyyy = publishedAt.slice(0, 4);
    const mm = publishedAt.slice(5, 7);
    const url = `https://${outletDomain(event.outlet)}/${yyyy}/${mm}/${claim.id}-${n}`;
    const text = claim.text.slice(0, -1);
    const source = outletId(event.outlet);
    const outlets = [outlet(event.outlet)];
    let title: string;
    let actors: ActorInput[] | undefined;
    let anonymousSources: AnonymousSourceInput[] | undefined;
    const statements: StatementInput[] = [];

    if (event.kind === 'copy') {
      title = `Report: ${text}`;
      statements.push({ type: 'REPORTED', source, claim: claim.id, at: publishedAt });
    } else if (event.kind === 'cover') {
      title = `Report: ${text}`;
      const statement: StatementInput = {
        type: 'REPORTED',
        source,
        claim: claim.id,
        at: publishedAt,
      };
      if (event.actor >= 0) {
        actors = [actor(event.actor)];
        statement.citing = [actorId(event.actor)];
      }
      statements.push(statement);
    } else if (event.kind === 'report') {
      title = `Report: ${text}`;
      outlets.push(outlet(event.cites));
      statements.push({
        type: 'REPORTED',
        source,
        claim: claim.id,
        at: publishedAt,
        citing: [outletId(event.cites)],
      });
    } else if (event.kind === 'denial') {
      const denier = actor(event.actor);
      title = `${denier.name} denies report: ${text}`;
      actors = [denier];
      statements.push({
        type: 'DENIED',
        source: denier.id,
        claim: claim.id,
        at: publishedAt,
        quote: event.quote,
      });
    } else if (event.origin === 'OWN') {
      title = `Exclusive: ${text}`;
      statements.push({ type: 'REPORTED', source, claim: claim.id, at: publishedAt });
    } else {
      let said: string;
      if (event.origin === 'ACTOR') {
        const speaker = actor(event.actor);
        title = `${speaker.name}: ${text}`;
        actors = [speaker];
        said = speaker.id;
      } else {
        const [description, count] = at(ANONYMOUS_DESCRIPTIONS, event.anonymous);
        said = anonymousId(event.outlet, k);
        title = `${text}, sources say`;
        if (event.affiliation >= 0) {
          const government = actor(event.affiliation);
          actors = [government];
          anonymousSources = [
            { id: said, description, count, affiliation: government.id, citedBy: source },
          ];
        } else anonymousSources = [{ id: said, description, count, citedBy: source }];
      }
      const statement: StatementInput = {
        type: 'SAID',
        source: said,
        claim: claim.id,
        at: iso(event.saidAt),
      };
      if (event.quote !== undefined) statement.quote = event.quote;
      statements.push(statement, {
        type: 'REPORTED',
        source,
        claim: claim.id,
        at: publishedAt,
        citing: [said],
      });
    }

    // Keys in the format's order, so that the output reads like a hand-written document.
    const doc: ImportDocument = {
      formatVersion: 1,
      article: { url, title, outlet: source, publishedAt },
    };
    if (actors) doc.actors = actors;
    doc.outlets = outlets;
    if (anonymousSources) doc.anonymousSources = anonymousSources;
    doc.claims = [{ id: claim.id, text: claim.text, topics: [...(claim.topics ?? [])] }];
    doc.statements = statements;
    return doc;
  }
}

/** The actor index of honest pair j's agency (a GOVERNMENT: index divisible by 10). */
const agencyOf = (j: number) => 10 * (j + 1);

/**
 * Outlet indexes of the busy copiers' pairs [copier, original] and of the honest pairs, as many
 * as fit without two roles on one outlet (fewer than asked in a small corpus).
 */
function copyingRoles(
  claims: number,
  options: Pick<SyntheticOptions, 'busyCopiers' | 'honestPairs'>,
): { busy: [number, number][]; honest: [number, number][] } {
  const { outlets, actors } = poolSizes(claims);
  const originals = Math.floor(outlets * D.busyOriginalShare);
  const honest = Math.floor(outlets * D.honestShare);
  const busy = Math.max(
    0,
    Math.min(
      options.busyCopiers ?? 0,
      Math.floor((originals - D.busyCopierRank) / 2),
      Math.floor((honest - originals) / 2),
    ),
  );
  const pairs = Math.max(
    0,
    Math.min(
      options.honestPairs ?? 0,
      Math.floor((Math.floor(outlets / 2) - honest) / 2),
      Math.floor((actors - 1) / 10),
    ),
  );
  return {
    busy: Array.from({ length: busy }, (_, i) => [D.busyCopierRank + 2 * i, originals + 2 * i]),
    honest: Array.from({ length: pairs }, (_, j) => [honest + 2 * j, honest + 2 * j + 1]),
  };
}

/**
 * The outlet pairs the copiers and busyCopiers options make copy: [copier id, original id].
 * Nothing else in the corpus copies.
 */
export function copyingPairs(options: SyntheticOptions): [string, string][] {
  const { outlets } = poolSizes(options.claims);
  const n = Math.min(options.copiers ?? 0, Math.floor(outlets / 2));
  const easy = Array.from({ length: n }, (_, i): [string, string] => [
    outletId(outlets - 1 - i),
    outletId(i),
  ]);
  const busy = copyingRoles(options.claims, options).busy.map(([c, o]): [string, string] => [
    outletId(c),
    outletId(o),
  ]);
  return [...easy, ...busy];
}

/** The honest pairs of the honestPairs option: outlets sharing many claims without copying. */
export function honestPairs(options: SyntheticOptions): [string, string][] {
  return copyingRoles(options.claims, options).honest.map(([a, b]) => [outletId(a), outletId(b)]);
}

function checkOptions(options: SyntheticOptions): void {
  for (const name of ['copiers', 'busyCopiers', 'honestPairs'] as const) {
    const n = options[name] ?? 0;
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
  }
  if (!Number.isSafeInteger(options.claims) || options.claims < 0)
    throw new RangeError(`claims must be a non-negative integer, got ${options.claims}`);
  if (!Number.isSafeInteger(options.seed))
    throw new RangeError(`seed must be a safe integer, got ${options.seed}`);
}

/**
 * The corpus, one import document (one article) at a time: claim after claim in time order,
 * each claim's articles in time order. Lazy: nothing is generated before it is asked for.
 */
export function* generateDocuments(options: SyntheticOptions): Generator<ImportDocument> {
  checkOptions(options);
  const corpus = new Corpus(options.claims, options);
  for (let k = 0; k < options.claims; k++) {
    const rng = Random.forClaim(options.seed, k);
    const claim = makeClaim(rng, k);
    const events = corpus.events(k, rng);
    for (let n = 0; n < events.length; n++)
      yield corpus.document(k, claim, events[n] as Event, n + 1);
  }
}

/**
 * Writes the corpus as NDJSON (one document per line) to `out`, waiting for 'drain' whenever
 * the stream asks; does not end `out`. Resolves with how many documents and statements it wrote.
 */
export async function writeNdjson(
  options: SyntheticOptions,
  out: NodeJS.WritableStream,
): Promise<{ documents: number; statements: number }> {
  let documents = 0;
  let statements = 0;
  let buffer = '';
  const flush = async () => {
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
  };
  for (const doc of generateDocuments(options)) {
    documents++;
    statements += doc.statements?.length ?? 0;
    buffer += `${JSON.stringify(doc)}\n`;
    if (buffer.length >= 1 << 16) await flush();
  }
  if (buffer.length > 0) await flush();
  return { documents, statements };
}
