// Builders that tests reuse instead of hand-written Cypher: the seed article, and small
// documents with ids unique to one test.
import { readFileSync } from 'node:fs';
import { FIXTURES } from '../seed/cli.ts';
import { inputFiles } from '../seed/read.ts';
import type { ImportDocument } from '../server/import/format.ts';
import { gql, unique } from './helpers.ts';
import type { App } from '../server/app.ts';

export const seedArticle = (): ImportDocument =>
  JSON.parse(readFileSync(inputFiles(FIXTURES)[0]!, 'utf8'));

export const IMPORT = `mutation Import($input: JSON!) {
  importArticle(input: $input) {
    articleIds
    created { actors outlets anonymousSources claims articles statements }
    updated { actors outlets anonymousSources claims articles statements }
    unchanged { actors outlets anonymousSources claims articles statements }
  }
}`;

export async function importSeed(app: App) {
  const res = await gql(app, IMPORT, { input: seedArticle() });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.importArticle;
}

/** A small self-contained article: one outlet reporting `claims` claims said by one actor. */
export function tinyArticle(claims = 1, prefix = unique('t')): ImportDocument & { prefix: string } {
  return {
    prefix,
    article: {
      url: `https://example.org/${prefix}`,
      title: `Test ${prefix}`,
      outlet: `${prefix}-outlet`,
      publishedAt: '2025-01-02',
    },
    actors: [{ id: `${prefix}-actor`, name: `Actor ${prefix}`, kind: 'PERSON' }],
    outlets: [{ id: `${prefix}-outlet`, name: `Outlet ${prefix}`, domain: 'example.org' }],
    claims: Array.from({ length: claims }, (_, i) => ({
      id: `${prefix}-claim-${i}`,
      text: `Claim ${i} of ${prefix}`,
      topics: [prefix],
    })),
    statements: Array.from({ length: claims }, (_, i) => [
      { type: 'SAID' as const, source: `${prefix}-actor`, claim: `${prefix}-claim-${i}` },
      {
        type: 'REPORTED' as const,
        source: `${prefix}-outlet`,
        claim: `${prefix}-claim-${i}`,
        citing: [`${prefix}-actor`],
      },
    ]).flat(),
  };
}
