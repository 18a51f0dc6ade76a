// User-fixable errors, each a GraphQLError with a machine-readable code; anything else that
// reaches yoga is masked.
import { GraphQLError } from 'graphql';

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
