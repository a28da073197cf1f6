import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ok } from './graphql.js';

/** How long a wait may take before it fails. Generous: it only bounds a failure, a pass never waits it out. */
export const WAIT_MS = 20_000;

export interface Received<T = any> {
  items: T[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  /** Resolves once the server has acknowledged the connection (its credential was accepted). */
  connected: Promise<void>;
  /** Resolves when `n` items have arrived; fails naming what it awaited and what did arrive. */
  waitFor(n: number, what?: string, ms?: number): Promise<T[]>;
  stop(): Promise<void>;
}

/** A short account of received items for failure messages: the fields that tell events apart. */
function describe(items: unknown[]): string {
  const brief = items.map((i) => {
    if (i === null || typeof i !== 'object') return i;
    if (Array.isArray(i)) return `[${i.length} entries]`;
    const { seq, type, ticket } = i as { seq?: unknown; type?: unknown; ticket?: { id?: unknown } | null };
    return seq !== undefined || type !== undefined ? { seq, type, ticket: ticket?.id } : i;
  });
  const text = JSON.stringify(brief);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** A graphql-ws client that records what one subscription receives and how the socket closed. */
export function subscribe<T = any>(
  wsUrl: string,
  connectionParams: Record<string, unknown> | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Received<T> {
  let acknowledged!: () => void;
  let refused!: (e: Error) => void;
  const state: Received<T> = {
    items: [],
    errors: [],
    closed: null,
    connected: new Promise<void>((resolve, reject) => ((acknowledged = resolve), (refused = reject))),
    waitFor: async (n, what = `${n} items`, ms = WAIT_MS) => {
      await until(
        () => {
          if (state.items.length >= n) return true;
          if (state.closed || state.errors.length)
            throw new Error(
              `waiting for ${what}, the subscription ended after ${state.items.length}/${n}: ` +
                `${JSON.stringify(state.closed ?? state.errors)}; received ${describe(state.items)}`,
            );
          return false;
        },
        what,
        () => `${state.items.length}/${n} arrived: ${describe(state.items)}`,
        ms,
      );
      return state.items;
    },
    stop: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
  // Only a test that awaits it cares that a connection was refused; the others read `closed`.
  state.connected.catch(() => undefined);
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    // The close is recorded in `closed`; the default would print the whole CloseEvent.
    onNonLazyError: () => undefined,
    on: {
      connected: () => acknowledged(),
      closed: (e) => {
        const ev = e as { code: number; reason: string };
        state.closed = { code: ev.code, reason: String(ev.reason) };
        // Settles `connected` for a socket closed before it was acknowledged (a no-op after).
        refused(new Error(`the connection closed before it was acknowledged: ${ev.code} ${String(ev.reason)}`));
      },
    },
  });
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors) state.errors.push(...v.errors);
        else state.items.push((Object.values(v.data ?? {})[0] ?? v.data) as T);
      },
      error: (e) => state.errors.push(e),
      complete: () => undefined,
    },
  );
  return state;
}

/**
 * Subscribes to the board from the newest event on, whenever the server gets round to registering the
 * subscription: what is written after this resolves is delivered, with no sleep to hope for it.
 */
export async function subscribeFromNow<T = any>(
  httpUrl: string,
  wsUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Received<T>> {
  const { boardCursor } = await ok<{ boardCursor: string }>(httpUrl, '{ boardCursor }', {}, token);
  return subscribe<T>(wsUrl, { token }, query, { ...variables, since: boardCursor });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `cond` holds, polling. On a time-out the error names what was awaited and, through
 * `seen`, what there was instead.
 */
export async function until(
  cond: () => boolean | Promise<boolean>,
  what = 'condition',
  seen?: () => string | Promise<string>,
  ms = WAIT_MS,
): Promise<void> {
  const started = Date.now();
  while (!(await cond())) {
    if (Date.now() - started > ms)
      throw new Error(`timed out after ${ms} ms waiting for ${what}${seen ? `; instead: ${await seen()}` : ''}`);
    await sleep(25);
  }
}
