import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/env.js';
import { planInBackground } from './background-plans.js';
import type { SentStatement } from './explain.js';
import { notePlanned, planFirst } from './plan-first.js';
import { cypher, type CypherLiterals } from './cypher.js';
import { DatabaseError, mapNeo4jError } from './errors.js';
import { announceFinished } from './transaction-events.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;

/**
 * The statement each failed error came from, so the mapped error names its cypher/ file and a
 * statement cut by the deadline can be planned again in the background (background-plans.ts).
 */
const failedStatement = new WeakMap<object, { file: string; sent: SentStatement }>();

/** What Database.readAlone answers when the driver would have retried its failure: run it again as a transaction function. */
const RETRY_AS_TRANSACTION = Symbol('retry as a transaction function');

/** How long the driver keeps retrying a transaction on transient errors (deadlocks, lost connections). */
export const DEFAULT_RETRY_MS = 8_000;
/** How long to wait for a new connection to open before DATABASE_UNAVAILABLE (the pool wait stays POOL_WAIT_MS). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** How long a request may wait for a pooled connection when all are busy (load, not a fault). */
const POOL_WAIT_MS = 30_000;

/** A transaction is not started with less time than this left before the request's deadline. */
const MIN_TRANSACTION_MS = 10;
/** Neo4j checks timeouts on its own clock and schedule: an error this close to the deadline is the deadline's. */
const DEADLINE_SLACK_MS = 100;

function requestTimeout(label: string, cause?: unknown): DatabaseError {
  return new DatabaseError(
    'REQUEST_TIMEOUT',
    'The request ran past its deadline (REQUEST_TIMEOUT_MS) and its database work was cancelled; ask for less (smaller pages, a shallower neighborhood, a narrower window).',
    label,
    { cause },
  );
}

/** One transaction's worth of work: runs named statements from cypher/ and returns plain rows. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly onStatement?: (name: string) => void,
    /** Each statement that ran, so its plan is known to be cached (plan-first.ts). */
    private readonly onRan?: (statement: SentStatement) => void,
  ) {}

  /** `types`: the statement's variant written for those relation types alone (cypher()); all of them by default. */
  async run<T = Row>(name: string, params: Record<string, unknown> = {}, literals?: CypherLiterals, types?: readonly string[]): Promise<T[]> {
    const statement = cypher(name, literals, types);
    this.onStatement?.(name);
    try {
      const result = await this.tx.run(statement.text, params);
      this.onRan?.({ name: statement.name, text: statement.text, params });
      return result.records.map((record) => toPlain(record.toObject()) as T);
    } catch (error) {
      // Rethrown as Neo4j raised it, so the driver sees a deadlock or a lost connection and retries
      // the transaction function; the product's error is made once, outside it (Database.transaction).
      if (error !== null && typeof error === 'object') failedStatement.set(error, { file: name, sent: { name: statement.name, text: statement.text, params } });
      throw error;
    }
  }
}

/** A statement as a request will send it (Database.planFirst): the parameters' types are what matter. */
export interface PlannedStatement {
  name: string;
  params: Record<string, unknown>;
  literals?: CypherLiterals | undefined;
  types?: readonly string[] | undefined;
}

export interface DatabaseOptions {
  txTimeoutMs: number;
  /** Counts every statement sent, so tests and benchmarks can prove round-trip bounds. */
  onStatement?: (name: string) => void;
  /** Retry budget of a transaction function on transient errors (DEFAULT_RETRY_MS). */
  retryMs?: number;
  /** Timeout to open a connection (DEFAULT_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
  /**
   * The request's deadline (epoch milliseconds): each transaction gets what time is left as its
   * Neo4j timeout, so the server terminates it there, and none starts after it (withDeadline).
   */
  deadlineAt?: number;
}

/**
 * The product's only door to Neo4j. Reads go through executeRead and writes through executeWrite,
 * so a routing driver (neo4j:// on a cluster or Aura) sends them to readers and the leader.
 * Transaction functions may be retried by the driver, so they must only touch the transaction.
 */
