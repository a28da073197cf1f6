/** Pure board state: what the wall shows, derived from events. No I/O, unit-tested. */

import type { BoardPage_TicketFragment as BoardTicket } from '$lib/graphql/generated/graphql.js';
import { OPEN_STATUSES } from '$lib/ticket/ticket-status.js';

export type { BoardTicket };

/** `F` is what the feed shows of an event. */
export interface BoardState<F extends { seq: number }> {
  /** Open tickets by id: what the map places. */
  open: Map<string, BoardTicket>;
  /** Newest first, bounded. */
  feed: F[];
  lastSeq: number;
}

export interface BoardChange<F> {
  seq: number;
  /** Null for an event of the room (a unit signing in): it goes into the feed only. */
  ticketId: string | null;
  /** Null when the event took the ticket out of what this screen may read. */
  ticket: BoardTicket | null;
  item: F;
}

export const FEED_MAX = 50;

/**
 * The board as it stood at `cursor`: the open tickets, and the feed's recent events (newest first,
 * all at or before the cursor, so the live events that follow never repeat one).
 */
export function boardAt<F extends { seq: number; ticket?: unknown; roomUnitId?: string | null }>(
  open: Iterable<BoardTicket>,
  recent: readonly F[],
  cursor: number,
): BoardState<F> {
  return {
    open: new Map([...open].map((t) => [t.id, t])),
    feed: recent.filter((e) => e.seq <= cursor && (e.ticket !== null || !!e.roomUnitId)).slice(0, FEED_MAX),
    lastSeq: cursor,
  };
}

/** Applies one event; a replayed or duplicate one (seq already seen) changes nothing. */
export function applyEvent<F extends { seq: number }>(state: BoardState<F>, e: BoardChange<F>): boolean {
  if (e.seq <= state.lastSeq) return false;
  state.lastSeq = e.seq;
  const t = e.ticket;
  // A ticket that left this screen's units goes from the map; its feed shows only what it may read.
  if (!t && e.ticketId !== null) {
    state.open.delete(e.ticketId);
    return true;
  }
  if (t && OPEN_STATUSES.includes(t.status)) state.open.set(t.id, t);
  else if (t) state.open.delete(t.id);
  state.feed.unshift(e.item);
  if (state.feed.length > FEED_MAX) state.feed.length = FEED_MAX;
  return true;
}

/** Open tickets per compound, for sizing the compound symbols. */
export function openByCompound(state: BoardState<{ seq: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of state.open.values()) if (t.compound) counts.set(t.compound.id, (counts.get(t.compound.id) ?? 0) + 1);
  return counts;
}

/** What the map rings for a meeting's item in focus: its station or compound, its tickets and theirs. */
export function focusPlaces(
  item: {
    station?: { id: string } | null;
    compound?: { id: string } | null;
    tickets: ReadonlyArray<{ id: string; compound?: { id: string } | null }>;
  } | null,
): Set<string> {
  if (!item) return new Set();
  return new Set(
    [item.station?.id, item.compound?.id, ...item.tickets.flatMap((t) => [t.id, t.compound?.id])].filter(
      (id): id is string => !!id,
    ),
  );
}
