/** Where a claim's picture is served, relative to the service's origin (Provenance.pictureUrl). */
export function provenancePictureUrl(claimId: string, asOf: string | null): string {
  const path = `/claims/${encodeURIComponent(claimId)}/provenance.svg`;
  return asOf ? `${path}?asOf=${encodeURIComponent(asOf)}` : path;
}
