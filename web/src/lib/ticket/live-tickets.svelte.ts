import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { cursorNow, followBoard } from '$lib/graphql/follow.js';
import { sortByDue, upsertTicket, type ListTicket } from './ticket-list.rules.js';

interface Options<T extends ListTicket, V extends { since?: string | null }> {
  client: Client;
  /** The tickets as they stand, loaded after the cursor is read. */
  snapshot: () => Promise<T[]>;
  events: TypedDocumentNode<{ boardEvents: { cursor: string; ticket: T } }, V>;
  variables: V;
  belongs: (t: T) => boolean;
}

/**
 * A list of tickets kept live: the cursor first, then the snapshot, then every event after the
 * cursor, so a change made between the two is never lost; resumes from the last cursor on reconnect.
 */
export function liveTickets<T extends ListTicket, V extends { since?: string | null }>(o: Options<T, V>) {
  const state = $state<{ tickets: T[]; ready: boolean }>({ tickets: [], ready: false });
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
  const newest = new Map<string, number>();
  let stop: (() => void) | null = null;
  // stop() may come while start() still awaits: nothing may begin after it.
  let stopped = false;

  async function start() {
    o.variables.since = await cursorNow(o.client);
    const snapshot = await o.snapshot();
    if (stopped) return;
    for (const t of snapshot) newest.set(t.id, t.version);
    state.tickets = sortByDue(snapshot.filter(o.belongs));
    state.ready = true;
    stop = followBoard(o.client, o.events, o.variables, (e) => {
      state.tickets = upsertTicket(state.tickets, e.ticket, o.belongs, newest);
    });
  }

  /** Applies a mutation's answer at once, before its event arrives. */
  function apply(t: Partial<T> & ListTicket) {
    state.tickets = upsertTicket(state.tickets, t, o.belongs, newest);
  }

  return {
    state,
    start,
    apply,
    stop: () => {
      stopped = true;
      stop?.();
    },
  };
}
