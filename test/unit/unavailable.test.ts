// Which driver errors mean "the database is unavailable" (503, try again) rather than a bug.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isUnavailable } from '../../server/db/database.ts';

const error = (message: string, code: string) => new neo4j.Neo4jError(message, code, '50N42', '');

describe('an unavailable database', () => {
  it('is what the driver calls unavailable or retryable', () => {
    expect(isUnavailable(error('x', 'ServiceUnavailable'))).toBe(true);
    expect(isUnavailable(error('x', 'SessionExpired'))).toBe(true);
    expect(isUnavailable(error('x', 'Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
  });

  it('includes a connection the server closed while stopping, with whatever code it comes', () => {
    expect(isUnavailable(error('Connection was closed by server', 'N/A'))).toBe(true);
    const epipe = 'Failed to connect to server. Please ensure … Caused by: write EPIPE';
    expect(isUnavailable(error(epipe, 'N/A'))).toBe(true);
    expect(isUnavailable(error(epipe, 'Neo.DatabaseError.General.UnknownError'))).toBe(true);
  });

  it('is not a query mistake or an unknown failure', () => {
    expect(isUnavailable(error('Invalid input', 'Neo.ClientError.Statement.SyntaxError'))).toBe(
      false,
    );
    expect(isUnavailable(error('something else', 'N/A'))).toBe(false);
    expect(isUnavailable(new Error('Connection was closed by server'))).toBe(false);
  });
});
