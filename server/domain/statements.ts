// The statement types: the one list the import format, the stores and the resolvers use. The
// SDL enum and the JSON Schema cannot import it; test/unit/statement-types.test.ts pins them.

/** Every statement relationship type, in the import format's order. */
export const STATEMENT_TYPES = ['SAID', 'REPORTED', 'DENIED', 'CONFIRMED', 'RETRACTED'] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];

/** Statements by which a source puts a claim forward as true. */
export const ASSERTING = ['SAID', 'REPORTED', 'CONFIRMED'] as const satisfies StatementType[];
/** Statements by which a source rejects a claim. */
export const DENYING = ['DENIED'] as const satisfies StatementType[];
/** Statements that settle a claim without a verdict: true, or false when its asserter withdraws it. */
export const RESOLVING = { true: 'CONFIRMED', false: 'RETRACTED' } as const satisfies Record<
  string,
  StatementType
>;

const asserting: ReadonlySet<StatementType> = new Set(ASSERTING);
const denying: ReadonlySet<StatementType> = new Set(DENYING);
export const asserts = (type: StatementType) => asserting.has(type);
export const denies = (type: StatementType) => denying.has(type);
