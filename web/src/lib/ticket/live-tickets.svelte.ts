import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { useFragment, type FragmentType } from '$lib/graphql/generated/index.js';
import { live } from '$lib/graphql/live.js';
import { sortByDue, upsertTicket, type ListTicket } from './ticket-list.rules.js';

type Ref<T> = FragmentType<DocumentTypeDecoration<T, unknown>>;

interface Options<T extends ListTicket, V extends { since?: string | null }> {
  client: Client;
  /** The list's own fragment: what a row shows and what the list sorts by. */
  fragment: DocumentTypeDecoration<T, unknown>;
  snapshot: () => Promise<Array<Ref<T>>>;
  /**
   * Each event names its ticket; without the ticket itself when it left what this list may read.
   * `ticketId` is null for an event of the room (a unit signing in): `onRoomEvent` hears of those.
   */
  events: TypedDocumentNode<{ boardEvents: { cursor: string; ticketId: string | null; ticket: Ref<T> | null } }, V>;
  variables: Omit<V, 'since'>;
  belongs: (t: T) => boolean;
  onRoomEvent?: () => void;
}

/** A list of tickets kept live (a unit's queue, the desk's tray): the tickets that `belong`, soonest due first. */
export function liveTickets<T extends ListTicket, V extends { since?: string | null }>(o: Options<T, V>) {
  const state = $state<{ tickets: T[]; ready: boolean }>({ tickets: [], ready: false });
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
  const newest = new Map<string, number>();

  const feed = live(o.client, {
    snapshot: o.snapshot,
    onSnapshot: (refs) => {
      const snapshot = refs.map((r) => useFragment(o.fragment, r));
      for (const t of snapshot) newest.set(t.id, t.version);
      state.tickets = sortByDue(snapshot.filter(o.belongs));
      state.ready = true;
    },
    events: o.events,
    variables: o.variables,
    onEvent: (e) => {
      if (e.ticketId === null) return o.onRoomEvent?.();
      state.tickets = e.ticket
        ? upsertTicket(state.tickets, useFragment(o.fragment, e.ticket), o.belongs, newest)
        : state.tickets.filter((t) => t.id !== e.ticketId);
    },
  });

  return {
    state,
    stop: feed.stop,
    /** Applies a mutation's answer at once, before its event arrives. */
    apply: (t: ListTicket) => (state.tickets = upsertTicket(state.tickets, t, o.belongs, newest)),
  };
}
