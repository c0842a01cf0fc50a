import { randomUUID } from 'node:crypto';
import diagnostics_channel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { PLAN_FINISHED, type PlanFinished } from '../db/background-plans.js';
import { PLANNED_FIRST, type PlannedFirst } from '../db/plan-first.js';
import { TRANSACTION_FINISHED, type TransactionFinished } from '../db/transaction-events.js';
import type { IngestReport } from '../ingest/apply-briefing.js';
import { BRIEFING_INGESTED } from '../ingest/ingest-events.js';
import { Metrics } from './metrics.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';
import { currentRequest, runInRequestScope, type RequestRecord } from './request-scope.js';

/** Where the metrics are scraped. */
export const METRICS_PATH = '/metrics';
/** Paths polled by machines (probes, scrapers): logged at debug level so they do not drown the rest. */
const QUIET_PATHS = new Set(['/health', '/ready', METRICS_PATH]);
/** Longest request path written to the log, in characters (the query string never is: it may hold variables). */
const MAX_LOGGED_PATH_CHARS = 200;

/**
 * The server's logs and metrics: one log line and a few metrics per HTTP request, a histogram of
 * database transactions and counters of ingests (both heard on diagnostics channels, so the
 * database and ingest code know nothing of this module). close() stops listening.
 */
export class Observability {
  readonly metrics = new Metrics();
  private readonly onTransaction = (message: unknown) => this.transactionDone(message as TransactionFinished);
  private readonly onIngest = (message: unknown) => this.ingested(message as IngestReport);
  private readonly onPlan = (message: unknown) => this.planned(message as PlanFinished);
  private readonly onPlannedFirst = (message: unknown) => this.plannedFirst(message as PlannedFirst);
  /** This instance's requests (a test may run two servers in one process; each adds only to its own). */
  private readonly own = new WeakSet<RequestRecord>();

  constructor(readonly log: Logger) {
    diagnostics_channel.subscribe(TRANSACTION_FINISHED, this.onTransaction);
    diagnostics_channel.subscribe(BRIEFING_INGESTED, this.onIngest);
    diagnostics_channel.subscribe(PLAN_FINISHED, this.onPlan);
    diagnostics_channel.subscribe(PLANNED_FIRST, this.onPlannedFirst);
  }

  close(): void {
    diagnostics_channel.unsubscribe(TRANSACTION_FINISHED, this.onTransaction);
    diagnostics_channel.unsubscribe(BRIEFING_INGESTED, this.onIngest);
    diagnostics_channel.unsubscribe(PLAN_FINISHED, this.onPlan);
    diagnostics_channel.unsubscribe(PLANNED_FIRST, this.onPlannedFirst);
  }

  /** A statement cut by a request's deadline, planned again in the background (src/db/background-plans.ts). */
  private planned(event: PlanFinished): void {
    const line = { event: 'background-plan', statement: event.statement, durationMs: Math.round(event.durationMs) };
    if (event.error === undefined) this.log.info(line, `planned ${event.statement} in the background after a request was cut by its deadline`);
    else this.log.warn({ ...line, error: event.error }, `could not plan ${event.statement} in the background`);
  }

  /** A statement this server had never sent, planned before its request's deadline started (src/db/plan-first.ts). */
  private plannedFirst(event: PlannedFirst): void {
    const line = { event: 'planned-first', statement: event.statement, durationMs: Math.round(event.durationMs) };
    if (event.error === undefined) this.log.info(line, `planned ${event.statement} before its first request's deadline`);
    else this.log.warn({ ...line, error: event.error }, `could not plan ${event.statement} first; its request plans it`);
  }

  /**
   * Runs `handle` as one observed request: the request id (the caller's X-Request-Id if it is a
   * sane id, else a new one) is answered in the header; when the response ends, one log line.
   */
  observeRequest(req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void> {
    const id = requestIdFrom(req.headers);
    const record: RequestRecord = { id, log: this.log.child({ requestId: id }), errorCodes: [], databaseMs: 0 };
    this.own.add(record);
    const startedAt = performance.now();
    res.setHeader(REQUEST_ID_HEADER, id);
    res.once('close', () => this.requestDone(req, res, record, performance.now() - startedAt));
    return runInRequestScope(record, handle);
  }

  /**
   * A GraphQL operation over WebSocket (graphql-ws), observed like an HTTP request: a record with
   * its own request id (database time is added while `run` runs), and `done` writes the same log
   * line (`transport: "websocket"`, no HTTP status) and the same metrics when the operation ends.
   */
  observeOperation(keyId: string | undefined): { record: RequestRecord; run: <T>(work: () => T) => T; done: () => void } {
    const id = randomUUID();
    const record: RequestRecord = { id, log: this.log.child({ requestId: id }), keyId, errorCodes: [], databaseMs: 0 };
    this.own.add(record);
    const startedAt = performance.now();
    let finished = false;
    return {
      record,
      run: (work) => runInRequestScope(record, work),
      done: () => {
        if (finished) return;
        finished = true;
        const durationMs = performance.now() - startedAt;
        this.countOperation(record, durationMs);
        const line = { transport: 'websocket', path: '/graphql', ...operationFields(record, durationMs) };
        if (record.errorCodes.includes('INTERNAL_SERVER_ERROR')) record.log.error(line, 'request');
        else record.log.info(line, 'request');
      },
    };
  }

  private requestDone(req: IncomingMessage, res: ServerResponse, record: RequestRecord, durationMs: number): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.slice(0, MAX_LOGGED_PATH_CHARS);
    const status = res.writableFinished ? res.statusCode : 499;
    this.metrics.httpResponse(status);
    this.countOperation(record, durationMs);
    const line = { method: req.method, path, status, ...operationFields(record, durationMs) };
    if (QUIET_PATHS.has(path)) record.log.debug(line, 'request');
    else if (status >= 500) record.log.error(line, 'request');
    else record.log.info(line, 'request');
  }

  /** The metrics every finished request or WebSocket operation adds: its error codes and its latency. */
  private countOperation(record: RequestRecord, durationMs: number): void {
    for (const code of record.errorCodes) this.metrics.error(code);
    if (record.operationType) this.metrics.graphqlRequest(record.operationName ?? 'anonymous', record.operationType, durationMs / 1000);
  }

  private transactionDone(event: TransactionFinished): void {
    this.metrics.transaction(event.mode, event.label, event.failed, event.durationMs / 1000);
    const record = currentRequest();
    if (record && this.own.has(record)) record.databaseMs += event.durationMs;
  }

  private ingested(report: IngestReport): void {
    const created = report.relationsCreated.length;
    const corroborated = report.relationsCorroborated.length;
    this.metrics.ingested(report.briefingStatus, created, corroborated);
    (currentRequest()?.log ?? this.log).info(
      {
        event: 'ingest',
        briefingId: report.briefingId,
        briefingStatus: report.briefingStatus,
        relationsCreated: created,
        relationsCorroborated: corroborated,
        evidenceRetracted: report.evidenceRetracted,
      },
      'briefing ingested',
    );
  }
}

/** What a request's log line says of its GraphQL operation, the same over HTTP and WebSocket. */
function operationFields(record: RequestRecord, durationMs: number) {
  return {
    durationMs: Math.round(durationMs * 10) / 10,
    databaseMs: Math.round(record.databaseMs * 10) / 10,
    keyId: record.keyId,
    operationName: record.operationName,
    operationType: record.operationType,
    errorCodes: record.errorCodes.length > 0 ? record.errorCodes : undefined,
  };
}
