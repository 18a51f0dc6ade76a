// User-fixable errors, each a GraphQLError with a machine-readable code; anything else that
// reaches yoga is masked.
import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export interface Problem {
  path: string;
  message: string;
}

export class BadUserInputError extends GraphQLError {
  constructor(problems: Problem[], what = 'The input') {
    const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    super(`${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${list}`, {
      extensions: { code: 'BAD_USER_INPUT', problems },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`No ${what} with id '${id}'.`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

/**
 * A request error (the spec's term: the operation never ran, so the result has no `data`) is
 * the client's to fix, but graphql-js leaves variable coercion failures ("Variable "$first" got
 * invalid value …") without a code. They get BAD_USER_INPUT, as Apollo gives them.
 */
/**
 * For a field the SDL declares non-null whose record should always exist (a statement's claim,
 * a verdict's claim): a missing one is a broken graph, an internal (masked) error.
 */
export async function present<T>(value: Promise<T | null | undefined>, what: string): Promise<T> {
  const v = await value;
  if (v == null) throw new Error(`${what} is missing from the graph`);
  return v;
}

export function useRequestErrorCodes(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result }) {
        if (isAsyncIterable(result) || 'data' in result) return;
        for (const error of result.errors ?? []) {
          if (error.originalError && !(error.originalError instanceof GraphQLError)) continue;
          (error.extensions as Record<string, unknown>).code ??= 'BAD_USER_INPUT';
        }
      },
    }),
  };
}
