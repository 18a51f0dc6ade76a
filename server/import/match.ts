// Matching a draft against the graph before anything is written: the same actors and outlets are
// reused (by name, alias, domain or id), and so is the same claim (by its wording, or by the same
// sources' statements about it in the same article). What is reused is left out of the draft's
// definitions and referred to by its id in the graph, so an import adds to it instead of
// overwriting it with the machine's guesses. Claims below the threshold get a new id and the
// best candidate is proposed with its score for the reviewer.
import type {
  ArticleClaim,
  ClaimCandidate,
  MatchStore,
  SourceCandidate,
} from '../db/match-store.ts';
import { articleIdFromUrl, type ImportDocument } from './format.ts';
import { claimSimilarity, contentWords, samePolarity } from './similarity.ts';

/**
 * Similarity at which a draft claim reuses an existing claim's id. Set on the corpus's tune half
 * by bench:extract (articles of one story imported one after another): the lowest threshold at
 * which at least 0.88 of reuses join the same annotated claim (0.885, recall 0.420; at 0.35,
 * 0.865). A wrong reuse merges two claims' provenance, a missed one leaves a proposal.
 */
export const REUSE_THRESHOLD = 0.4;
/** Best F1 of reused-or-proposed on the tune half (P 0.705, R 0.686): below it nothing is proposed. */
export const PROPOSE_THRESHOLD = 0.2;

export interface Match {
  kind: 'ACTOR' | 'OUTLET' | 'CLAIM';
  /** The id the extractor made. */
  draftId: string;
  /** The node in the graph. */
  existingId: string;
  existingText: string;
  /** 1 for a name, alias, domain or id; the measured similarity for claims. */
  score: number;
  /** How it matched: name, alias, domain, id, wording, or statements (same article and sources). */
  by: string;
  /** True when the draft now uses the existing id; false when only proposed. */
  reused: boolean;
}

export interface MatchedDraft {
  document: ImportDocument;
  matches: Match[];
}

/**
 * A name as people would compare it: no accents, case, punctuation or leading "the", and an
 * initialism written with or without its dots ("U.S.", "US") the same.
 */
export const normalizeName = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
const bareDomain = (d: string) => d.toLowerCase().replace(/^www\./, '');
const phrase = (s: string) => `"${s.replace(/["\\]/g, ' ')}"`;

