// The graph read back out in import format v1: one document per article, holding the
// statements observed in it and the definition of every entity they touch, so that each
// document imports into an empty database on its own and importing an export reproduces the
// graph. Verdicts belong to no article: they go into the last document, with their claims and
// reviewers. Streamed: a page of articles at a time (keyset on the article id), three queries per
// page (articles, their statements, the entities those name), so memory does not grow with the
// graph.
import neo4j from 'neo4j-driver';
import { CITED } from './projections.ts';
import type { Database } from './database.ts';
import { toIso, toNumber } from './convert.ts';
import { NotFoundError } from '../errors.ts';
import { STATEMENT_TYPES } from '../domain/statements.ts';
import type {
  ActorInput,
  ActorKind,
  AnonymousSourceInput,
  ArticleInput,
  ClaimInput,
  ImportDocument,
  OutletInput,
  StatementInput,
  StatementType,
  VerdictInput,
} from '../import/format.ts';
import type { Rating } from '../domain/claimreview.ts';

/** The whole graph, one claim's provenance, or one source's statements. */
export type ExportScope =
  { kind: 'all' } | { kind: 'claim'; id: string } | { kind: 'source'; id: string };

export const EXPORT_PAGE_SIZE = 200;

// The schema's maxItems: a larger article is split into several documents with the same article.
const MAX_STATEMENTS = 5000;
const MAX_DEFINITIONS = 1000;
const MAX_VERDICTS = 5000;

// Every statement type the format knows, in the format's order (SAID, REPORTED, DENIED, ...).
const TYPES = STATEMENT_TYPES.join('|');
const TYPE_RANK = `CASE type ${STATEMENT_TYPES.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} END`;

const ARTICLE_FIELDS = `a.id AS id, a.url AS url, a.title AS title, a.outlet AS outlet, a.publishedAt AS publishedAt`;

const ARTICLE_PAGE: Record<ExportScope['kind'], string> = {
  all: `
    MATCH (a:Article) WHERE a.id > $after
    RETURN ${ARTICLE_FIELDS} ORDER BY a.id LIMIT $limit`,
  claim: `
    MATCH (:Claim {id: $id})<-[r:${TYPES}]-(:Source)
    WITH DISTINCT r.article AS aid WHERE aid > $after
    MATCH (a:Article {id: aid})
    RETURN ${ARTICLE_FIELDS} ORDER BY a.id LIMIT $limit`,
  source: `
    MATCH (:Source {id: $id})-[r:${TYPES}]->(:Claim)
    WITH DISTINCT r.article AS aid WHERE aid > $after
    MATCH (a:Article {id: aid})
    RETURN ${ARTICLE_FIELDS} ORDER BY a.id LIMIT $limit`,
};

// The relationship indexes on `article` make this one index seek per article and type. `cited`
// is the same for every statement of one source about one claim in one article: CITED carries
// no statement type.
const PAGE_STATEMENTS = `
  UNWIND $articleIds AS aid
  MATCH (s:Source)-[r:${TYPES} {article: aid}]->(c:Claim)
  WHERE ($claim IS NULL OR c.id = $claim) AND ($source IS NULL OR s.id = $source)
  RETURN aid AS article, type(r) AS type, s.id AS source, c.id AS claim, r.at AS at,
         r.quote AS quote,
         COLLECT { ${CITED('s', 'c', 'aid')} RETURN {id: t.id, at: ci.at} } AS cited
  ORDER BY article, claim, at, ${TYPE_RANK}, source`;

// An anonymous source's outlet and affiliation come along: the document defines them too.
const ENTITIES = `
  CALL () {
    UNWIND $sourceIds AS id
    MATCH (n:Source {id: id})
    CALL (n) {
      RETURN n AS e
      UNION
      MATCH (e:Source) WHERE n:AnonymousSource AND e.id IN [n.citedBy, n.affiliation]
      RETURN e
    }
    WITH DISTINCT e
    RETURN collect(e {.id, .name, .kind, .role, .country, .aliases, .domain, .description,
                      .count, .affiliation, .citedBy, labels: labels(e)}) AS sources
  }
  CALL () {
    UNWIND $claimIds AS id
    MATCH (c:Claim {id: id})
    RETURN collect(c {.id, .text, .topics}) AS claims
  }
  RETURN sources, claims`;

