// The analyst workloads of the API benchmark, each as the same question put to the three
// targets: our GraphQL service, the floor (bench/api-floor.ts) and the peer (bench/api-peer.ts).
// Every target is asked for the same data; where the peer's schema cannot say a thing our API
// says (provenance's computed independence), its closest query is used and the report says so.

export const TARGETS = ['ours', 'floor', 'peer'] as const;
export type TargetName = (typeof TARGETS)[number];

export const WORKLOADS = [
  'claim',
  'provenance',
  'sourceStatements',
  'search',
  'nested',
  'newest',
  'deniedBy',
  'anonymousOnly',
  'anonymousByOutlet',
  'reportedBy',
  'sourcingProfile',
  'contradictions',
  'timeline',
] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

/** The corpus entities requests cycle through, picked deterministically from the loaded graph. */
export interface Picks {
  claims: string[];
  /** Outlets with the most reports: they have pages to paginate. */
  outlets: string[];
  terms: string[];
  /** Actors that denied something. */
  deniers: string[];
}

export interface HttpRequest {
  path: string;
  body: string;
}

export interface Workload {
  name: WorkloadName;
  title: string;
  /** Page size in the latency cells. */
  n: number;
  /** What the peer is asked instead, when it is not the same question. */
  peerNote?: string;
  /** The targets that can ask it (default: all three). */
  targets?: readonly TargetName[];
  /** The analyst question of the README it stands for. */
  question?: string;
  request(target: TargetName, picks: Picks, i: number, n: number): HttpRequest;
  /**
   * How many items the response holds (statements, chains, hits), or a problem. Every target's
   * answer is checked, so a GraphQL error inside a 200 response is never counted as a success.
   */
  check(target: TargetName, response: unknown): { items: number } | { problem: string };
}

/** Terms from the synthetic corpus' claim templates (seed/synthetic.ts), plain words only. */
export const SEARCH_TERMS = [
  'conscription',
  'asylum seekers',
  'coal plants',
  'vaccine',
  'tariffs',
  'surveillance',
  'diplomats',
  'glacier',
  'smuggling',
  'nuclear reactor',
  'drones',
  'carbon tax',
  'spyware',
  'election',
  'sanctions',
  'clinics',
  'prisoners',
  'troops',
  'grain exports',
  'power grid',
];

const graphql = (query: string, variables: Record<string, unknown>): HttpRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const floorRequest = (name: WorkloadName, params: Record<string, unknown>): HttpRequest => ({
  path: `/${name}`,
  body: JSON.stringify(params),
});

const pick = <T>(list: readonly T[], i: number): T => {
  if (list.length === 0) throw new Error('nothing to pick from: the corpus is empty');
  return list[i % list.length] as T;
};

/** graphql-relay's offset cursors, which the peer's connections use. */
const relayCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`).toString('base64');
/** Our offset cursors (server/domain/pagination.ts). */
const ourCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

type Json = Record<string, unknown> | null | undefined;
const at = (value: unknown, ...path: (string | number)[]): unknown => {
  let v = value;
  for (const key of path) v = (v as Record<string | number, unknown> | null | undefined)?.[key];
  return v;
};
const list = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);

/** A GraphQL response: no errors, and the root field present. */
function graphqlRoot(response: unknown, field: string): { root: unknown } | { problem: string } {
  const errors = at(response, 'errors');
  if (errors) return { problem: `GraphQL errors: ${JSON.stringify(errors).slice(0, 300)}` };
  const root = at(response, 'data', field);
  if (root == null)
    return { problem: `no data.${field} in ${JSON.stringify(response).slice(0, 200)}` };
  return { root };
}

function items(found: unknown[] | null, what: string): { items: number } | { problem: string } {
  return found ? { items: found.length } : { problem: `no ${what} list in the response` };
}

// --- 1. A claim with its statements and sources ---

const CLAIM_OURS = /* GraphQL */ `
  query Claim($id: ID!, $n: Int!) {
    claim(id: $id) {
      id
      text
      topics
      firstSeenAt
      statements(first: $n) {
        totalCount
        edges {
          node {
            type
            at
            quote
            source {
              id
              name
            }
          }
        }
      }
    }
  }
