import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Request latency buckets, in seconds: from a cached lookup to the request deadline. */
const REQUEST_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];
/** Transaction buckets, in seconds. */
const TRANSACTION_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/**
 * Distinct client-chosen label values (operation names, error codes) a metric keeps before it
 * files new ones under "other": clients name operations, and each name is a time series.
 */
export const MAX_LABEL_VALUES = 200;
const LABEL_VALUE = /^[A-Za-z_][A-Za-z0-9_/.-]{0,63}$/;

/** Keeps a label's values few and well-formed: at most MAX_LABEL_VALUES, the rest "other". */
class BoundedLabel {
  private readonly seen = new Set<string>();

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (!LABEL_VALUE.test(value) || this.seen.size >= MAX_LABEL_VALUES) return 'other';
    this.seen.add(value);
    return value;
  }
}

/**
 * The server's Prometheus metrics (GET /metrics), in a registry of their own. They count what this
 * process does: every HTTP server and every ingest in it.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel();
  private readonly codes = new BoundedLabel();
  private readonly queries = new BoundedLabel();

  private readonly requestSeconds = new Histogram({
    name: 'diplograph_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP, by operation name ("anonymous" when unnamed) and type, in seconds.',
    labelNames: ['operation', 'type'],
    buckets: REQUEST_BUCKETS_S,
    registers: [this.registry],
  });

  private readonly httpResponses = new Counter({
    name: 'diplograph_http_responses_total',
    help: 'HTTP responses by status code (GraphQL, exports, health, metrics and pages).',
    labelNames: ['status'],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'diplograph_errors_total',
    help: 'Errors answered to clients, by extensions.code (GraphQL errors and refused HTTP requests).',
    labelNames: ['code'],
    registers: [this.registry],
  });

  private readonly briefings = new Counter({
    name: 'diplograph_ingested_briefings_total',
    help: 'Briefings ingested (committed), by outcome: CREATED, UPDATED or UNCHANGED.',
    labelNames: ['status'],
    registers: [this.registry],
  });

  private readonly relations = new Counter({
    name: 'diplograph_ingested_relations_total',
    help: 'Relations stated by ingested briefings: created (new to the graph) or corroborated (known, evidence added).',
    labelNames: ['status'],
    registers: [this.registry],
  });

  private readonly transactionSeconds = new Histogram({
    name: 'diplograph_database_transaction_duration_seconds',
    help: 'Neo4j transactions by mode, query (the cypher/ file or the work, e.g. "ingest") and outcome, in seconds.',
    labelNames: ['mode', 'query', 'outcome'],
    buckets: TRANSACTION_BUCKETS_S,
    registers: [this.registry],
  });

  constructor() {
    // Memory, CPU, event-loop lag, garbage collection, handles: the process_* and nodejs_* series.
    collectDefaultMetrics({ register: this.registry });
  }

  graphqlRequest(operation: string, type: string, seconds: number): void {
    this.requestSeconds.observe({ operation: this.operations.of(operation), type }, seconds);
  }

  httpResponse(status: number): void {
    this.httpResponses.inc({ status: String(status) });
  }

  error(code: string): void {
    this.errors.inc({ code: this.codes.of(code) });
  }

  ingested(status: string, relationsCreated: number, relationsCorroborated: number): void {
    this.briefings.inc({ status });
    if (relationsCreated > 0) this.relations.inc({ status: 'created' }, relationsCreated);
    if (relationsCorroborated > 0) this.relations.inc({ status: 'corroborated' }, relationsCorroborated);
  }

  transaction(mode: string, label: string, failed: boolean, seconds: number): void {
    // "ingest syria-daily-…" names a briefing: the work ("ingest") is the label, not the id.
    const query = this.queries.of(label.split(' ')[0] ?? label);
    this.transactionSeconds.observe({ mode, query, outcome: failed ? 'failed' : 'committed' }, seconds);
  }

  /** The exposition text a Prometheus scrape reads. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