export class Database {
  private constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly options: DatabaseOptions,
    /**
     * Read-your-writes on a cluster: every session of this server hands its transactions the
     * bookmarks of the writes committed before, so a read routed to a follower waits there until
     * those writes are applied (a read right after an ingest sees it). One per driver, shared by
     * every per-request view (withDeadline).
     */
    readonly bookmarks: BookmarkManager = neo4j.bookmarkManager(),
  ) {}

  static connect(target: Neo4jTarget, options: DatabaseOptions): Database {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      userAgent: 'diplograph',
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: POOL_WAIT_MS,
      connectionTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      maxTransactionRetryTime: options.retryMs ?? DEFAULT_RETRY_MS,
    });
    return new Database(driver, target.database, options);
  }

  /**
   * The same database for one request that must end by `deadlineAt`: a transaction still running
   * then is terminated by Neo4j (its timeout is the time left) and the request gets REQUEST_TIMEOUT.
   */
  withDeadline(deadlineAt: number): Database {
    return new Database(this.driver, this.name, { ...this.options, deadlineAt }, this.bookmarks);
  }

  /**
   * Moves this request's deadline `ms` later, for time it spent waiting on something other than the
   * database (a text's extraction, bounded by its own EXTRACTION_TIMEOUT_MS), so its database work
   * still gets its REQUEST_TIMEOUT_MS. Every repository of the request shares this object, so all
   * see the new deadline. Without a deadline, nothing changes.
   */
  postponeDeadline(ms: number): void {
    if (this.options.deadlineAt !== undefined) this.options.deadlineAt += ms;
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw mapNeo4jError(error, 'verifyConnectivity');
    }
  }

  /**
   * One read statement in its own read transaction (planned first when this server never sent it: planFirst), sent
   * as an auto-commit transaction (readAlone); after a failure the driver would retry, as a transaction function.
   */
  async read<T = Row>(name: string, params: Record<string, unknown> = {}, literals?: CypherLiterals, types?: readonly string[]): Promise<T[]> {
    await this.planFirst('READ', [{ name, params, literals, types }]);
    const alone = await this.readAlone<T>(name, params, literals, types);
    return alone === RETRY_AS_TRANSACTION ? this.readTransaction((tx) => tx.run<T>(name, params, literals, types), name) : alone;
  }

  /**
   * One read statement as an auto-commit transaction: one round trip (RUN and PULL) where a transaction function
   * takes three (BEGIN, RUN and PULL, COMMIT), each waking Neo4j and then this process, and builds two driver results
   * (each capturing a stack trace, source-mapped under tsx) where it builds one. Measured on the 100k bench store at a
   * load of 2.5–7 (2 cores): a one-actor lookup 2.3 → 1.4 ms through the driver alone. The same deadline, metadata,
   * bookmarks, error mapping and announcement as transaction(). The driver never retries an auto-commit transaction,
   * so a failure it would retry (a lost connection, a cluster's leader moving) answers RETRY_AS_TRANSACTION, and the
   * statement runs again as a transaction function, which retries for DEFAULT_RETRY_MS as every read did before.
   */
  private async readAlone<T>(name: string, params: Record<string, unknown>, literals?: CypherLiterals, types?: readonly string[]) {
    const statement = cypher(name, literals, types);
    const sent: SentStatement = { name: statement.name, text: statement.text, params };
    const { byDeadline, config } = this.transactionConfig(name);
    const startedAt = performance.now();
    let failed = false;
    const session = this.session('READ');
    this.options.onStatement?.(name);
    try {
      const result = await session.run(statement.text, params, config);
      notePlanned(this.driver, sent);
      return result.records.map((record) => toPlain(record.toObject()) as T);
    } catch (error) {
      if (neo4j.isRetryableError(error)) return RETRY_AS_TRANSACTION;
      failed = true;
      throw this.failure(error, 'READ', byDeadline, { file: name, sent }, name);
    } finally {
      await session.close();
      announceFinished({ mode: 'READ', label: name, durationMs: performance.now() - startedAt, failed });
    }
  }

  /**
   * Has Neo4j plan, without the request's deadline, those of `statements` this server has not sent
   * with parameters of those types yet (src/db/plan-first.ts), then moves the deadline by the time
   * that took: a cold server's first request is not cut by planning alone. Call it before the
   * transaction that runs them (a transaction's timeout is fixed when it begins); the parameters
   * need only have the types the statements will be sent with. Nothing to do without a deadline.
   */
  async planFirst(mode: 'READ' | 'WRITE', statements: readonly PlannedStatement[]): Promise<void> {
    if (this.options.deadlineAt === undefined) return;
    const startedAt = Date.now();
    const sent = statements.map(({ name, params, literals, types }) => {
      const statement = cypher(name, literals, types);
      return { name: statement.name, text: statement.text, params };
    });
    await planFirst(this.driver, { database: this.name, mode, bookmarks: this.bookmarks }, sent);
    this.postponeDeadline(Date.now() - startedAt);
  }

  /** One write statement in its own write transaction. */
  write<T = Row>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run<T>(name, params), name);
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>, label: string): Promise<T> {
    return this.transaction('READ', work, label);
  }

  /** Several statements, all or nothing. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, label: string): Promise<T> {
    return this.transaction('WRITE', work, label);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, label: string): Promise<T> {
    const { byDeadline, config } = this.transactionConfig(label);
    const startedAt = performance.now();
    let failed = false;
    const session = this.session(mode);
    const ran = (statement: SentStatement) => notePlanned(this.driver, statement);
    const body = (managed: ManagedTransaction) => work(new Tx(managed, this.options.onStatement, ran));
    try {
      return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      failed = true;
      throw this.failure(error, mode, byDeadline, error !== null && typeof error === 'object' ? failedStatement.get(error) : undefined, label);
    } finally {
      await session.close();
      announceFinished({ mode, label, durationMs: performance.now() - startedAt, failed });
    }
  }

  /** A transaction's timeout (the time left before the request's deadline, or txTimeoutMs) and metadata; none starts too late. */
  private transactionConfig(label: string) {
    const left = this.options.deadlineAt === undefined ? Infinity : Math.floor(this.options.deadlineAt - Date.now());
    if (left < MIN_TRANSACTION_MS) throw requestTimeout(label);
    const byDeadline = left < this.options.txTimeoutMs;
    return { byDeadline, config: { timeout: byDeadline ? left : this.options.txTimeoutMs, metadata: { app: 'diplograph', query: label } } };
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /** The product's error for a failed transaction: REQUEST_TIMEOUT when the deadline cut it (and its statement is planned again). */
  private failure(
    error: unknown,
    mode: 'READ' | 'WRITE',
    byDeadline: boolean,
    statement: { file: string; sent: SentStatement } | undefined,
    label: string,
  ): Error {
    const mapped = mapNeo4jError(error, statement?.file ?? label);
    // Cut at the deadline, Neo4j reports a timeout, or a termination while the statement waited on a lock.
    const cutByDeadline = byDeadline && mapped instanceof DatabaseError && Date.now() >= this.options.deadlineAt! - DEADLINE_SLACK_MS;
    if (!cutByDeadline) return mapped;
    // Perhaps cut while still planning, which leaves no plan behind: planned now, without a deadline.
    if (statement) planInBackground(this.driver, { database: this.name, mode, bookmarks: this.bookmarks }, statement.sent);
    return requestTimeout(label, mapped);
  }

  /**
   * One command of a cypher/schema/ file (a constraint or an index): Neo4j runs schema commands
   * one per transaction, so the loader's one-file-one-statement rule cannot apply; `file` names it.
   */
  async schemaCommand(file: string, statement: string): Promise<void> {
    const session = this.driver.session({ database: this.name, bookmarkManager: this.bookmarks });
    try {
      await session.executeWrite((tx) => tx.run(statement), { metadata: { app: 'diplograph', query: file } });
    } catch (error) {
      throw mapNeo4jError(error, file);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
