import type { IncomingMessage, Server } from 'node:http';
import {
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Connections } from './connections.js';

const VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';
const TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS';
const BAD_INPUT = 'BAD_USER_INPUT';
const PARSE_FAILED = 'GRAPHQL_PARSE_FAILED';

/** An error of a result that never started executing: its variables did not fit (not a domain refusal). */
const unstarted = (result: ExecutionResult, e: GraphQLError) =>
  !('data' in result) && !e.extensions.code && (!e.originalError || e.originalError instanceof GraphQLError);

const withCode = (e: GraphQLError, code: string) =>
  new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { code } });

/** The largest WebSocket message accepted, as the largest HTTP body (256 KiB). */
export const MAX_MESSAGE_BYTES = 256 * 1024;
import { CLOSE_RESTARTING, CLOSE_TRY_AGAIN_LATER } from './close-codes.js';
import { sharedSubscribe, type AudienceOf } from './shared-execution.js';

/** One open connection: who signed in on it, how to end it, and what to undo when it ends. */
export interface SocketSession<V> {
  viewer: V;
  /** What it signed in with (a retried write is known by it, as on HTTP). */
  credential: string | null;
  /** The peer's address (rate limits of the signed-out are counted by it). */
  address: string | null;
  close(code: number, reason: string): void;
  /** Runs `fn` when the connection closes; a second call with the same key replaces the first. */
  onClose(key: string, fn: () => void): void;
}

export interface WsServerOptions<V, C> {
  server: Server;
  path: string;
  schema: GraphQLSchema;
  connections: Connections<V>;
  /** The credential a connection opens with: from its connectionParams or its handshake. */
  credentialOf: (params: Record<string, unknown> | undefined, request: IncomingMessage) => string | null;
  anonymous: V;
  audienceOf: AudienceOf;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** How often to ping each connection; one that does not answer by the next ping is closed. 0: never. */
  keepAliveMs: number;
  /** Validation beyond the specification's (the limits), as on HTTP. */
  validationRules: readonly ValidationRule[];
  /** The most lexical tokens a document may have, as on HTTP. */
  maxTokens: number;
  /** The context of one operation on a connection. */
  context: (session: SocketSession<V>, payload: SubscribePayload) => C;
  /** The text of an operation's document (sent in full, or named by id); throws a GraphQLError to refuse it. */
  documentOf: (session: SocketSession<V>, payload: SubscribePayload) => string;
  /** Prices and charges an operation before it runs; throws a GraphQLError to refuse it. */
  admit: (session: SocketSession<V>, document: DocumentNode, payload: SubscribePayload) => Promise<void>;
  /** Operations (subscriptions mostly) one connection may hold open at once. */
  maxOperationsPerSocket: number;
  /** The client's address (behind trusted proxies, the one they name), as HTTP counts it. */
  addressOf: (request: IncomingMessage) => string | null;
  /** Connections one address may hold open at once, signed in or not. */
  maxSocketsPerAddress: number;
  /** Runs each query and mutation (the request id and the metrics wrap it). */
  aroundExecute?: (args: ExecutionArgs, run: () => Promise<ExecutionResult>) => Promise<ExecutionResult>;
}

export interface WebSockets {
  /**
   * Stopping: refuses new connections and operations, waits (at most `graceMs`) until every query
   * and mutation in flight has been answered, then closes each socket with 1012 for its client to
   * reconnect (elsewhere, or here after the restart) and resume.
   */
  drain(graceMs: number): Promise<void>;
  dispose(): Promise<void>;
}

