import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

export type ConnectionState = 'live' | 'reconnecting' | 'offline' | 'ended';

/** The server's close code for a credential it no longer accepts (signed out elsewhere, expired). */
export const SESSION_ENDED = 4401;

const endsSession = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === SESSION_ENDED;

/**
 * What the screen shows in its corner: live, reconnecting, offline, or ended: the session is over
 * (4401), which no reconnect can mend; the page says so and offers sign-in instead of waiting.
 */
export const connection = $state<{ state: ConnectionState }>({ state: 'reconnecting' });

let client: Client | null = null;

/**
 * One graphql-ws client for queries, mutations and subscriptions, on the page's own origin. The
 * browser sends the session cookie with the handshake (no script ever holds the token). It
 * reconnects forever with backoff; subscriptions resume from their last cursor (see board store).
 */
export function graphqlClient(): Client {
  if (client) return client;
  client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(500 * 2 ** retries, 5_000))),
    on: {
      connecting: () => (connection.state = 'reconnecting'),
      connected: () => (connection.state = 'live'),
      closed: (e) => (connection.state = endsSession(e) ? 'ended' : navigator.onLine ? 'reconnecting' : 'offline'),
    },
  });
  return client;
}

/** Signed in, out or as someone else: the next request opens a socket with the cookie as it is now. */
export function reconnect(): void {
  void client?.dispose();
  client = null;
}

/** The session ended while (or before) a request ran: sign in again; retrying cannot help. */
export class SessionEndedError extends Error {
  constructor() {
    super('session ended');
  }
}

/** A refusal from the API, with its stable code (ALREADY_CLAIMED, BAD_USER_INPUT…) and details. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** What a write may bring besides its variables: a key that makes sending it again harmless. */
export interface Sending {
  /** The same for every attempt of one user action (a retry after a lost answer is not done twice). */
  idempotencyKey?: string;
}

/** A fresh idempotency key (crypto.randomUUID is missing on a plain-HTTP LAN address; this is not). */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What is sent for a document: the app's own documents go by the id the build gave them (the server
 * holds the same list), so the server looks them up instead of parsing and trusting a text.
 */
export function payloadOf<V>(doc: DocumentNode | TypedDocumentNode<unknown, V>, variables: V, sending: Sending = {}) {
  const id = (doc as { __meta__?: { hash?: string } }).__meta__?.hash;
  const extensions = { ...(id ? { documentId: id } : {}), ...sending };
  return { query: id ? '' : print(doc), variables: variables as Record<string, unknown>, extensions };
}

/** A query or mutation over the socket. */
export function request<R, V extends Record<string, unknown>>(
  c: Client,
  doc: TypedDocumentNode<R, V>,
  variables: V,
  sending: Sending = {},
): Promise<R> {
  return new Promise((resolve, reject) => {
    let result: R | undefined;
    c.subscribe<R>(payloadOf(doc, variables, sending), {
      next: (v) => {
        const first = v.errors?.[0];
        if (first)
          reject(new ApiError(first.message, first.extensions?.code as string | undefined, first.extensions ?? {}));
        else result = v.data as R;
      },
      error: (e) =>
        reject(
          endsSession(e)
            ? new SessionEndedError()
            : e instanceof Error
              ? e
              : new Error(String((e as { reason?: string }).reason ?? e)),
        ),
      complete: () => (result === undefined ? reject(new Error('no result')) : resolve(result)),
    });
  });
}
