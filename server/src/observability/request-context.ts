import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the log and the audit log know of the request being served. */
interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

// A proxy's or client's id is kept when it looks like one: no spaces, no control characters, short.
const SANE_ID = /^[A-Za-z0-9._:@-]{8,128}$/;

/** The caller's X-Request-Id when it is sane, else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  // `idem-` ids are the server's own (idempotency.ts): a caller cannot name another's retried write.
  return given && SANE_ID.test(given) && !given.startsWith('idem-') ? given : randomUUID();
}

/** Runs `fn` as part of the request `requestId`: its log lines and audit events carry the id. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return scope.run({ requestId }, fn);
}

/** The id of the request being served, or null outside any (a sweeper, the event feed). */
export function currentRequestId(): string | null {
  return scope.getStore()?.requestId ?? null;
}

/** A pino mixin: every line logged while serving a request names it. */
export function requestIdMixin(): { requestId?: string } {
  const id = currentRequestId();
  return id ? { requestId: id } : {};
}
