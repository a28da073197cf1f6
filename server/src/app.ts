import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Context, Services } from './context.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { seedDemo } from './db/seed.js';
import { httpContext, socketContext } from './graphql/contexts.js';
import { formatErrorWith } from './graphql/errors.js';
import { introspectionForCallers } from './graphql/introspection.js';
import { buildHeatlineSchema } from './graphql/schema.js';
import { HttpDrain } from './http/drain.js';
import { httpApp } from './http/http.js';
import { instanceMetrics, operationMetrics, socketOperations } from './observability/operation-metrics.js';
import { readiness } from './http/readiness.js';
import { LIMITS, limitRules, REPLAY_LIMITS, SOCKET_LIMITS } from './graphql/limits.js';
import { CrewsService } from './modules/crews/crews.service.js';
import { IncidentsService } from './modules/incidents/incidents.service.js';
import { ReplayBudget } from './modules/board/replay-budget.js';
import { admit, credentialOf, rateLimitPlugin, RateLimits } from './graphql/rate-limit.js';
import { IdempotentWrites, idempotentSocketWrites, idempotentWrites } from './graphql/idempotency.js';
import {
  documentIdOf,
  persistedDocuments,
  trustedDocumentsPlugin,
  TrustedDocuments,
} from './graphql/trusted-documents.js';
import { ApiKeyService } from './modules/auth/api-key.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginLimits } from './modules/auth/login-limits.js';
import { clientAddress } from './modules/auth/login-limits.rules.js';
import { UserAdminService } from './modules/users/user-admin.service.js';
import { anonymous, type Viewer } from './modules/auth/viewer.js';
import { EventLog } from './modules/audit/event-log.js';
import { BoardFeed } from './modules/board/board-feed.js';
import { audienceOf } from './modules/board/board.rules.js';
import { EventFeed } from './modules/board/event-feed.js';
import { StatsService } from './modules/stats/stats.service.js';
import { PlaceDirectory } from './modules/places/place-directory.js';
import { Presence } from './modules/presence/presence.js';
import { OverdueSweeper } from './modules/tickets/overdue.sweeper.js';
import { RegistrationService } from './modules/tickets/registration.service.js';
import { TicketMovesService } from './modules/tickets/ticket-moves.service.js';
import { TicketRepository } from './modules/tickets/ticket.repository.js';
import { UnitService } from './modules/units/unit.service.js';
import { MemoryBus, RedisBus, type Bus } from './realtime/bus.js';
import { Connections } from './realtime/connections.js';
import { AttendanceService } from './modules/attendance/attendance.service.js';
import { NoticeSweeper } from './modules/notices/notice.sweeper.js';
import { NoticesService } from './modules/notices/notices.service.js';
import { VisitsService } from './modules/visits/visits.service.js';
import { MeetingService } from './modules/meetings/meeting.service.js';
import { httpCredential, isHttps, sessionCookie, socketCredential } from './modules/auth/credentials.js';
import { serveWebSockets } from './realtime/ws-server.js';

