// Gathers validated documents into one GraphBatch: each entity and statement once (a later
// document's stated values win, unstated ones keep the earlier), and references to what an
// earlier document of the same batch defines dropped, since that is written in the same
// transaction.
import type { ExternalReference, NormalizedDocument } from './format.ts';
import type { GraphBatch, Reference, StatementRow, VerdictRow } from '../db/import-store.ts';

type Entity = { id: string };
const KINDS = ['actors', 'outlets', 'anonymousSources', 'claims'] as const;
const LABEL = {
  actors: 'Actor',
  outlets: 'Outlet',
  anonymousSources: 'AnonymousSource',
  claims: 'Claim',
} as const;

/** A later definition's stated values win; unstated ones (null, empty lists) keep the earlier. */
export function mergeStated<T extends object>(earlier: T | undefined, later: T): T {
  if (!earlier) return later;
  const merged: Record<string, unknown> = { ...(earlier as Record<string, unknown>) };
  for (const [k, v] of Object.entries(later)) {
    if (v !== null && !(Array.isArray(v) && v.length === 0)) merged[k] = v;
  }
  return merged as T;
}

export class BatchBuilder {
  private readonly entities = {
    actors: new Map<string, GraphBatch['actors'][number]>(),
    outlets: new Map<string, GraphBatch['outlets'][number]>(),
    anonymousSources: new Map<string, GraphBatch['anonymousSources'][number]>(),
    claims: new Map<string, GraphBatch['claims'][number]>(),
  };
  private readonly articles = new Map<string, GraphBatch['articles'][number]>();
  private readonly statements = new Map<string, StatementRow>();
  private readonly verdicts = new Map<string, VerdictRow>();
  private readonly references: Reference[] = [];
  private readonly labelOf = new Map<string, string>();
  private readonly definedAt = new Map<string, string>();
  documents = 0;

  get statementCount(): number {
    return this.statements.size;
  }

  /**
   * Adds a document; false (and nothing added) when it defines an id this batch already holds
   * as another kind of node, which only the database check can report properly.
   */
  add(
    doc: NormalizedDocument,
    references: ExternalReference[] | Reference[],
    prefix = '$',
  ): boolean {
    const defs: [string, string, string][] = [
      ...KINDS.flatMap((k) =>
        (doc[k] as Entity[]).map(
          (e, i) => [e.id, LABEL[k], `${prefix}.${k}[${i}].id`] as [string, string, string],
        ),
      ),
      [doc.article.id, 'Article', `${prefix}.article`],
      ...(doc.verdicts ?? []).map(
        (v, i) => [v.id, 'Verdict', `${prefix}.verdicts[${i}].url`] as [string, string, string],
      ),
    ];
    if (defs.some(([id, label]) => (this.labelOf.get(id) ?? label) !== label)) return false;
    for (const [id, label, path] of defs) {
      if (!this.labelOf.has(id)) this.definedAt.set(id, path);
      this.labelOf.set(id, label);
    }
    for (const k of KINDS) {
      const map = this.entities[k] as Map<string, Entity>;
      for (const e of doc[k] as Entity[]) map.set(e.id, mergeStated(map.get(e.id), e));
    }
    this.articles.set(doc.article.id, mergeStated(this.articles.get(doc.article.id), doc.article));
    for (const s of doc.statements) {
      const row = { ...s, article: doc.article.id };
      this.statements.set(`${s.type}|${s.source}|${s.claim}|${row.article}`, row);
    }
    // A review is one verdict: a later document's version of it replaces the earlier whole.
    for (const v of doc.verdicts ?? []) this.verdicts.set(v.id, v);
    for (const r of references) {
      const label = this.labelOf.get(r.id);
      if (label && (r.kinds as string[]).includes(label)) continue;
      this.references.push({ ...r, path: prefix + r.path.slice(1) });
    }
    this.documents++;
    return true;
  }

  build(): GraphBatch {
    return {
      actors: [...this.entities.actors.values()],
      outlets: [...this.entities.outlets.values()],
      anonymousSources: [...this.entities.anonymousSources.values()],
      claims: [...this.entities.claims.values()],
      articles: [...this.articles.values()],
      statements: [...this.statements.values()],
      verdicts: [...this.verdicts.values()],
      references: this.references,
      definedAt: this.definedAt,
    };
  }
}