// Entities no article document defines (an actor only upserted, a claim nobody stated yet). A
// statement whose article is missing is not exported, so it does not count as a reference.
const orphans = (label: 'Source' | 'Claim') => `
  MATCH (n:${label}) WHERE n.id > $after
    AND NOT EXISTS {
      MATCH (n)-[r:${TYPES}|CITED]-()
      WHERE EXISTS { MATCH (:Article {id: r.article}) }
    }
    AND NOT EXISTS { (n)<-[:PUBLISHED_BY|CITED_BY|AFFILIATED_WITH]-() }
  RETURN n.id AS id ORDER BY n.id LIMIT $limit`;

// A scope's verdicts: all of them, a claim's, or those on the claims of a source's exported
// statements (what settles that source's credibility). The relationships, not the node's copies
// of the ids, say what a verdict rates and who issued it.
const VERDICTS_IN: Record<ExportScope['kind'], string> = {
  all: '',
  claim: 'AND c.id = $id',
  source: `AND EXISTS {
    MATCH (:Source {id: $id})-[r:${TYPES}]->(c) WHERE EXISTS { MATCH (:Article {id: r.article}) }
  }`,
};
const verdictPage = (kind: ExportScope['kind']) => `
  MATCH (reviewer:Source)-[:ISSUED]->(v:Verdict)-[:RATES]->(c:Claim)
  WHERE v.id > $after ${VERDICTS_IN[kind]}
  RETURN v.id AS id, v.url AS url, c.id AS claim, reviewer.id AS reviewer, v.rating AS rating,
         v.ratingText AS ratingText, v.reviewedAt AS reviewedAt
  ORDER BY v.id LIMIT $limit`;

const EXISTS: Record<'claim' | 'source', string> = {
  claim: 'MATCH (n:Claim {id: $id}) RETURN n.id AS id',
  source: 'MATCH (n:Source {id: $id}) RETURN n.id AS id',
};

type Kind = 'actors' | 'outlets' | 'anonymousSources' | 'claims';
const KINDS: Kind[] = ['actors', 'outlets', 'anonymousSources', 'claims'];
const zeroKinds = (): Record<Kind, number> => ({
  actors: 0,
  outlets: 0,
  anonymousSources: 0,
  claims: 0,
});

type Definition = ActorInput | OutletInput | AnonymousSourceInput | ClaimInput;

interface Entity {
  kind: Kind;
  definition: Definition;
  /** Ids the definition points at (an anonymous source's outlet and affiliation). */
  refs: string[];
}

type Row = Record<string, unknown>;