`;

const STATEMENT_EDGES = `totalCount edges { properties { at quote } node { id name } }`;
const CLAIM_PEER = /* GraphQL */ `
  query Claim($id: ID!, $n: Int!) {
    claims(where: { id: { eq: $id } }) {
      id
      text
      topics
      firstSeenAt
      saidByConnection(first: $n, sort: [{ edge: { at: ASC } }]) { ${STATEMENT_EDGES} }
      reportedByConnection(first: $n, sort: [{ edge: { at: ASC } }]) { ${STATEMENT_EDGES} }
      deniedByConnection(first: $n, sort: [{ edge: { at: ASC } }]) { ${STATEMENT_EDGES} }
    }
  }`;

const claim: Workload = {
  name: 'claim',
  title: 'a claim with its statements and sources',
  n: 10,
  peerNote: 'one connection per relationship type (SAID, REPORTED, DENIED), each up to n',
  request(target, picks, i, n) {
    const id = pick(picks.claims, i);
    if (target === 'ours') return graphql(CLAIM_OURS, { id, n });
    if (target === 'peer') return graphql(CLAIM_PEER, { id, n });
    return floorRequest('claim', { id, n });
  },
  check(target, response) {
    if (target === 'floor') return items(list(at(response, 'statements')), 'statements');
    const r = graphqlRoot(response, target === 'ours' ? 'claim' : 'claims');
    if ('problem' in r) return r;
    if (target === 'ours') return items(list(at(r.root, 'statements', 'edges')), 'statements');
    const c = list(r.root)?.[0];
    if (!c) return { problem: 'no claim' };
    const edges = ['saidByConnection', 'reportedByConnection', 'deniedByConnection'].map((f) =>
      list(at(c, f, 'edges')),
    );
    return edges.every(Boolean)
      ? { items: edges.reduce((sum, e) => sum + e!.length, 0) }
      : { problem: 'no statement connections' };
  },
};

// --- 2. A claim's provenance ---

const PROVENANCE_OURS = /* GraphQL */ `
  query Provenance($id: ID!) {
    provenance(claimId: $id) {
      reports
      independentOrigins
      circular
      anonymousOnly
      maxDepth
      origins {
        anonymous
        basis
        source {
          id
          name
        }
      }
      chains {
        depth
        sources {
          id
          name
        }
        hops {
          from {
            id
          }
          to {
            id
          }
          at
        }
      }
      denials {
        at
        quote
        source {
          id
          name
        }
      }
    }
  }
`;

// Chains in the synthetic corpus are at most 5 hops (DISTRIBUTION.maxDepth); the peer cannot
// recurse, so it walks a fixed depth of CITED relationships filtered to the claim.
// `cited` is declared on the Source interface, so its relationship properties are filtered per
// implementing type, even below a concrete Outlet.
const CITED = (depth: number): string =>
  depth === 0
    ? ''
    : `citedConnection(where: { edge: { Citation: { claim: { eq: $claim } } } }) {
        edges { properties { ... on Citation { at article } } node { __typename id name ${CITED(depth - 1)} } }
      }`;
const PEER_CITATION_DEPTH = 5;

const PROVENANCE_PEER = /* GraphQL */ `
  query Provenance($id: ID!, $claim: String!) {
    claims(where: { id: { eq: $id } }) {
      id
      reportedByConnection {
        edges { properties { at } node { __typename id name ${CITED(PEER_CITATION_DEPTH)} } }
      }
      saidByConnection { edges { properties { at quote } node { __typename id name } } }
      deniedByConnection { edges { properties { at quote } node { id name } } }
    }
  }`;

const provenance: Workload = {
  name: 'provenance',
  title: "a claim's provenance (chains to origins, independence, denials)",
  n: 0,
  peerNote:
    `the peer has no provenance: it is asked for the raw material instead, the claim's reporters ` +
    `with ${PEER_CITATION_DEPTH} nested hops of CITED relationships filtered to the claim, its ` +
    `SAID and DENIED statements; chains, origins and independence would be left to the client`,
  request(target, picks, i) {
    const id = pick(picks.claims, i);
    if (target === 'ours') return graphql(PROVENANCE_OURS, { id });
    if (target === 'peer') return graphql(PROVENANCE_PEER, { id, claim: id });
    return floorRequest('provenance', { id });
  },
  check(target, response) {
    // The floor returns the claim's rows (chains are its client's to assemble).
    if (target === 'floor') return items(list(at(response, 'statements')), 'statements');
    const r = graphqlRoot(response, target === 'ours' ? 'provenance' : 'claims');
    if ('problem' in r) return r;
    if (target === 'ours') return items(list(at(r.root, 'chains')), 'chains');
    return items(list(at(r.root, 0, 'reportedByConnection', 'edges')), 'reports');
  },
};

