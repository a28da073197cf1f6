import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { HttpContext, Services, SocketContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { SocketSession } from '../realtime/ws-server.js';

/** An HTTP request's context; a bad credential is refused before any resolver runs, as 401. */
export async function httpContext(
  services: Services,
  fork: () => EntityManager,
  authorization: string | undefined,
  address: string | null = null,
): Promise<HttpContext> {
  const em = fork();
  try {
    return { transport: 'http', em, viewer: await services.auth.authenticate(em, authorization), services, address };
  } catch (e) {
    if (e instanceof DomainError)
      throw new GraphQLError(e.message, {
        extensions: { code: e.code, messageKey: e.key, params: e.details, http: { status: 401 } },
      });
    throw e;
  }
}

/** A WebSocket operation's context: the connection authenticated its viewer once, at connect. */
export function socketContext(
  services: Services,
  fork: () => EntityManager,
  socket: SocketSession<Viewer>,
): SocketContext {
  const ctx: SocketContext = {
    transport: 'socket',
    em: fork(),
    viewer: socket.viewer,
    services,
    socket,
    renew: () => void (ctx.em = fork()),
  };
  return ctx;
}