/** graphql-ws on the HTTP server's port and path, authenticated once per connection. */
export function serveWebSockets<V, C>(o: WsServerOptions<V, C>): WebSockets {
  // A message larger than any HTTP body we accept is closed with 1009 before it is parsed: without
  // the cap, ws would buffer up to 100 MiB of, say, a connection_init with a garbage token.
  const wss = new WebSocketServer({ server: o.server, path: o.path, maxPayload: MAX_MESSAGE_BYTES });
  // The WebSocket server re-emits the HTTP server's errors, which the HTTP server reports itself.
  wss.on('error', () => {});
  // One address holding hundreds of sockets would hold as many authentications and buffers.
  const perAddress = new Map<string, number>();
  wss.on('connection', (socket, request) => {
    const address = o.addressOf(request) ?? 'unknown';
    const n = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, n);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    if (n > o.maxSocketsPerAddress)
      socket.close(CLOSE_TRY_AGAIN_LATER, `more than ${o.maxSocketsPerAddress} connections from one address`);
  });
  type Session = SocketSession<V> & { cleanups: Map<string, () => void>; operations: Set<string> };
  const sessions = new WeakMap<WebSocket, Session>();
  const sessionOf = (socket: WebSocket, address: string | null = null) => {
    let s = sessions.get(socket);
    if (!s) {
      const cleanups = new Map<string, () => void>();
      s = {
        viewer: o.anonymous,
        credential: null,
        address,
        operations: new Set(),
        cleanups,
        close: (code, reason) => socket.close(code, reason),
        onClose: (key, fn) => void cleanups.set(key, fn),
      };
      sessions.set(socket, s);
    }
    return s;
  };
  const format = (e: GraphQLError) => o.formatError(e.toJSON(), e);
  // Queries and mutations accepted and not yet answered, per socket: a stop waits for them.
  const answering = new Map<WebSocket, Set<string>>();
  const inFlight = () => [...answering.values()].reduce((n, ids) => n + ids.size, 0);
  let draining = false;
  let settled: (() => void) | null = null;
  const answered = (socket: WebSocket, id?: string) => {
    if (id === undefined) answering.delete(socket);
    else answering.get(socket)?.delete(id);
    if (draining && inFlight() === 0) settled?.();
  };
  // A client may complete an operation while it is still being admitted; graphql-ws then drops it
  // without calling onComplete or onError, so its place is freed here, from the client's message.
  wss.on('connection', (socket) =>
    socket.on('message', (data: Buffer) => {
      if (!data.includes('"complete"')) return;
      try {
        const m = JSON.parse(String(data)) as { type?: unknown; id?: unknown };
        if (m.type !== 'complete' || typeof m.id !== 'string') return;
        sessions.get(socket)?.operations.delete(m.id);
        answered(socket, m.id);
      } catch {
        // graphql-ws answers a message it cannot read itself.
      }
    }),
  );
  const server = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      schema: o.schema,
      // A document that does not parse is that operation's error, as on HTTP; graphql-ws would
      // otherwise close the whole socket (4500) and every other subscription on it.
      onSubscribe: async (ctx, id, payload) => {
        if (draining)
          return [
            new GraphQLError('the server is stopping: send this again once reconnected', {
              extensions: { code: 'SERVICE_UNAVAILABLE' },
            }),
          ];
        const session = sessionOf(ctx.extra.socket, o.addressOf(ctx.extra.request));
        if (session.operations.size >= o.maxOperationsPerSocket)
          return [
            new GraphQLError(`at most ${o.maxOperationsPerSocket} operations at once on one connection`, {
              extensions: { code: TOO_MANY_REQUESTS },
            }),
          ];
        // Held from now, so operations arriving together cannot all pass the check above.
        session.operations.add(id);
        try {
          // graphql-ws parses the payload's query after this hook: it must hold the text.
          (payload as { query: string }).query = o.documentOf(session, payload);
          const document = parse(payload.query, { maxTokens: o.maxTokens });
          await o.admit(session, document, payload);
          if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
            const ids = answering.get(ctx.extra.socket) ?? new Set<string>();
            answering.set(ctx.extra.socket, ids.add(id));
          }
        } catch (e) {
          session.operations.delete(id);
          if (!(e instanceof GraphQLError)) throw e;
          return [e.extensions.code ? e : withCode(e, PARSE_FAILED)];
        }
        return undefined;
      },
      // Both run just before the answer is written, so a close queued after them follows it.
      onComplete: (ctx, id) => {
        answered(ctx.extra.socket, id);
        sessions.get(ctx.extra.socket)?.operations.delete(id);
      },
      validate: (schema, document) => {
        try {
          return validate(schema, document, [...specifiedRules, ...o.validationRules]);
        } catch (e) {
          // graphql-js throws, rather than reports, on some documents (a subscription's root field
          // under @include with a variable): the sender's error, not the server's.
          if (e instanceof GraphQLError) return [withCode(e, VALIDATION_FAILED)];
          throw e;
        }
      },
      subscribe: sharedSubscribe(o.audienceOf),
      execute: (args) =>
        o.aroundExecute ? o.aroundExecute(args, async () => execute(args)) : (execute(args) as never),
      // The same stable error codes over the socket as over HTTP.
      // A result with errors and no data never started: its variables did not fit (BAD_USER_INPUT, as on HTTP).
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? {
              ...result,
              errors: result.errors.map((e) => format(unstarted(result, e) ? withCode(e, BAD_INPUT) : e)),
            }
          : result,
      // A document refused before it runs (invalid, over a limit) gets the code HTTP gives it.
      onError: (ctx, id, _payload, errors) => {
        answered(ctx.extra.socket, id);
        sessions.get(ctx.extra.socket)?.operations.delete(id);
        return errors.map(
          (e) => format(e.extensions.code || e.originalError ? e : withCode(e, VALIDATION_FAILED)) as never,
        );
      },
      onConnect: async (ctx) => {
        if (draining) {
          ctx.extra.socket.close(CLOSE_RESTARTING, 'the server is restarting: reconnect');
          return false;
        }
        const credential = o.credentialOf(ctx.connectionParams, ctx.extra.request);
        const viewer = await o.connections.connect(ctx.extra.socket, credential);
        if (!viewer) return false;
        // Closed while its credential was checked: onClose has run already, so count it out here.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) {
          o.connections.disconnect(ctx.extra.socket);
          return false;
        }
        Object.assign(sessionOf(ctx.extra.socket, o.addressOf(ctx.extra.request)), { viewer, credential });
        return true;
      },
      onClose: (ctx) => {
        answered(ctx.extra.socket);
        o.connections.disconnect(ctx.extra.socket);
        for (const fn of sessions.get(ctx.extra.socket)?.cleanups.values() ?? []) fn();
      },
      context: (ctx, _id, payload) => o.context(sessionOf(ctx.extra.socket), payload) as never,
    },
    wss,
    o.keepAliveMs,
  );
  let disposed: Promise<void> | null = null;
  const dispose = () => (disposed ??= Promise.resolve(server.dispose()));
  return {
    dispose,
    drain: async (graceMs) => {
      draining = true;
      if (inFlight() > 0)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          settled = () => (clearTimeout(timer), resolve());
        });
      // The last answer is written in the microtasks after its hook ran: close after them.
      await new Promise((resolve) => setImmediate(resolve));
      for (const socket of wss.clients)
        socket.close(CLOSE_RESTARTING, 'the server is restarting: reconnect and resume');
      await dispose();
    },
  };
}
