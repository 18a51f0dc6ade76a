// The one executor every store goes through: it always names the database, sends reads through
// read transactions and writes through write transactions (so a cluster routes them), and maps
// Neo4j failures to typed errors here rather than in resolvers.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import type { Neo4jConfig } from '../config.ts';

export type Params = Record<string, unknown>;
export type QueryObserver = (query: string, params: Params) => void;

export class DatabaseUnavailableError extends GraphQLError {
  // No originalError: yoga masks any GraphQLError that wraps a non-GraphQL error.
  constructor() {
    super('The graph database is unavailable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

/** A question that ran past the service's time limit: the database is fine, the question too dear. */
export class QueryTimeoutError extends GraphQLError {
  constructor(limitMs: number | undefined) {
    super(
      `The question took longer than the service's limit${limitMs ? ` of ${limitMs} ms` : ''} and was stopped; ask for less (a narrower filter, a smaller page).`,
      { extensions: { code: 'QUERY_TIMEOUT', limitMs } },
    );
  }
}

// Neo4j's codes for a transaction ended by its time limit: the client's (transactionConfig) and
// the server's own db.transaction.timeout.
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  // A server shutting down terminates the transactions it was running.
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

/** Neo4j is down, going down, or briefly unable to serve (what retrying later would fix). */
export function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  if (code === undefined) return false;
  if (UNAVAILABLE.has(code) || neo4j.isRetryableError(e as Error)) return true;
  // A connection the server closed while stopping can surface without a code ('N/A') or with
  // another one, from a transaction or result the driver had already given up (once seen in the
  // faults test: "Failed to connect to server … Caused by: write EPIPE" as an internal error):
  // it is the same outage, not a bug of ours.
  return (
    e instanceof neo4j.Neo4jError &&
    /^(Connection was closed by server|Connection lost|Failed to connect)/.test(e.message)
  );
}

function mapError(e: unknown, limitMs: number | undefined): unknown {
  const code = (e as { code?: string } | null)?.code;
  if (code !== undefined && TIMED_OUT.has(code)) return new QueryTimeoutError(limitMs);
  return isUnavailable(e) ? new DatabaseUnavailableError() : e;
}

/** How long a failed read or transaction is retried (a leader switch in a cluster). */
const READ_RETRY_MS = 2_000;

export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly timeoutMs: number | undefined;
  private observers = new Set<QueryObserver>();

  constructor(config: Neo4jConfig, driver?: Driver) {
    this.name = config.database;
    this.timeoutMs = config.queryTimeoutMs;
    this.driver =
      driver ??
      neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
        // Fail fast when Neo4j is down instead of holding requests for the default 60 s.
        connectionAcquisitionTimeout: 3_000,
        connectionTimeout: 3_000,
        // Retries ride out a leader switch in a cluster; longer would only hold requests.
        maxTransactionRetryTime: READ_RETRY_MS,
        disableLosslessIntegers: false,
        logging: { level: 'error', logger: () => {} },
      });
  }

  /** Tests count Cypher round trips through this (e.g. to prove DataLoader batching). */
  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private notify(query: string, params: Params) {
    for (const o of this.observers) o(query, params);
  }

  async read<R extends RecordShape = RecordShape>(
    query: string,
    params: Params = {},
  ): Promise<R[]> {
    return this.run('READ', query, params);
  }

  async write<R extends RecordShape = RecordShape>(
    query: string,
    params: Params = {},
  ): Promise<R[]> {
    return this.run('WRITE', query, params);
  }

  private async run<R extends RecordShape>(
    mode: 'READ' | 'WRITE',
    query: string,
    params: Params,
  ): Promise<R[]> {
    this.notify(query, params);
    try {
      if (mode === 'READ') return await this.autoCommitRead<R>(query, params);
      // Writes only: imports and schema changes awaiting index population are jobs that must
      // finish, bounded by the server's own db.transaction.timeout.
      const result: QueryResult<R> = await this.driver.executeQuery<QueryResult<R>>(query, params, {
        database: this.name,
        routing: mode,
      });
      return result.records.map((r) => r.toObject());
    } catch (e) {
      throw mapError(e, this.timeoutMs);
    }
  }

  /**
   * One read as an auto-commit transaction: RUN and PULL, where executeQuery's managed
   * transaction adds BEGIN and COMMIT, each a message to write, a reply to wait for and a
   * transaction for Neo4j to open and close. Measured on the benchmark's claim question at
   * concurrency 16: 30-40 % less CPU per request in Neo4j, 10-20 % in the service. A read has
   * nothing to roll back, so retrying it is safe: what executeQuery would retry (a cluster member
   * going away, a leader switch) is retried here, within the same time.
   */
  private async autoCommitRead<R extends RecordShape>(query: string, params: Params): Promise<R[]> {
    const deadline = Date.now() + READ_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({
        database: this.name,
        defaultAccessMode: neo4j.session.READ,
        // executeQuery's bookmark manager: a read waits for the writes this service made before.
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run<R>(
          query,
          params,
          this.timeoutMs ? { timeout: this.timeoutMs } : undefined,
        );
        return result.records.map((r) => r.toObject());
      } catch (e) {
        if (!neo4j.isRetryableError(e as Error) || Date.now() >= deadline) throw e;
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 500)));
      } finally {
        // Closing a session whose connection broke can fail too; the read's own outcome is what
        // the caller must see.
        await session.close().catch(() => {});
      }
    }
  }

  /** Several statements that must land together (an article import is all or nothing). */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.WRITE,
      // The bookmark manager executeQuery uses: a read after this write (on any cluster member)
      // waits until the member has it, so a mutation's answer and the next query agree.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite((tx) => work(new Tx(tx, (q, p) => this.notify(q, p))));
    } catch (e) {
      throw mapError(e, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * For `CALL { … } IN TRANSACTIONS`, which commits its own batches and so must run outside a
   * managed transaction (an auto-commit query).
   */
  async runBatched(query: string, params: Params = {}): Promise<Record<string, unknown>[]> {
    this.notify(query, params);
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.WRITE,
      // The bookmark manager executeQuery uses: a read after this write (on any cluster member)
      // waits until the member has it, so a mutation's answer and the next query agree.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(query, params);
      return result.records.map((r) => r.toObject());
    } catch (e) {
      throw mapError(e, undefined);
    } finally {
      await session.close();
    }
  }

  /**
   * Scans too large to hold as records (millions of rows): each row is handed over as it arrives.
   * All scans run in one read transaction, so that they see one state of the graph and internal
   * ids returned by one scan mean the same nodes in the next.
   */
  async readStream(scans: readonly Scan[]): Promise<void> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: 10_000,
    });
    const tx = session.beginTransaction();
    try {
      for (const scan of scans) {
        const { query, onRow } = scan;
        const params = typeof scan.params === 'function' ? scan.params() : (scan.params ?? {});
        this.notify(query, params);
        await new Promise<void>((resolve, reject) =>
          tx.run(query, params).subscribe({
            onNext: (r) => onRow((i) => r.get(i)),
            onCompleted: () => resolve(),
            onError: reject,
          }),
        );
      }
    } catch (e) {
      throw mapError(e, undefined);
    } finally {
      await tx.close().catch(() => {});
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.read('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export interface Scan {
  query: string;
  /** Or a function, called when the scan starts: parameters that earlier scans' rows decide. */
  params?: Params | (() => Params);
  /** One row: its values by position in the RETURN clause. */
  onRow: (value: (i: number) => unknown) => void;
}

export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly notify: QueryObserver,
  ) {}

  async run<R extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<R[]> {
    this.notify(query, params);
    const result = await this.tx.run<R>(query, params);
    return result.records.map((r) => r.toObject());
  }
}

/**
 * Verifies that the configured Neo4j answers with these credentials, turning the driver's
 * failures into one sentence naming the cause and the fix (for start-up and the seed command).
 */
export async function verifyConnection(db: Database, config: Neo4jConfig): Promise<void> {
  try {
    await db.driver.executeQuery('RETURN 1', {}, { database: config.database });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
      throw new Error(
        `Neo4j at ${config.uri} rejected the credentials of user '${config.username}'. ` +
          'Check NEO4J_USERNAME and NEO4J_PASSWORD (for the local server: the password it was created with, or `npm run db:reset`).',
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      throw new Error(
        `Neo4j at ${config.uri} has no database '${config.database}'. Check NEO4J_DATABASE.`,
      );
    }
    if (isUnavailable(e) || code === '') {
      throw new Error(
        `Cannot reach Neo4j at ${config.uri} (${(e as Error).message.split('\n')[0]}). ` +
          'Check NEO4J_URI and that the server is running, or unset NEO4J_URI to use the local server.',
      );
    }
    throw e;
  }
}