export async function matchDraft(store: MatchStore, draft: ImportDocument): Promise<MatchedDraft> {
  const doc: ImportDocument = structuredClone(draft);
  const matches: Match[] = [];
  const renamed = new Map<string, string>();

  const sourceRows = [
    ...(doc.actors ?? []).map((a) => ({
      key: a.id,
      id: a.id,
      query: [a.name, ...(a.aliases ?? [])].map(phrase).join(' '),
    })),
    ...(doc.outlets ?? []).map((o) => ({
      key: o.id,
      id: o.id,
      query: [o.name, ...(o.domain ? [o.domain] : [])].map(phrase).join(' '),
    })),
  ];
  const candidates = groupBy(await store.sources(sourceRows), (c) => c.key);
  const sourceMatch = (
    kind: 'ACTOR' | 'OUTLET',
    entity: { id: string; name: string; aliases?: string[]; domain?: string },
  ) => {
    const names = new Set([entity.name, ...(entity.aliases ?? [])].map(normalizeName));
    const label = kind === 'ACTOR' ? 'Actor' : 'Outlet';
    const how = (c: SourceCandidate): string | undefined => {
      if (c.label !== label) return undefined;
      if (entity.domain && c.domain && bareDomain(entity.domain) === bareDomain(c.domain))
        return 'domain';
      if (names.has(normalizeName(c.name))) return 'name';
      if (c.aliases.some((a) => names.has(normalizeName(a)))) return 'alias';
      if (c.id === entity.id) return 'id';
      return undefined;
    };
    for (const c of candidates.get(entity.id) ?? []) {
      const by = how(c);
      if (!by) continue;
      matches.push({
        kind,
        draftId: entity.id,
        existingId: c.id,
        existingText: c.name,
        score: 1,
        by,
        reused: true,
      });
      renamed.set(entity.id, c.id);
      return true;
    }
    return false;
  };
  doc.actors = (doc.actors ?? []).filter((a) => !sourceMatch('ACTOR', a));
  doc.outlets = (doc.outlets ?? []).filter((o) => !sourceMatch('OUTLET', o));
  const rename = (id: string) => renamed.get(id) ?? id;
  doc.article.outlet = rename(doc.article.outlet);
  for (const s of doc.anonymousSources ?? []) {
    s.citedBy = rename(s.citedBy);
    if (s.affiliation) s.affiliation = rename(s.affiliation);
  }
  for (const s of doc.statements ?? []) {
    s.source = rename(s.source);
    if (s.citing) s.citing = s.citing.map(rename);
  }

  // Claims: candidates by wording (full-text), and those this article already has statements
  // about (a re-extracted or hand-annotated article), compared by who said what about them.
  const claimRows = (doc.claims ?? []).map((c) => ({
    key: c.id,
    id: c.id,
    query: [...contentWords(c.text)].join(' ') || phrase(c.text),
  }));
  const byWording = groupBy(await store.claims(claimRows), (c) => c.key);
  const inArticle = await store.articleClaims(doc.article.id ?? articleIdFromUrl(doc.article.url));
  const signature = (claim: string) =>
    new Set(
      (doc.statements ?? []).filter((s) => s.claim === claim).map((s) => `${s.type}|${s.source}`),
    );

  const choices: ClaimChoice[] = (doc.claims ?? []).map((claim) => {
    const mine = signature(claim.id);
    return {
      claim,
      options: [
        ...(byWording.get(claim.id) ?? []).map((c: ClaimCandidate) => ({
          id: c.id,
          text: c.text,
          by: 'wording' as const,
          shared: 0,
        })),
        ...inArticle.map((c: ArticleClaim) => ({
          id: c.id,
          text: c.text,
          by: 'statements' as const,
          shared: c.statements.filter((s) => mine.has(`${s.type}|${s.source}`)).length,
        })),
      ],
    };
  });
  const decided = decideClaims(choices);
  const existingIds = new Set(choices.flatMap((p) => p.options.map((c) => c.id)));
  const claimIds = new Map<string, string>();
  doc.claims = (doc.claims ?? []).filter((claim) => {
    const m = decided.get(claim.id);
    if (m) matches.push(m);
    if (m?.reused) return void claimIds.set(claim.id, m.existingId);
    // A new claim whose made-up id is taken in the graph by another claim gets its own, so the
    // import does not overwrite that claim's words.
    if (existingIds.has(claim.id)) {
      let n = 2;
      while (existingIds.has(`${claim.id}-${n}`)) n++;
      claimIds.set(claim.id, `${claim.id}-${n}`);
      claim.id = `${claim.id}-${n}`;
    }
    return true;
  });
  for (const s of doc.statements ?? []) s.claim = claimIds.get(s.claim) ?? s.claim;
  return { document: doc, matches };
}

export interface ClaimOption {
  id: string;
  text: string;
  /** Found by its wording (full-text), or as a claim of the same article ("statements"). */
  by: 'wording' | 'statements';
  /** How many of the draft claim's (type, source) statements the existing claim also has. */
  shared: number;
}
export interface ClaimChoice {
  claim: { id: string; text: string };
  options: ClaimOption[];
}

/**
 * Which existing claim each draft claim reuses, or is only proposed. Pure, so that
 * bench:extract measures this very decision on articles of one story.
 */
export function decideClaims(
  choices: ClaimChoice[],
  { reuseAt = REUSE_THRESHOLD, proposeAt = PROPOSE_THRESHOLD } = {},
): Map<string, Match> {
  type Scored = ClaimOption & { score: number };
  const reuse = (c: Scored) =>
    c.score >= reuseAt || (c.by === 'statements' && c.shared >= 2 && c.score >= proposeAt);
  const strength = (c: Scored) => (reuse(c) ? 10 : 0) + c.shared + c.score;
  // Greedy, best first, one draft claim per existing claim: two draft claims reusing one id
  // would repeat statements.
  const pairs = choices
    .flatMap(({ claim, options }) =>
      options
        .filter((c) => samePolarity(claim.text, c.text))
        .map((c) => ({ claim, c: { ...c, score: claimSimilarity(claim.text, c.text) } })),
    )
    .sort((a, b) => strength(b.c) - strength(a.c));
  const taken = new Set<string>();
  const decided = new Map<string, Match>();
  for (const { claim, c } of pairs) {
    if (decided.has(claim.id) || c.score < proposeAt) continue;
    const reused = reuse(c) && !taken.has(c.id);
    if (reused) taken.add(c.id);
    decided.set(claim.id, {
      kind: 'CLAIM',
      draftId: claim.id,
      existingId: c.id,
      existingText: c.text,
      score: Math.round(c.score * 1000) / 1000,
      by: c.by === 'statements' && c.shared >= 2 ? 'statements' : 'wording',
      reused,
    });
  }
  return decided;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
