// The statement types have one home (server/domain/statements.ts). The SDL enum and the JSON
// Schema cannot import it, so this pins them, and the Cypher fragments built from it, to it.
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../server/app.ts';
import { ASSERTING, DENYING, RESOLVING, STATEMENT_TYPES } from '../../server/domain/statements.ts';
import { ASSERTIONS, STATEMENTS } from '../../server/db/projections.ts';

const sdlEnum = () => {
  const t = buildSchema(loadTypeDefs().join('\n'), { assumeValid: true }).getType('StatementType');
  if (!isEnumType(t)) throw new Error('StatementType is not an enum in the SDL');
  return t.getValues().map((v) => v.name);
};

const jsonSchemaEnum = () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../server/import/import-format.schema.json', import.meta.url), 'utf8'),
  );
  return schema.$defs.statement.properties.type.enum as string[];
};

describe('statement types', () => {
  it('are the same list in the SDL enum, the JSON Schema and the code', () => {
    expect(sdlEnum()).toEqual([...STATEMENT_TYPES]);
    expect(jsonSchemaEnum()).toEqual([...STATEMENT_TYPES]);
  });

  it('build the Cypher relationship patterns the stores use', () => {
    expect(STATEMENTS.split('|')).toEqual([...STATEMENT_TYPES]);
    expect(ASSERTIONS.split('|')).toEqual([...ASSERTING]);
  });

  it('split into asserting, denying and resolving types that are all known', () => {
    for (const t of [...ASSERTING, ...DENYING, ...Object.values(RESOLVING)])
      expect(STATEMENT_TYPES).toContain(t);
    expect(ASSERTING.filter((t) => (DENYING as readonly string[]).includes(t))).toEqual([]);
  });
});
