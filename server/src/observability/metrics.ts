import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Transport = 'http' | 'socket';

// Operation names come from callers: only a bounded set of plain names becomes a label value.
const MAX_OPERATION_NAMES = 200;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Codes of refusals by a limit: too deep, too wide, too many tokens, too costly, too many requests. */
const LIMIT_MESSAGE = /limit of \d+ exceeded|more than \d+ tokens|costs \d+, more than \d+/;

/** What an operator watches: operations and their latency, refusals, sockets, subscribers, lag, the pool. */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();

  private readonly operations = new Counter({
    name: 'heatline_graphql_operations_total',
    help: 'GraphQL queries and mutations executed, by transport, operation name and type',
    labelNames: ['transport', 'operation', 'type'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'heatline_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL query or mutation, by transport and operation name',
    labelNames: ['transport', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'heatline_graphql_errors_total',
    help: 'GraphQL errors sent to callers, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly limitRefusals = new Counter({
    name: 'heatline_limit_refusals_total',
    help: 'Operations refused by a limit (depth, aliases, directives, tokens, cost, rate), by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly lag = new Histogram({
    name: 'heatline_event_delivery_lag_seconds',
    help: "Time from an audit event's commit time to its hand-over to a live subscription",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly shutdownRefusals = new Counter({
    name: 'heatline_shutdown_refusals_total',
    help: 'Requests and WebSocket operations refused because the instance was stopping',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });

  constructor(sources: {
    httpConnections: () => Promise<number>;
    webSockets: () => number;
    subscribers: () => number;
    pool: () => { used: number; free: number; pending: number } | null;
  }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'heatline_' });
    const gauge = (name: string, help: string, read: () => number | Promise<number>) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          this.set(await read());
        },
      });
    gauge('heatline_http_connections', 'Open HTTP connections (keep-alive included)', sources.httpConnections);
    gauge('heatline_websocket_connections', 'Open WebSocket connections', sources.webSockets);
    gauge('heatline_live_subscribers', 'Live board subscriptions on this instance', sources.subscribers);
    gauge('heatline_db_pool_used', 'Database connections in use', () => sources.pool()?.used ?? 0);
    gauge('heatline_db_pool_free', 'Idle database connections in the pool', () => sources.pool()?.free ?? 0);
    gauge('heatline_db_pool_pending', 'Callers waiting for a database connection', () => sources.pool()?.pending ?? 0);
  }

  /** An operation's name as a label: plain and among the first names seen, else "other". */
  private label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.names.has(name)) return name;
    if (!PLAIN_NAME.test(name) || this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  /** Starts timing an operation; call the result when it has been answered. */
  operation(transport: Transport, name: string | null | undefined, type: string): () => void {
    const operation = this.label(name);
    this.operations.inc({ transport, operation, type });
    const end = this.duration.startTimer({ transport, operation });
    return () => void end();
  }

  error(code: string, message: string): void {
    this.errors.inc({ code });
    if (
      code === 'TOO_MANY_REQUESTS' ||
      (/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/.test(code) && LIMIT_MESSAGE.test(message))
    )
      this.limitRefusals.inc({ code });
  }

  delivered(at: Date): void {
    this.lag.observe(Math.max(0, Date.now() - at.getTime()) / 1000);
  }

  refusedWhileStopping(transport: Transport): void {
    this.shutdownRefusals.inc({ transport });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