export interface App {
  orm: Orm;
  server: Server;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 5_000;
/** Where GraphQL is served: over HTTP POST, and over WebSocket (graphql-transport-ws). */
const GRAPHQL_PATH = '/graphql';

/** Wires the parts together: the database, the services, GraphQL over HTTP and WebSocket. */
export async function createApp(config: Config, log: Logger): Promise<App> {
  const orm = await openOrm(config.database);
  await migrate(orm, async () => {
    if (config.demo) await seedDemo(orm.em.fork() as EntityManager);
  });
  const schema = await buildHeatlineSchema();
  const fork = () => orm.em.fork() as EntityManager;
  const bus: Bus = config.redisUrl ? new RedisBus(config.redisUrl, log) : new MemoryBus();
  const places = new PlaceDirectory(fork);
  await places.get();
  // A unit changed on another instance: routing and transfers here must see it too.
  bus.on(
    'places.changed',
    () => void places.refresh().catch((err: unknown) => log.warn({ err }, 'reading the places again failed')),
  );
  const events = new EventLog(orm, bus);
  const feed = new EventFeed(fork, events, bus, log, config.subscriberBuffer, config.feedPollMs);
  await feed.start();
  const registration = new RegistrationService(config.calendar, places, events, fork, config.ladder);
  const loginLimits = new LoginLimits(config.redisUrl, log);
  const auth = new AuthService(config.sessionHours, bus, loginLimits, log);
  const notices = new NoticesService(events, config.calendar.timeZone);
  const rateLimits = new RateLimits(config.rateLimitPerMinute, config.redisUrl, log);
  const crews = new CrewsService(events, places);
  const moves = new TicketMovesService(places, registration, events, undefined, (tx, ticketId, v, now) =>
    crews.arriveWith(tx, ticketId, v, now),
  );
  const incidents = new IncidentsService(events, places, moves, config.incidentProposal, fork, log);
  registration.onRegistered = (t) => incidents.watchCluster(t);
  const services: Services = {
    attendance: new AttendanceService(events, places, config.calendar.timeZone),
    meetings: new MeetingService(events, places, notices),
    auth,
    apiKeys: new ApiKeyService(bus, places, loginLimits, log),
    users: new UserAdminService(auth, places, log),
    registration,
    moves,
    incidents,
    crews,
    tickets: new TicketRepository(),
    events,
    places,
    units: new UnitService(places, log, bus),
    presence: new Presence(bus, config.presenceTtlMs),
    board: new BoardFeed(
      feed,
      places,
      log,
      config.replayWindow,
      new ReplayBudget(REPLAY_LIMITS, credentialOf, (viewer, address, cost) => rateLimits.spend(viewer, address, cost)),
    ),
    stats: new StatsService(config.calendar.timeZone, places),
    notices,
    visits: new VisitsService(events, places, notices, config.calendar),
  };
  const sweeper = new OverdueSweeper(fork, events, log, config.overdueSweepMs, config);
  sweeper.start();
  const noticeSweeper = new NoticeSweeper(fork, events, log, config.overdueSweepMs);
  noticeSweeper.start();
  const connections = new Connections<Viewer>(
    (credential) => services.auth.fromCredential(fork(), credential),
    bus,
    log,
    SOCKET_LIMITS.perCredential,
  );
  const writes = new IdempotentWrites(fork, config.redisUrl, log);
  const trusted = TrustedDocuments.load(config.trustedDocumentsOnly);
  const server = createServer();
  const metrics = instanceMetrics(server, () => feed.subscribers, orm);
  feed.onLiveDelivery = (e) => metrics.delivered(e.event.at);
  const formatError = formatErrorWith(log, (e) => metrics.error(String(e.extensions?.code), e.message));
  const drain = new HttpDrain(server, () => metrics.refusedWhileStopping('http'));
  const ws = serveWebSockets<Viewer, Context>({
    server,
    path: GRAPHQL_PATH,
    schema,
    connections,
    credentialOf: socketCredential,
    anonymous,
    audienceOf: (ctx, perViewer) => audienceOf((ctx as Context).viewer, perViewer),
    formatError,
    keepAliveMs: config.wsKeepAliveMs,
    validationRules: limitRules(),
    maxTokens: LIMITS.tokens,
    context: (session, payload) => socketContext(services, fork, session, payload),
    documentOf: (session, payload) => {
      const text = payload.query || trusted.text(documentIdOf(payload));
      trusted.check(session.viewer, text);
      return text;
    },
    admit: (session, document, payload) =>
      admit(rateLimits, schema, session, document, payload.variables, payload.operationName),
    addressOf: (req) => clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxyHops),
    maxOperationsPerSocket: SOCKET_LIMITS.operationsPerSocket,
    maxSocketsPerAddress: SOCKET_LIMITS.perAddress,
    aroundExecute: aroundEach(socketOperations(metrics), idempotentSocketWrites(writes)),
  });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // Only for signed-in callers and API keys (introspectionForCallers).
    introspection: true,
    // Paths and package versions are for the log, never for the caller, in any mode.
    includeStacktraceInErrorResponses: false,
    // Automatic persisted queries would answer a hash that does not match its query as an internal error.
    persistedQueries: false,
    validationRules: limitRules(),
    parseOptions: { maxTokens: LIMITS.tokens },
    // main.ts owns the signals: it drains, closes the database, then exits.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      { serverWillStart: async () => ({ drainServer: () => ws.dispose() }) },
      rateLimitPlugin(rateLimits, schema),
      trustedDocumentsPlugin(trusted),
      idempotentWrites(writes),
      introspectionForCallers(),
      operationMetrics(metrics),
      // Apollo's landing pages load scripts from its CDN, which the CSP refuses; the board is the UI.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const graphql = expressMiddleware(apollo, {
    context: ({ req, res }) =>
      httpContext(services, fork, {
        ...httpCredential(req.headers),
        address: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxyHops),
        cookie: sessionCookie(res, isHttps(req, config.trustProxyHops)),
      }),
  });
  server.on(
    'request',
    httpApp(config, graphql, () => readiness(orm, bus), { metrics, drain, documents: persistedDocuments(trusted) }),
  );

  return {
    orm,
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        const onError = (err: NodeJS.ErrnoException) =>
          reject(
            new Error(
              err.code === 'EADDRINUSE'
                ? `port ${config.port} is already in use; stop the other process or set PORT`
                : `cannot listen on ${config.host}:${config.port}: ${err.message}`,
            ),
          );
        server.once('error', onError);
        server.listen(config.port, config.host, () => {
          server.off('error', onError);
          const { port } = server.address() as AddressInfo;
          resolve(`http://localhost:${port}/graphql`);
        });
      }),
    close: async () => {
      // New requests and socket operations are refused first (503 with Connection: close; a coded
      // error); those in flight are answered; then sockets close with 1012, which clients retry.
      await Promise.all([drain.start(SHUTDOWN_GRACE_MS), ws.drain(SHUTDOWN_GRACE_MS)]);
      server.closeIdleConnections();
      const hard = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      try {
        feed.stop();
        sweeper.stop();
        noticeSweeper.stop();
        services.presence.stop();
        connections.stop();
        await apollo.stop();
      } finally {
        clearTimeout(hard);
      }
      await rateLimits.close();
      writes.close();
      await bus.close();
      await services.auth.close();
      await orm.close();
    },
  };
}

type AroundExecute = (args: ExecutionArgs, run: () => Promise<ExecutionResult>) => Promise<ExecutionResult>;

/** Wrappers of a socket operation's execution, the first outermost. */
function aroundEach(...wrappers: AroundExecute[]): AroundExecute {
  return (args, run) => wrappers.reduceRight<() => Promise<ExecutionResult>>((inner, w) => () => w(args, inner), run)();
}
