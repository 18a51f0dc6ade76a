// Machine statements in the import format: a draft from the extractor is a valid document; its
// statements keep their evidence and count as unreviewed until a person's review says otherwise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../server/extract/draft.ts';
import { validateDocument, type ValidationResult } from '../../server/import/format.ts';

const SEED_TEXT = readFileSync(
  new URL('../../../shared/seed/000_aa17bf66d3b39eed.txt', import.meta.url),
  'utf8',
);
const fixture = JSON.parse(
  readFileSync(
    new URL(
      '../../seed/fixtures/latin-times-sheinbaum-rejects-us-troops-report.json',
      import.meta.url,
    ),
    'utf8',
  ),
);

const draft = () =>
  extractDraft({
    url: 'https://www.latintimes.com/story-1',
    publishedAt: '2025-11-04',
    text: SEED_TEXT,
  }).document as unknown as Record<string, any>;

function accepted(result: ValidationResult) {
  if (!result.ok)
    throw new Error(`expected a valid document, got ${JSON.stringify(result.problems, null, 2)}`);
  return result;
}
const rejected = (result: ValidationResult) => {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
};

describe('evidence in the import format', () => {
  it('takes a draft as the extractor writes it: machine statements, not reviewed', () => {
    const d = draft();
    const { document } = accepted(validateDocument(d));
    expect(document.statements.length).toBe(d.statements.length);
    for (const [i, s] of document.statements.entries()) {
      expect(s.machine).toBe(true);
      expect(s.reviewed).toBe(false);
      expect(s.reviewedBy).toBeNull();
      expect(s.evidence).toEqual(d.statements[i].evidence);
    }
  });

  it("a document's review marks its machine statements reviewed, unless one says it is not", () => {
    const d = draft();
    d.review = { reviewedBy: 'desk-editor', reviewedAt: '2025-11-05T10:00:00-05:00' };
    d.statements[1].reviewed = false;
    const { document } = accepted(validateDocument(d));
    expect(document.statements.map((s) => s.reviewed)).toEqual(
      d.statements.map((_: unknown, i: number) => i !== 1),
    );
    expect(document.statements[0]).toMatchObject({
      reviewedBy: 'desk-editor',
      reviewedAt: '2025-11-05T15:00:00Z',
    });
    expect(document.statements[1]).toMatchObject({ reviewedBy: null, reviewedAt: null });
  });

  it('a statement can be reviewed alone', () => {
    const d = draft();
    d.statements[0].reviewed = true;
    const { document } = accepted(validateDocument(d));
    expect(document.statements.map((s) => s.reviewed)).toEqual(
      d.statements.map((_: unknown, i: number) => i === 0),
    );
  });

  it('hand-annotated statements stay valid, have no evidence and count as reviewed', () => {
    const { document } = accepted(validateDocument(fixture));
    for (const s of document.statements)
      expect(s).toMatchObject({ evidence: null, machine: false, reviewed: true });
  });

  it('rejects evidence that cannot be right, at its path', () => {
    const d = draft();
    d.statements[0].evidence.confidence = 1.5;
    d.statements[0].evidence.cue = [40, 12];
    d.statements[1].evidence.content = [3];
    delete d.statements[2].evidence.method;
    d.review = { reviewedBy: 'desk-editor' };
    expect(rejected(validateDocument(d))).toEqual([
      { path: '$.statements[0].evidence.confidence', message: 'must be <= 1' },
      {
        path: '$.statements[0].evidence.cue',
        message: 'must be [start, end] with start at most end; got [40,12]',
      },
      { path: '$.statements[1].evidence.content', message: 'must NOT have fewer than 2 items' },
      { path: '$.statements[2].evidence.method', message: 'is required' },
      { path: '$.review.reviewedAt', message: 'is required' },
    ]);
  });
});
