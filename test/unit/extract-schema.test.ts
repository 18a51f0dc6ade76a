import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../server/extract/draft.ts';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => void;
const schema = JSON.parse(
  readFileSync(new URL('../../server/import/import-format.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const SEED = new URL('../../../shared/seed/000_aa17bf66d3b39eed.txt', import.meta.url);
const texts = [
  'Maria Lopez said that the bridge will reopen next year. NBC News reported that the plan was approved in secret.',
  '"The plan is ready," two current and two former U.S. officials told NBC News. Mexican President Claudia Sheinbaum rejected a report claiming that troops will be sent to Mexico.',
  readFileSync(SEED, 'utf8'),
];

describe('drafts against the import format JSON Schema', () => {
  it.each(texts.map((t) => [t.slice(0, 50), t]))('valid, evidence and all: %s', (_, text) => {
    const { document } = extractDraft({
      url: 'https://www.latintimes.com/story-1',
      publishedAt: '2025-11-04',
      text,
    });
    expect(document.statements.length).toBeGreaterThan(0);
    const withoutEvidence = {
      ...document,
      statements: document.statements.map(({ evidence: _e, ...s }) => s),
    };
    validate(withoutEvidence);
    expect(validate.errors ?? []).toEqual([]);
    // with its evidence, as the extractor writes it
    validate(document);
    expect(validate.errors ?? []).toEqual([]);
  });
});
