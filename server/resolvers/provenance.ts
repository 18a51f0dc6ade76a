import { presentSources } from '../loaders.ts';
import type { Context } from '../context.ts';
import { NotFoundError, present } from '../errors.ts';
import { summarize, type ProvenanceAnswer as Provenance } from '../domain/provenance.ts';
import { provenancePictureUrl } from '../pictures/url.ts';

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
    claim: (p: Provenance, _: unknown, { loaders }: Context) =>
      present(loaders.claim.load(p.claimId), `claim ${p.claimId}`),
    pictureUrl: (p: Provenance) => provenancePictureUrl(p.claimId, p.asOf),
  },
  Origin: {
    source: (o: { id: string }, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(o.id), `origin ${o.id}`),
  },
  ProvenanceChain: {
    sources: (c: { sources: string[] }, _: unknown, { loaders }: Context) =>
      presentSources(loaders, c.sources),
    origin: (c: { origin: string }, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(c.origin), `origin ${c.origin}`),
  },
  CitationHop: {
    from: (h: { from: string }, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(h.from), `source ${h.from}`),
    to: (h: { to: string }, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(h.to), `source ${h.to}`),
    article: (h: { article: string | null }, _: unknown, { loaders }: Context) =>
      h.article ? loaders.article.load(h.article) : null,
  },
};
