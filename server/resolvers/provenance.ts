import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { summarize, type ProvenanceSummary } from '../domain/provenance.ts';

type Provenance = ProvenanceSummary & { claimId: string };

export async function provenanceOf(claimId: string, { loaders }: Context): Promise<Provenance> {
  const facts = await loaders.provenance.load(claimId);
  if (!facts) throw new NotFoundError('claim', claimId);
  return { claimId, ...summarize(facts) };
}

export const ProvenanceResolvers = {
  Provenance: {
    claim: (p: Provenance, _: unknown, { loaders }: Context) => loaders.claim.load(p.claimId),
    denials: async (p: Provenance, _: unknown, { loaders }: Context) =>
      (await loaders.claimStatements.load(p.claimId)).filter((s) => s.type === 'DENIED'),
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
