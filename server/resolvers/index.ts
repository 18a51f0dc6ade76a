import type { Context } from '../context.ts';

export const resolvers = {
  Query: {
    stats: (_: unknown, __: unknown, { stores }: Context) => stores.stats.counts(),
  },
};
