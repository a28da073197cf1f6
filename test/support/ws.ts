import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received<T = any> {
  items: T[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  /** Resolves when `n` items have arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<T[]>;
  stop(): Promise<void>;
}

/** A graphql-ws client that records what one subscription receives and how the socket closed. */
export function subscribe<T = any>(
  wsUrl: string,
  connectionParams: Record<string, unknown> | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Received<T> {
  const state: Received<T> = {
    items: [],
    errors: [],
    closed: null,
    waitFor: (n, ms = 10_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (state.items.length >= n) return resolve(state.items);
          if (state.closed || state.errors.length)
            return reject(
              new Error(`ended after ${state.items.length}/${n}: ${JSON.stringify(state.closed ?? state.errors)}`),
            );
          if (Date.now() - started > ms) return reject(new Error(`timed out with ${state.items.length}/${n}`));
          setTimeout(check, 20);
        };
        check();
      }),
    stop: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    // The close is recorded in `closed`; the default would print the whole CloseEvent.
    onNonLazyError: () => undefined,
    on: {
      closed: (e) => {
        const ev = e as { code: number; reason: string };
        state.closed = { code: ev.code, reason: String(ev.reason) };
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

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `cond` holds, polling. */
export async function until(cond: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await cond())) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}
