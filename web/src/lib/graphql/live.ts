import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { graphql } from './generated/index.js';
import { payloadOf, request } from './client.svelte.js';

const BoardCursor = graphql(`
  query BoardCursor {
    boardCursor
  }
`);

export interface LiveOptions<S, E extends { cursor: string }, V extends { since?: string | null }> {
  /**
   * The state as it stands; loaded after the cursor is read, so a change in between is not lost.
   * It gets the cursor, for what must end there (the feed's recent events).
   */
  snapshot: (cursor: string) => Promise<S>;
  /** The snapshot, and the cursor of the newest event it already includes. */
  onSnapshot?: (s: S, cursor: string) => void;
  /** A `boardEvents` subscription taking `$since`. */
  events: TypedDocumentNode<{ boardEvents: E }, V>;
  variables: Omit<V, 'since'>;
  onEvent: (e: E) => void;
  /** Whatever else runs while the page follows (presence, a heartbeat); it returns its own stop. */
  alongside?: () => () => void;
}

export interface Live {
  /** Settles once following; or early, doing nothing more, if stopped first. */
  started: Promise<void>;
  stop: () => void;
}

/**
 * Keeps a page live: the newest cursor, then the snapshot, then every event after that cursor.
 * stop() may come at any point (the page was left): nothing starts after it, and no event is applied.
 */
export function live<S, E extends { cursor: string }, V extends { since?: string | null }>(
  client: Client,
  o: LiveOptions<S, E, V>,
): Live {
  let stopped = false;
  const stops: Array<() => void> = [];

  // The server skipped events (this screen was away too long): start again from a fresh snapshot.
  function startAgain() {
    if (stopped) return;
    stops.splice(0).forEach((s) => s());
    restart(0);
  }

  // Re-reading may itself be refused (rate limit, a restart): try again, backing off, until stopped.
  function restart(attempt: number) {
    if (stopped) return;
    start().catch(() => setTimeout(() => restart(attempt + 1), Math.min(500 * 2 ** attempt, 10_000)));
  }

  async function start() {
    const cursor = (await request(client, BoardCursor, {})).boardCursor;
    if (stopped) return;
    const snapshot = await o.snapshot(cursor);
    if (stopped) return;
    o.onSnapshot?.(snapshot, cursor);
    // graphql-ws re-sends this same payload after a reconnect: keeping `since` at the last cursor
    // seen resumes there, nothing missed, nothing twice.
    const variables: Record<string, unknown> & { since: string } = { ...o.variables, since: cursor };
    stops.push(
      client.subscribe<{ boardEvents: E }>(payloadOf(o.events as DocumentNode, variables), {
        next: ({ data, errors }) => {
          // A subscription refused at its start answers once with errors: the connection retries.
          if (errors?.length) return;
          const e = data?.boardEvents;
          if (!e || stopped) return;
          if ((e as { type?: unknown }).type === 'GAP') return startAgain();
          variables.since = e.cursor;
          o.onEvent(e);
        },
        // The client retries forever; the connection badge shows the state meanwhile.
        error: () => undefined,
        complete: () => undefined,
      }),
    );
    if (o.alongside) stops.push(o.alongside());
  }

  return {
    started: start(),
    stop: () => {
      stopped = true;
      stops.splice(0).forEach((s) => s());
    },
  };
}