// --- 3. A source's statements, paginated (newest first) ---

const SOURCE_OURS = /* GraphQL */ `
  query SourceStatements($id: ID!, $n: Int!, $after: String) {
    source(id: $id) {
      id
      name
      statements(first: $n, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            type
            at
            quote
            claim {
              id
              text
            }
          }
        }
      }
    }
  }
`;

// The picked sources are outlets, whose statements are all REPORTED: the peer's one connection
// is the same list.
const SOURCE_PEER = /* GraphQL */ `
  query SourceStatements($id: ID!, $n: Int!, $after: String) {
    outlets(where: { id: { eq: $id } }) {
      id
      name
      reportedConnection(first: $n, after: $after, sort: [{ edge: { at: DESC } }]) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          properties {
            at
            quote
          }
          node {
            id
            text
          }
        }
      }
    }
  }
`;

/** Requests walk pages 1, 2 and 3 of the sources in turn. */
const PAGES = 3;

const sourceStatements: Workload = {
  name: 'sourceStatements',
  title: "a source's statements, paginated (pages 1–3, newest first)",
  n: 10,
  request(target, picks, i, n) {
    const id = pick(picks.outlets, i);
    const skip = (i % PAGES) * n;
    if (target === 'ours')
      return graphql(SOURCE_OURS, { id, n, after: skip ? ourCursor(skip - 1) : null });
    if (target === 'peer')
      return graphql(SOURCE_PEER, { id, n, after: skip ? relayCursor(skip - 1) : null });
    return floorRequest('sourceStatements', { id, n, skip });
  },
  check(target, response) {
    if (target === 'floor') return items(list(at(response, 'statements')), 'statements');
    const r = graphqlRoot(response, target === 'ours' ? 'source' : 'outlets');
    if ('problem' in r) return r;
    if (target === 'ours') return items(list(at(r.root, 'statements', 'edges')), 'statements');
    return items(list(at(r.root, 0, 'reportedConnection', 'edges')), 'statements');
  },
};

// --- 4. Full-text search ---

const SEARCH_OURS = /* GraphQL */ `
  query Search($text: String!, $n: Int!) {
    search(text: $text, in: [CLAIMS], first: $n) {
      edges {
        node {
          score
          node {
            ... on Claim {
              id
              text
            }
          }
        }
      }
    }
  }
`;

const SEARCH_PEER = /* GraphQL */ `
  query Search($text: String!, $n: Int!) {
    claimSearch(phrase: $text, first: $n) {
      edges {
        score
        node {
          id
          text
        }
      }
    }
  }
`;

const search: Workload = {
  name: 'search',
  title: 'full-text search over claims',
  n: 10,
  peerNote: 'its @fulltext query over the same Lucene index (claim_text), not a CONTAINS filter',
  request(target, picks, i, n) {
    const text = pick(picks.terms, i);
    if (target === 'ours') return graphql(SEARCH_OURS, { text, n });
    if (target === 'peer') return graphql(SEARCH_PEER, { text, n });
    return floorRequest('search', { text, n });
  },
  check(target, response) {
    if (target === 'floor') return items(list(at(response, 'hits')), 'hits');
    const r = graphqlRoot(response, target === 'ours' ? 'search' : 'claimSearch');
    if ('problem' in r) return r;
    return items(list(at(r.root, 'edges')), 'hits');
  },
};

// --- 5. Nested: a claim → its reports → the outlet → that outlet's reports ---

