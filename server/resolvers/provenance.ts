import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { summarize, type ProvenanceSummary } from '../domain/provenance.ts';
import type { StatementRecord } from '../domain/records.ts';

type Provenance = ProvenanceSummary & {
  claimId: string;
  asOf: string | null;
  denials: StatementRecord[];
};

export async function provenanceOf(
  claimId: string,
  asOf: Date | null | undefined,
  { loaders }: Context,
): Promise<Provenance> {
  const iso = asOf ? asOf.toISOString() : null;
  const facts = await (iso
    ? loaders.provenanceAsOf.load({ id: claimId, asOf: iso })
    : loaders.provenance.load(claimId));
  if (!facts) throw new NotFoundError('claim', claimId);
  return { claimId, asOf: iso, ...summarize(facts), denials: facts.denials };
}

export const ProvenanceResolvers = {
  Provenance: {
    claim: (p: Provenance, _: unknown, { loaders }: Context) => loaders.claim.load(p.claimId),
  },
  Origin: {
    source: (o: { id: string }, _: unknown, { loaders }: Context) => loaders.source.load(o.id),
  },
  ProvenanceChain: {
    sources: (c: { sources: string[] }, _: unknown, { loaders }: Context) =>
      loaders.source.loadMany(c.sources),
    origin: (c: { origin: string }, _: unknown, { loaders }: Context) =>
      loaders.source.load(c.origin),
  },
  CitationHop: {
    from: (h: { from: string }, _: unknown, { loaders }: Context) => loaders.source.load(h.from),
    to: (h: { to: string }, _: unknown, { loaders }: Context) => loaders.source.load(h.to),
    article: (h: { article: string | null }, _: unknown, { loaders }: Context) =>
      h.article ? loaders.article.load(h.article) : null,
  },
};
