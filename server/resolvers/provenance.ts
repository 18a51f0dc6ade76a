import { presentSources, sourceOfKind } from '../loaders.ts';
import type { Context } from '../context.ts';
import { NotFoundError, present } from '../errors.ts';
import {
  summarize,
  type MergedOriginRow,
  type ProvenanceAnswer as Provenance,
} from '../domain/provenance.ts';
import { provenancePictureUrl } from '../pictures/url.ts';

export async function provenanceOf(
  claimId: string,
  { asOf, reviewedOnly }: { asOf?: Date | null; reviewedOnly?: boolean | null },
  { loaders }: Context,
): Promise<Provenance> {
  const iso = asOf ? asOf.toISOString() : null;
  const view = { id: claimId, asOf: iso, reviewedOnly: !!reviewedOnly };
  const facts = await (iso || reviewedOnly
    ? loaders.provenanceView.load(view)
    : loaders.provenance.load(claimId));
  if (!facts) throw new NotFoundError('claim', claimId);
  return { claimId, asOf: iso, ...summarize(facts, facts.copying), denials: facts.denials };
}

export const ProvenanceResolvers = {
  Provenance: {
    claim: (p: Provenance, _: unknown, { loaders }: Context) =>
      present(loaders.claim.load(p.claimId), `claim ${p.claimId}`),
    pictureUrl: (p: Provenance) => provenancePictureUrl(p.claimId, p.asOf),
  },
  MergedOrigin: {
    origin: (m: MergedOriginRow, _: unknown, { loaders }: Context) =>
      present(loaders.source.load(m.origin), `merged origin ${m.origin}`),
    mergedInto: (m: MergedOriginRow, _: unknown, { loaders }: Context) =>
      present(sourceOfKind(loaders, m.mergedInto, 'Outlet'), `outlet ${m.mergedInto}`),
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
