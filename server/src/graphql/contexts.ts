import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { HttpContext, Services, SocketContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { SessionCookie } from '../modules/auth/credentials.js';
import { anonymous, type Viewer } from '../modules/auth/viewer.js';
import type { SocketSession } from '../realtime/ws-server.js';
import type { SubscribePayload } from 'graphql-ws';
import { requestText } from './idempotency.js';

/**
 * An HTTP request's context; a bad credential is refused before any resolver runs, as 401. A dead
 * session cookie is not: it is cleared, and the request goes on signed out, so the sign-in that
 * follows a session ended elsewhere is not refused for the cookie it replaces.
 */
export async function httpContext(
  services: Services,
  fork: () => EntityManager,
  {
    authorization,
    fromCookie = false,
    address = null,
    cookie,
  }: { authorization?: string; fromCookie?: boolean; address?: string | null; cookie?: SessionCookie },
): Promise<HttpContext> {
  const em = fork();
  const context = (viewer: Viewer): HttpContext => ({ transport: 'http', em, viewer, services, address, cookie });
  try {
    return context(await services.auth.authenticate(em, authorization));
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (fromCookie) {
      cookie?.clear();
      return context(anonymous);
    }
    throw new GraphQLError(e.message, {
      extensions: { code: e.code, messageKey: e.key, params: e.details, http: { status: 401 } },
    });
  }
}

/** A WebSocket operation's context: the connection authenticated its viewer once, at connect. */
export function socketContext(
  services: Services,
  fork: () => EntityManager,
  socket: SocketSession<Viewer>,
  payload: SubscribePayload,
): SocketContext {
  const key = payload.extensions?.idempotencyKey;
  const ctx: SocketContext = {
    transport: 'socket',
    em: fork(),
    viewer: socket.viewer,
    services,
    socket,
    idempotency:
      key === undefined || !socket.credential
        ? undefined
        : {
            key,
            credential: socket.credential,
            request: requestText({ ...payload, documentId: payload.extensions?.documentId }),
          },
    renew: () => void (ctx.em = fork()),
  };
  return ctx;
}