const NESTED_OURS = /* GraphQL */ `
  query Nested($id: ID!, $n: Int!) {
    claim(id: $id) {
      id
      text
      statements(type: REPORTED, first: $n) {
        edges {
          node {
            at
            source {
              id
              name
              statements(type: REPORTED, first: $n) {
                totalCount
                edges {
                  node {
                    at
                    claim {
                      id
                      text
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const NESTED_PEER = /* GraphQL */ `
  query Nested($id: ID!, $n: Int!) {
    claims(where: { id: { eq: $id } }) {
      id
      text
      reportedByConnection(first: $n, sort: [{ edge: { at: ASC } }]) {
        edges {
          properties {
            at
          }
          node {
            id
            name
            reportedConnection(first: $n, sort: [{ edge: { at: DESC } }]) {
              totalCount
              edges {
                properties {
                  at
                }
                node {
                  id
                  text
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** Statements at the second level of a nested answer: how big the result is. */
const nestedItems = (outer: unknown[] | null, inner: (edge: unknown) => unknown) =>
  outer
    ? { items: outer.reduce<number>((sum, e) => sum + (list(inner(e))?.length ?? 0), 0) }
    : { problem: 'no statements list in the response' };

const nested: Workload = {
  name: 'nested',
  title: "nested: a claim → its reports → each outlet → that outlet's reports",
  n: 5,
  request(target, picks, i, n) {
    const id = pick(picks.claims, i);
    if (target === 'ours') return graphql(NESTED_OURS, { id, n });
    if (target === 'peer') return graphql(NESTED_PEER, { id, n });
    return floorRequest('nested', { id, n });
  },
  check(target, response) {
    if (target === 'floor')
      return nestedItems(list(at(response, 'statements')), (e) => at(e, 'source', 'statements'));
    const r = graphqlRoot(response, target === 'ours' ? 'claim' : 'claims');
    if ('problem' in r) return r;
    if (target === 'ours')
      return nestedItems(list(at(r.root, 'statements', 'edges')), (e) =>
        at(e, 'node', 'source', 'statements', 'edges'),
      );
    return nestedItems(list(at(r.root, 0, 'reportedByConnection', 'edges')), (e) =>
      at(e, 'node', 'reportedConnection', 'edges'),
    );
  },
};

// --- The other analyst questions (README): ours and the floor; the peer has no such queries ---

const ONLY_OURS_AND_FLOOR = ['ours', 'floor'] as const;
const CLAIM_PAGE = `totalCount edges { node { id text firstSeenAt } }`;

/** A claims(...) list of ours against the floor's `claims` list. */
function claimList(
  name: WorkloadName,
  title: string,
  question: string,
  filter: (picks: Picks, i: number) => Record<string, unknown> | null,
): Workload {
  return {
    name,
    title,
    question,
    n: 20,
    targets: ONLY_OURS_AND_FLOOR,
    request(target, picks, i, n) {
      const f = filter(picks, i);
      if (target === 'ours')
        return graphql(
          `query ($f: ClaimFilter, $n: Int!) { claims(filter: $f, first: $n) { ${CLAIM_PAGE} } }`,
          {
            f,
            n,
          },
        );
      return floorRequest(name, { ...f, n });
    },
    check(target, response) {
      if (target === 'floor') return items(list(at(response, 'claims')), 'claims');
      const r = graphqlRoot(response, 'claims');
      return 'problem' in r ? r : items(list(at(r.root, 'edges')), 'claims');
    },
  };
}

const newest = claimList('newest', 'the newest claims', 'the first thing anyone asks', () => null);
const deniedBy = claimList(
  'deniedBy',
  'claims an actor denied',
  '5. Which claims did actor A deny',
  (picks, i) => ({ deniedBy: pick(picks.deniers, i) }),
);
const anonymousOnly = claimList(
  'anonymousOnly',
  'claims resting only on anonymous sources',
  '6. Which claims rest only on anonymous sources, overall',
  () => ({ anonymousOnly: true }),
);
const anonymousByOutlet = claimList(
  'anonymousByOutlet',
  "claims resting only on anonymous sources, of one outlet's reports",
  '6. … and per outlet',
  (picks, i) => ({ anonymousOnly: true, reportedBy: pick(picks.outlets, i) }),
);
const reportedBy = claimList(
  'reportedBy',
  'claims an outlet reported',
  "4/7. an outlet's claims",
  (picks, i) => ({ reportedBy: pick(picks.outlets, i) }),
);

const sourcingProfile: Workload = {
  name: 'sourcingProfile',
  title: "an outlet's sourcing profile",
  question: "7. An outlet's sourcing profile",
  n: 0,
  targets: ONLY_OURS_AND_FLOOR,
  request(target, picks, i) {
    const id = pick(picks.outlets, i);
    if (target === 'ours')
      return graphql(
        `
          query ($id: ID!) {
            source(id: $id) {
              id
              ... on Outlet {
                sourcingProfile {
                  reports
                  ownReporting
                  citingOutlets
                  citingActors
                  citingAnonymous
                  anonymousOnly
                  denied
                }
              }
            }
          }
        `,
        { id },
      );
    return floorRequest('sourcingProfile', { id });
  },
  check(target, response) {
    const profile =
      target === 'floor'
        ? at(response, 'profile')
        : at(response, 'data', 'source', 'sourcingProfile');
    if (target === 'ours' && at(response, 'errors'))
      return { problem: `GraphQL errors: ${JSON.stringify(at(response, 'errors')).slice(0, 300)}` };
    return profile && typeof at(profile, 'reports') === 'number'
      ? { items: at(profile, 'reports') as number }
      : { problem: 'no sourcing profile' };
  },
};

const contradictions: Workload = {
  name: 'contradictions',
  title: 'contradictions: claims both asserted and denied, with both sides',
  question: '8. Contradictions',
  n: 5,
  targets: ONLY_OURS_AND_FLOOR,
  request(target, _picks, _i, n) {
    if (target === 'ours')
      return graphql(
        `
          query ($n: Int!) {
            contradictions(first: $n) {
              totalCount
              edges {
                node {
                  claim {
                    id
                    text
                  }
                  assertions {
                    type
                    at
                    source {
                      id
                      name
                    }
                  }
                  denials {
                    at
                    source {
                      id
                      name
                    }
                  }
                }
              }
            }
          }
        `,
        { n },
      );
    return floorRequest('contradictions', { n });
  },
  check(target, response) {
    if (target === 'floor') return items(list(at(response, 'contradictions')), 'contradictions');
    const r = graphqlRoot(response, 'contradictions');
    return 'problem' in r ? r : items(list(at(r.root, 'edges')), 'contradictions');
  },
};

const timeline: Workload = {
  name: 'timeline',
  title: "a claim's timeline: first seen, and every statement earliest first",
  question: "9. A claim's timeline",
  n: 0,
  targets: ONLY_OURS_AND_FLOOR,
  request(target, picks, i) {
    const id = pick(picks.claims, i);
    if (target === 'ours')
      return graphql(
        `
          query ($id: ID!) {
            claim(id: $id) {
              id
              timeline {
                firstSeenAt
                events {
                  type
                  at
                  source {
                    id
                    name
                  }
                }
              }
            }
          }
        `,
        { id },
      );
    return floorRequest('timeline', { id });
  },
  check(target, response) {
    if (target === 'floor') return items(list(at(response, 'events')), 'events');
    const r = graphqlRoot(response, 'claim');
    return 'problem' in r ? r : items(list(at(r.root, 'timeline', 'events')), 'events');
  },
};

export const WORKLOAD_DEFS: Record<WorkloadName, Workload> = {
  claim,
  provenance,
  sourceStatements,
  search,
  nested,
  newest,
  deniedBy,
  anonymousOnly,
  anonymousByOutlet,
  reportedBy,
  sourcingProfile,
  contradictions,
  timeline,
};

/** Parses and checks one response body (a non-JSON body is a problem too). */
export function checkBody(
  workload: Workload,
  target: TargetName,
  body: string,
): { items: number } | { problem: string } {
  let json: Json;
  try {
    json = JSON.parse(body) as Json;
  } catch {
    return { problem: `not JSON: ${body.slice(0, 200)}` };
  }
  return workload.check(target, json);
}
