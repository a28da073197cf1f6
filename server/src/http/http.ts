import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { idempotencyKeys } from '../graphql/idempotency.js';
import { subscriptionsOverWebSocketOnly } from '../graphql/subscriptions-over-http.js';
import type { Config } from '../config.js';
import type { Metrics } from '../observability/metrics.js';
import { requestIdFrom, withRequestId } from '../observability/request-context.js';
import type { HttpDrain } from './drain.js';
import type { Readiness } from './readiness.js';
import { corsFor, inlineScriptHashes, securityHeaders } from './security.js';

const MAX_BODY = '256kb';
// The built web app (web/build), served on the API's port; a single-page app with one fallback page.
const WEB_BUILD = fileURLToPath(new URL('../../../web/build/', import.meta.url));

/**
 * The plain HTTP routes around the GraphQL endpoint: health (alive) and readiness (able to serve),
 * the metrics, the web app's config and the app itself.
 */
export function httpApp(
  config: Config,
  graphql: RequestHandler,
  ready: () => Promise<Readiness>,
  { metrics, drain, documents }: { metrics: Metrics; drain: HttpDrain; documents: RequestHandler },
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIds, securityHeaders(config.tiles, webAppScriptHashes()), drain.middleware);
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.get('/readyz', (_req, res, next) => {
    ready().then((r) => void res.status(r.ready ? 200 : 503).json(r), next);
  });
  app.get('/metrics', metricsRoute(config.metricsToken, metrics));
  // The body parser's callbacks run outside the request's scope: it is entered again after them.
  app.use(
    '/graphql',
    corsFor(config.corsOrigins),
    express.json({ limit: MAX_BODY }),
    requestIds,
    idempotencyKeys,
    documents,
    subscriptionsOverWebSocketOnly('/graphql'),
    graphql,
  );
  app.use(bodyErrors);
  // The web app shows "today" and every time in the configured zone, whatever the browser's zone is.
  app.get('/config.json', (_req, res) => void res.json({ tiles: config.tiles, timeZone: config.calendar.timeZone }));
  serveWebApp(app);
  return app;
}

/** Every request has an id (a sane X-Request-Id, else a new one), echoed, on its log lines and audit events. */
const requestIds: RequestHandler = (req, res, next) => {
  const id = (res.locals.requestId as string | undefined) ?? requestIdFrom(req.headers['x-request-id']);
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  withRequestId(id, next);
};

/** Prometheus's text, for whoever holds HEATLINE_METRICS_TOKEN; not served at all without one. */
function metricsRoute(token: string | null, metrics: Metrics): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return (req, res, next) => {
    if (!expected) return void res.status(404).type('text').send('metrics are off: set HEATLINE_METRICS_TOKEN');
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return void res.status(401).set('WWW-Authenticate', 'Bearer').type('text').send('send the metrics token');
    metrics.text().then((text) => void res.type(metrics.contentType).send(text), next);
  };
}

/** Oversized or unparseable bodies get a GraphQL-shaped refusal, not an HTML error page. */
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

const WEB_INDEX = join(WEB_BUILD, 'index.html');

/** The built page's inline bootstrap script, allowed by its hash (it changes with every build). */
function webAppScriptHashes(): string[] {
  return existsSync(WEB_INDEX) ? inlineScriptHashes(readFileSync(WEB_INDEX, 'utf8')) : [];
}

function serveWebApp(app: express.Express): void {
  if (!existsSync(WEB_INDEX)) {
    app.get(
      '/',
      (_req, res) => void res.type('text').send('Heatline API at /graphql. The web app is not built: run pnpm build.'),
    );
    return;
  }
  app.use(express.static(WEB_BUILD, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => (req.method === 'GET' ? res.sendFile(WEB_INDEX) : next()));
}
