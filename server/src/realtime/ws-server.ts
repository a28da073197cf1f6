import type { Server } from 'node:http';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Connections } from './connections.js';

const VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';
const PARSE_FAILED = 'GRAPHQL_PARSE_FAILED';

const withCode = (e: GraphQLError, code: string) =>
  new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { code } });

/** The largest WebSocket message accepted, as the largest HTTP body (256 KiB). */
export const MAX_MESSAGE_BYTES = 256 * 1024;
import { sharedSubscribe, type AudienceOf } from './shared-execution.js';

/** One open connection: who signed in on it, how to end it, and what to undo when it ends. */
export interface SocketSession<V> {
  viewer: V;
  close(code: number, reason: string): void;
  /** Runs `fn` when the connection closes; a second call with the same key replaces the first. */
  onClose(key: string, fn: () => void): void;
}

export interface WsServerOptions<V, C> {
  server: Server;
  path: string;
  schema: GraphQLSchema;
  connections: Connections<V>;
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
  context: (session: SocketSession<V>) => C;
}

/** graphql-ws on the HTTP server's port and path, authenticated once per connection. */
export function serveWebSockets<V, C>(o: WsServerOptions<V, C>): { dispose: () => Promise<void> } {
  // A message larger than any HTTP body we accept is closed with 1009 before it is parsed: without
  // the cap, ws would buffer up to 100 MiB of, say, a connection_init with a garbage token.
  const wss = new WebSocketServer({ server: o.server, path: o.path, maxPayload: MAX_MESSAGE_BYTES });
  // The WebSocket server re-emits the HTTP server's errors, which the HTTP server reports itself.
  wss.on('error', () => {});
  const sessions = new WeakMap<WebSocket, SocketSession<V> & { cleanups: Map<string, () => void> }>();
  const sessionOf = (socket: WebSocket) => {
    let s = sessions.get(socket);
    if (!s) {
      const cleanups = new Map<string, () => void>();
      s = {
        viewer: o.anonymous,
        cleanups,
        close: (code, reason) => socket.close(code, reason),
        onClose: (key, fn) => void cleanups.set(key, fn),
      };
      sessions.set(socket, s);
    }
    return s;
  };
  const format = (e: GraphQLError) => o.formatError(e.toJSON(), e);
  const server = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      schema: o.schema,
      // A document that does not parse is that operation's error, as on HTTP; graphql-ws would
      // otherwise close the whole socket (4500) and every other subscription on it.
      onSubscribe: (_ctx, _id, payload) => {
        try {
          parse(payload.query, { maxTokens: o.maxTokens });
        } catch (e) {
          if (e instanceof GraphQLError) return [withCode(e, PARSE_FAILED)];
          throw e;
        }
        return undefined;
      },
      validate: (schema, document) => validate(schema, document, [...specifiedRules, ...o.validationRules]),
      subscribe: sharedSubscribe(o.audienceOf),
      // The same stable error codes over the socket as over HTTP.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(format) } : result,
      // A document refused before it runs (invalid, over a limit) gets the code HTTP gives it.
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => format(e.extensions.code || e.originalError ? e : withCode(e, VALIDATION_FAILED)) as never),
      onConnect: async (ctx) => {
        const viewer = await o.connections.connect(ctx.extra.socket, ctx.connectionParams);
        if (!viewer) return false;
        sessionOf(ctx.extra.socket).viewer = viewer;
        return true;
      },
      onClose: (ctx) => {
        o.connections.disconnect(ctx.extra.socket);
        for (const fn of sessions.get(ctx.extra.socket)?.cleanups.values() ?? []) fn();
      },
      context: (ctx) => o.context(sessionOf(ctx.extra.socket)) as never,
    },
    wss,
    o.keepAliveMs,
  );
  return { dispose: async () => void (await server.dispose()) };
}
