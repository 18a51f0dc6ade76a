import { sourceOfKind } from '../loaders.ts';
import type { Context } from '../context.ts';
import { present } from '../errors.ts';
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
  importArticle: async (_: unknown, { input }: Input<unknown>, { stores }: Context) => {
    const outcome = await importDocuments(stores.imports, input);
    await stores.credibility.settle(outcome.claimIds);
    return outcome;
  },

  recordStatement: async (
    _: unknown,
    { input }: Input<RecordStatementInput>,
    { stores }: Context,
  ) => {
    const batch = statementBatch(input);
    await stores.imports.write(batch);
    const written = batch.statements[0]!;
    await stores.credibility.settle([written.claim]);
    const all = stores.graph.statementsByClaim([written.claim]);
    return present(
      all.then((a) =>
        a[0]!.statements.find(
          (s) =>
            s.type === written.type &&
            s.source === written.source &&
            (s.article ?? '') === written.article,
        ),
      ),
      `statement just written by ${written.source}`,
    );
  },

  upsertActor: async (
    _: unknown,
    { input }: Input<Parameters<typeof actorBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(actorBatch(input));
    return present(sourceOfKind(loaders, input.id, 'Actor'), `actor ${input.id} just written`);
  },
  upsertOutlet: async (
    _: unknown,
    { input }: Input<Parameters<typeof outletBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(outletBatch(input));
    return present(sourceOfKind(loaders, input.id, 'Outlet'), `outlet ${input.id} just written`);
  },
  upsertAnonymousSource: async (
    _: unknown,
    { input }: Input<Parameters<typeof anonymousSourceBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(anonymousSourceBatch(input));
    return present(
      sourceOfKind(loaders, input.id, 'AnonymousSource'),
      `anonymoussource ${input.id} just written`,
    );
  },
  upsertClaim: async (
    _: unknown,
    { input }: Input<Parameters<typeof claimBatch>[0]>,
    { stores, loaders }: Context,
  ) => {
    await stores.imports.write(claimBatch(input));
    return present(loaders.claim.load(input.id), `claim ${input.id} just written`);
  },
};
