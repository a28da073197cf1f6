import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Context, Services } from './context.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { seedDemo } from './db/seed.js';
import { DomainError } from './errors.js';
import { formatErrorWith } from './graphql/errors.js';
import { buildHeatlineSchema } from './graphql/schema.js';
import { AuthService } from './modules/auth/auth.service.js';
import type { Viewer } from './modules/auth/viewer.js';
import { TicketService } from './modules/tickets/ticket.service.js';
import { PlaceDirectory } from './modules/places/place-directory.js';
import { MemoryBus, RedisBus, type Bus } from './realtime/bus.js';
import { Connections } from './realtime/connections.js';
import { EventFeed } from './realtime/event-feed.js';
import { EventLog } from './realtime/event-log.js';
import { Realtime } from './realtime/realtime.js';
import { sharedSubscribe } from './realtime/shared-execution.js';
import { Presence } from './realtime/presence.js';
import { OverdueSweeper } from './modules/tickets/overdue.sweeper.js';

export interface App {
  orm: Orm;
  server: Server;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY = '256kb';
// The built web app (web/build), served on the API's port; a single-page app with one fallback page.
const WEB_BUILD = fileURLToPath(new URL('../../web/build/', import.meta.url));

function serveWebApp(app: express.Express): void {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) {
    app.get(
      '/',
      (_req, res) => void res.type('text').send('Heatline API at /graphql. The web app is not built: run pnpm build.'),
    );
    return;
  }
  app.use(express.static(WEB_BUILD, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => (req.method === 'GET' ? res.sendFile(join(WEB_BUILD, 'index.html')) : next()));
}
const SHUTDOWN_GRACE_MS = 5_000;

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
  const events = new EventLog(orm, bus);
  const feed = new EventFeed(fork, bus, log, config.subscriberBuffer, config.feedPollMs);
  await feed.start();
  const realtime = new Realtime(feed, places, log);
  const services: Services = {
    auth: new AuthService(config.sessionHours, bus),
    tickets: new TicketService(config.calendar, places, events, fork),
    places,
    presence: new Presence(bus, config.presenceTtlMs),
  };
  const sweeper = new OverdueSweeper(fork, events, log, config.overdueSweepMs);
  sweeper.start();
  const connections = new Connections(services.auth, fork, bus, log);
  const formatError = formatErrorWith(log);

  async function httpContext(authorization: string | undefined): Promise<Context> {
    const em = fork();
    try {
      return { em, viewer: await services.auth.authenticate(em, authorization), services };
    } catch (e) {
      if (e instanceof DomainError)
        throw new GraphQLError(e.message, { extensions: { code: e.code, http: { status: 401 } } });
      throw e;
    }
  }

  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const viewers = new WeakMap<object, Viewer>();
  const presenceKeys = new WeakMap<object, Set<string>>();
  const ws = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      schema,
      subscribe: sharedSubscribe(),
      // The same stable error codes over the socket as over HTTP.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e) as never),
      onConnect: async (ctx) => {
        const viewer = await connections.connect(ctx.extra.socket, ctx.connectionParams);
        if (!viewer) return false;
        viewers.set(ctx.extra.socket, viewer);
        return true;
      },
      onClose: (ctx) => {
        connections.disconnect(ctx.extra.socket);
        for (const key of presenceKeys.get(ctx.extra.socket) ?? []) services.presence.leave(key);
      },
      context: (ctx): Context => {
        const socket = ctx.extra.socket;
        const c: Context = {
          em: fork(),
          viewer: viewers.get(socket) ?? { kind: 'anonymous' },
          services,
          realtime,
          closeConnection: (code, reason) => socket.close(code, reason),
          presenceKeys: presenceKeys.get(socket) ?? presenceKeys.set(socket, new Set()).get(socket),
        };
        c.renew = () => void (c.em = fork());
        return c;
      },
    },
    wss,
  );
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    // main.ts owns the signals: it drains, closes the database, then exits.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      { serverWillStart: async () => ({ drainServer: async () => void (await ws.dispose()) }) },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async ({ req }) => httpContext(req.headers.authorization) }),
  );
  // Oversized or unparseable bodies get a GraphQL-shaped refusal, not an HTML error page.
  const bodyErrors: ErrorRequestHandler = (
    err: { status?: number; type?: string; message?: string },
    _req,
    res,
    next,
  ) => {
    if (!err.status || err.status >= 500) return next(err);
    const message =
      err.type === 'entity.too.large' ? `request body exceeds ${MAX_BODY}` : `malformed request: ${err.message}`;
    res.status(err.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
  };
  app.use(bodyErrors);
  // The web app shows "today" and every time in the configured zone, whatever the browser's zone is.
  app.get('/config.json', (_req, res) => void res.json({ tiles: config.tiles, timeZone: config.calendar.timeZone }));
  serveWebApp(app);

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
        // The WebSocket server re-emits the HTTP server's errors; without a listener it would throw.
        wss.on('error', () => {});
        server.listen(config.port, config.host, () => {
          server.off('error', onError);
          const { port } = server.address() as AddressInfo;
          resolve(`http://localhost:${port}/graphql`);
        });
      }),
    close: async () => {
      // Keep-alive sockets would hold server.close() open; requests in flight get a grace period.
      server.closeIdleConnections();
      const hard = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      try {
        feed.stop();
        sweeper.stop();
        services.presence.stop();
        connections.stop();
        await apollo.stop();
      } finally {
        clearTimeout(hard);
      }
      await bus.close();
      await orm.close();
    },
  };
}
