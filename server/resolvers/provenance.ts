import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { summarize, type ProvenanceSummary } from '../domain/provenance.ts';

type Provenance = ProvenanceSummary & { claimId: string; asOf: string | null };

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
  return { claimId, asOf: iso, ...summarize(facts) };
}

export const ProvenanceResolvers = {
  Provenance: {
    claim: (p: Provenance, _: unknown, { loaders }: Context) => loaders.claim.load(p.claimId),
    denials: async (p: Provenance, _: unknown, { loaders }: Context) =>
      (await loaders.claimStatements.load(p.claimId)).filter(
        (s) => s.type === 'DENIED' && (!p.asOf || s.at <= p.asOf),
      ),
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
