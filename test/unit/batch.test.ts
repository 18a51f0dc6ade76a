import { describe, expect, it } from 'vitest';
import {
  validateDocument,
  type NormalizedDocument,
  type ExternalReference,
} from '../../server/import/format.ts';
import { BatchBuilder } from '../../server/import/batch.ts';

function valid(doc: unknown): { document: NormalizedDocument; references: ExternalReference[] } {
  const r = validateDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

const first = valid({
  article: { url: 'https://a.example/1', outlet: 'outlet-a', publishedAt: '2025-01-01' },
  outlets: [{ id: 'outlet-a', name: 'A', domain: 'a.example' }],
  actors: [{ id: 'minister', name: 'The Minister', kind: 'PERSON', role: 'Minister of Things' }],
  claims: [{ id: 'claim-1', text: 'Something happened.' }],
  statements: [{ type: 'REPORTED', source: 'outlet-a', claim: 'claim-1', citing: ['minister'] }],
});

// A later article that cites what the first defines, and restates the minister without a role.
const second = valid({
  article: { url: 'https://b.example/2', outlet: 'outlet-b', publishedAt: '2025-01-02' },
  outlets: [{ id: 'outlet-b', name: 'B' }],
  actors: [{ id: 'minister', name: 'The Minister', kind: 'PERSON' }],
  statements: [{ type: 'REPORTED', source: 'outlet-b', claim: 'claim-1', citing: ['outlet-a'] }],
});

describe('a batch of several documents', () => {
  it('holds each entity once, keeping what an earlier document stated and a later one left out', () => {
    const b = new BatchBuilder();
    b.add(first.document, first.references);
    b.add(second.document, second.references, '$[1]');
    const batch = b.build();
    expect(batch.actors).toEqual([
      {
        id: 'minister',
        name: 'The Minister',
        kind: 'PERSON',
        role: 'Minister of Things',
        country: null,
        aliases: [],
      },
    ]);
    expect(batch.outlets.map((o) => o.id)).toEqual(['outlet-a', 'outlet-b']);
    expect(batch.statements.map((s) => `${s.source}>${s.claim}@${s.article}`)).toEqual([
      'outlet-a>claim-1@a-example-1',
      'outlet-b>claim-1@b-example-2',
    ]);
  });

  it('needs no database lookup for ids an earlier document of the batch defines', () => {
    expect(second.references.map((r) => r.id).sort()).toEqual(['claim-1', 'outlet-a']);
    const b = new BatchBuilder();
    b.add(first.document, first.references);
    b.add(second.document, second.references, '$[1]');
    expect(b.build().references).toEqual([]);
  });

  it('still looks up ids only a later document defines, naming where they were used', () => {
    const b = new BatchBuilder();
    b.add(second.document, second.references, '$[0]');
    b.add(first.document, first.references, '$[1]');
    expect(
      b
        .build()
        .references.map((r) => r.path)
        .sort(),
    ).toEqual(['$[0].statements[0].citing[0]', '$[0].statements[0].claim']);
  });

  it('refuses a document defining an id the batch holds as another kind of node', () => {
    const clash = valid({
      article: { url: 'https://c.example/3', outlet: 'minister', publishedAt: '2025-01-03' },
      outlets: [{ id: 'minister', name: 'Not an outlet' }],
    });
    const b = new BatchBuilder();
    b.add(first.document, first.references);
    expect(b.add(clash.document, clash.references)).toBe(false);
    expect(b.documents).toBe(1);
  });
});
