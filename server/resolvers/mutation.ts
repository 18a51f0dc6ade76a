import type { Context } from '../context.ts';
import { importDocuments } from '../import/importer.ts';
import {
  actorBatch,
  anonymousSourceBatch,
  claimBatch,
  outletBatch,
  statementBatch,
  type RecordStatementInput,
} from '../import/write-inputs.ts';

type Input<T> = { input: T };

export const Mutation = {
  importArticle: (_: unknown, { input }: Input<unknown>, { stores }: Context) =>
    importDocuments(stores.imports, input),

  recordStatement: async (
    _: unknown,
    { input }: Input<RecordStatementInput>,
    { stores }: Context,
  ) => {
    const batch = statementBatch(input);
    await stores.imports.write(batch);
    const written = batch.statements[0]!;
    const all = await stores.graph.statementsByClaim([written.claim]);
    return all[0]!.statements.find(
      (s) =>
        s.type === written.type &&
        s.source === written.source &&
        (s.article ?? '') === written.article,
    );
  },

  upsertActor: async (
    _: unknown,
    { input }: Input<Parameters<typeof actorBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(actorBatch(input));
    return loaders.source.load(input.id);
  },
  upsertOutlet: async (
    _: unknown,
    { input }: Input<Parameters<typeof outletBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(outletBatch(input));
    return loaders.source.load(input.id);
  },
  upsertAnonymousSource: async (
    _: unknown,
    { input }: Input<Parameters<typeof anonymousSourceBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(anonymousSourceBatch(input));
    return loaders.source.load(input.id);
  },
  upsertClaim: async (
    _: unknown,
    { input }: Input<Parameters<typeof claimBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(claimBatch(input));
    return loaders.claim.load(input.id);
  },
};