/** An ISO instant as the import format writes it: UTC, without a zero millisecond part. */
function instant(value: unknown): string {
  const iso = toIso(value) ?? '';
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

const text = (v: unknown) => (v == null ? undefined : String(v));
const texts = (v: unknown) => (Array.isArray(v) && v.length > 0 ? v.map(String) : undefined);

/** Drops the properties the graph does not have: the format forbids null where it is optional. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toEntity(row: Row): Entity {
  const labels = (row.labels as string[] | undefined) ?? [];
  const id = String(row.id);
  if (labels.includes('Actor'))
    return {
      kind: 'actors',
      refs: [],
      definition: defined<ActorInput>({
        id,
        name: String(row.name),
        kind: String(row.kind) as ActorKind,
        role: text(row.role),
        country: text(row.country),
        aliases: texts(row.aliases),
      }),
    };
  if (labels.includes('Outlet'))
    return {
      kind: 'outlets',
      refs: [],
      definition: defined<OutletInput>({
        id,
        name: String(row.name),
        domain: text(row.domain),
        country: text(row.country),
      }),
    };
  if (labels.includes('AnonymousSource')) {
    const definition = defined<AnonymousSourceInput>({
      id,
      description: String(row.description),
      count: row.count == null ? undefined : toNumber(row.count),
      affiliation: text(row.affiliation),
      citedBy: String(row.citedBy),
    });
    return {
      kind: 'anonymousSources',
      definition,
      refs: [definition.citedBy, ...(definition.affiliation ? [definition.affiliation] : [])],
    };
  }
  return {
    kind: 'claims',
    refs: [],
    definition: defined<ClaimInput>({ id, text: String(row.text), topics: texts(row.topics) }),
  };
}

/** An entity and what its definition points at: what a document must define to use it. */
function closure(ids: Iterable<string>, entities: Map<string, Entity>): Entity[] {
  const out = new Map<string, Entity>();
  const visit = (id: string) => {
    const entity = entities.get(id);
    if (!entity || out.has(id)) return;
    out.set(id, entity);
    entity.refs.forEach(visit);
  };
  for (const id of ids) visit(id);
  return [...out.values()];
}

/**
 * The documents of one article. Usually one; a new one (same article) starts when the next
 * statement would break one of the schema's size limits.
 */
class ArticleDocuments {
  private statements: StatementInput[] = [];
  private verdicts: VerdictInput[] = [];
  private definitions = new Map<string, Entity>();
  private counts = zeroKinds();

  constructor(
    private readonly article: ArticleInput,
    private readonly header: Entity[],
  ) {
    this.define(header);
  }

  /**
   * A statement, a verdict, or only definitions, with the entities it needs; a document when one
   * is full.
   */
  add(
    needs: Entity[],
    item?: { statement: StatementInput } | { verdict: VerdictInput },
  ): ImportDocument | undefined {
    let full: ImportDocument | undefined;
    const fresh =
      this.statements.length === 0 &&
      this.verdicts.length === 0 &&
      this.definitions.size === this.header.length;
    if (!fresh && !this.fits(item, needs)) {
      full = this.finish();
      this.statements = [];
      this.verdicts = [];
      this.definitions = new Map();
      this.counts = zeroKinds();
      this.define(this.header);
    }
    this.define(needs);
    if (item && 'statement' in item) this.statements.push(item.statement);
    if (item && 'verdict' in item) this.verdicts.push(item.verdict);
    return full;
  }

  finish(): ImportDocument {
    const sorted = <T extends Definition>(kind: Kind) =>
      [...this.definitions.values()]
        .filter((e) => e.kind === kind)
        .map((e) => e.definition as T)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const actors = sorted<ActorInput>('actors');
    const outlets = sorted<OutletInput>('outlets');
    const anonymousSources = sorted<AnonymousSourceInput>('anonymousSources');
    const claims = sorted<ClaimInput>('claims');
    return {
      formatVersion: 1,
      article: this.article,
      ...(actors.length > 0 && { actors }),
      ...(outlets.length > 0 && { outlets }),
      ...(anonymousSources.length > 0 && { anonymousSources }),
      ...(claims.length > 0 && { claims }),
      ...(this.statements.length > 0 && { statements: this.statements }),
      ...(this.verdicts.length > 0 && { verdicts: this.verdicts }),
    };
  }

  private define(entities: Entity[]) {
    for (const e of entities) {
      if (this.definitions.has(e.definition.id)) continue;
      this.definitions.set(e.definition.id, e);
      this.counts[e.kind]++;
    }
  }

  private fits(
    item: { statement: StatementInput } | { verdict: VerdictInput } | undefined,
    needs: Entity[],
  ): boolean {
    if (item && 'statement' in item && this.statements.length >= MAX_STATEMENTS) return false;
    if (item && 'verdict' in item && this.verdicts.length >= MAX_VERDICTS) return false;
    const counts = { ...this.counts };
    for (const e of needs) if (!this.definitions.has(e.definition.id)) counts[e.kind]++;
    return KINDS.every((k) => counts[k] <= MAX_DEFINITIONS);
  }
}

export class ExportStore {
  constructor(
    private readonly db: Database,
    private readonly pageSize = EXPORT_PAGE_SIZE,
  ) {}

  /**
   * The documents of a scope, ordered by article id. For the whole graph, entities that no
   * article's statements reference are added to the last article's document (the format has no
   * document without an article); a graph without articles exports nothing.
   */
  async *documents(scope: ExportScope): AsyncGenerator<ImportDocument> {
    if (scope.kind !== 'all') {
      const found = await this.db.read(EXISTS[scope.kind], { id: scope.id });
      if (found.length === 0) throw new NotFoundError(scope.kind, scope.id);
    }
    const filter = {
      claim: scope.kind === 'claim' ? scope.id : null,
      source: scope.kind === 'source' ? scope.id : null,
    };
    const limit = neo4j.int(this.pageSize);
    // The last article's documents stay open until the end, for the orphans.
    let open: ArticleDocuments | undefined;
    let after = '';
    for (;;) {
      const articles = await this.db.read(ARTICLE_PAGE[scope.kind], {
        id: scope.kind === 'all' ? null : scope.id,
        after,
        limit,
      });
      if (articles.length === 0) break;
      after = String(articles.at(-1)!.id);
      const statements = await this.statements(
        articles.map((a) => String(a.id)),
        filter,
      );
      const entities = await this.entities(
        [
          ...articles.map((a) => String(a.outlet)),
          ...[...statements.values()].flat().flatMap((s) => [s.source, ...(s.citing ?? [])]),
        ],
        [...statements.values()].flat().map((s) => s.claim),
      );
      for (const a of articles) {
        if (open) yield open.finish();
        open = new ArticleDocuments(
          defined<ArticleInput>({
            id: String(a.id),
            url: String(a.url),
            title: text(a.title),
            outlet: String(a.outlet),
            publishedAt: instant(a.publishedAt),
          }),
          closure([String(a.outlet)], entities),
        );
        for (const s of statements.get(String(a.id)) ?? []) {
          const full = open.add(closure([s.source, s.claim, ...(s.citing ?? [])], entities), {
            statement: s,
          });
          if (full) yield full;
        }
      }
      if (articles.length < this.pageSize) break;
    }
    if (!open) return;
    if (scope.kind === 'all') yield* this.orphans(open);
    yield* this.verdicts(scope, open);
    yield open.finish();
  }

  /** Adds the scope's verdicts to `open`, yielding the documents that fill up on the way. */
  private async *verdicts(
    scope: ExportScope,
    open: ArticleDocuments,
  ): AsyncGenerator<ImportDocument> {
    const limit = neo4j.int(MAX_DEFINITIONS);
    let after = '';
    for (;;) {
      const rows = await this.db.read(verdictPage(scope.kind), {
        id: scope.kind === 'all' ? null : scope.id,
        after,
        limit,
      });
      if (rows.length === 0) break;
      after = String(rows.at(-1)!.id);
      const entities = await this.entities(
        rows.map((r) => String(r.reviewer)),
        rows.map((r) => String(r.claim)),
      );
      for (const r of rows) {
        const verdict = defined<VerdictInput>({
          url: String(r.url),
          claim: String(r.claim),
          reviewer: String(r.reviewer),
          rating: String(r.rating) as Rating,
          ratingText: text(r.ratingText),
          reviewedAt: instant(r.reviewedAt),
        });
        const full = open.add(closure([verdict.claim, verdict.reviewer], entities), { verdict });
        if (full) yield full;
      }
      if (rows.length < MAX_DEFINITIONS) break;
    }
  }

  /** Adds every orphan to `open`, yielding the documents that fill up on the way. */
  private async *orphans(open: ArticleDocuments): AsyncGenerator<ImportDocument> {
    const limit = neo4j.int(MAX_DEFINITIONS);
    for (const label of ['Source', 'Claim'] as const) {
      let after = '';
      for (;;) {
        const ids = (await this.db.read(orphans(label), { after, limit })).map((r) => String(r.id));
        if (ids.length === 0) break;
        after = ids.at(-1)!;
        const entities = await this.entities(
          label === 'Source' ? ids : [],
          label === 'Claim' ? ids : [],
        );
        for (const id of ids) {
          const full = open.add(closure([id], entities));
          if (full) yield full;
        }
        if (ids.length < MAX_DEFINITIONS) break;
      }
    }
  }

  /** The statements of a page of articles, by article id, with whom each cites. */
  private async statements(
    articleIds: string[],
    filter: { claim: string | null; source: string | null },
  ): Promise<Map<string, StatementInput[]>> {
    const rows = await this.db.read(PAGE_STATEMENTS, { articleIds, ...filter });
    // A citation belongs to the statement (of that source, claim and article) whose date it
    // carries, as the import wrote it; to all of them when none matches.
    const dates = new Map<string, Set<string>>();
    const key = (r: Row) => `${r.article}\n${r.source}\n${r.claim}`;
    for (const r of rows) {
      const set = dates.get(key(r)) ?? new Set<string>();
      set.add(instant(r.at));
      dates.set(key(r), set);
    }
    const byArticle = new Map<string, StatementInput[]>();
    for (const r of rows) {
      const at = instant(r.at);
      const group = dates.get(key(r))!;
      const citing = (r.cited as Row[])
        .filter((ci) => instant(ci.at) === at || !group.has(instant(ci.at)))
        .map((ci) => String(ci.id))
        .sort();
      const statement = defined<StatementInput>({
        type: r.type as StatementType,
        source: String(r.source),
        claim: String(r.claim),
        at,
        quote: text(r.quote),
        citing: citing.length > 0 ? [...new Set(citing)] : undefined,
      });
      const list = byArticle.get(String(r.article)) ?? [];
      list.push(statement);
      byArticle.set(String(r.article), list);
    }
    return byArticle;
  }

  private async entities(sourceIds: string[], claimIds: string[]): Promise<Map<string, Entity>> {
    const [row] = await this.db.read(ENTITIES, {
      sourceIds: [...new Set(sourceIds)],
      claimIds: [...new Set(claimIds)],
    });
    const map = new Map<string, Entity>();
    for (const r of [...((row?.sources ?? []) as Row[]), ...((row?.claims ?? []) as Row[])]) {
      const entity = toEntity(r);
      map.set(entity.definition.id, entity);
    }
    return map;
  }
}
