/** Pure board state: what the wall shows, derived from events. No I/O, unit-tested. */

import type { BoardPage_TicketFragment as BoardTicket } from '$lib/graphql/generated/graphql.js';
import { HELD_STATUSES, OPEN_STATUSES, REPLIED_STATUSES } from '$lib/ticket/ticket-status.js';

export type { BoardTicket };

/** `F` is what the feed shows of an event. */
export interface BoardState<F> {
  /** Open tickets by id: what the map places. */
  open: Map<string, BoardTicket>;
  /** Newest first, bounded. */
  feed: F[];
  lastSeq: number;
  /** Tickets seen today (any state), for the KPI strip. */
  today: Map<string, BoardTicket>;
}

export interface BoardChange<F> {
  seq: number;
  ticket: BoardTicket;
  item: F;
}

export const FEED_MAX = 50;

export function emptyBoard<F>(): BoardState<F> {
  return { open: new Map(), feed: [], lastSeq: 0, today: new Map() };
}

/** The calendar day of an instant in `timeZone` (the city's, not the screen's), as 2026-11-27. */
export function dayIn(timeZone: string, instant: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/**
 * Applies one event; a replayed or duplicate one (seq already seen) changes nothing. "Today" is the
 * city's day in `timeZone`, whatever zone the screen is set to.
 */
export function applyEvent<F>(state: BoardState<F>, e: BoardChange<F>, timeZone: string, now = new Date()): boolean {
  if (e.seq <= state.lastSeq) return false;
  state.lastSeq = e.seq;
  const t = e.ticket;
  if (OPEN_STATUSES.includes(t.status)) state.open.set(t.id, t);
  else state.open.delete(t.id);
  if (dayIn(timeZone, t.receivedAt) === dayIn(timeZone, now)) state.today.set(t.id, t);
  state.feed.unshift(e.item);
  if (state.feed.length > FEED_MAX) state.feed.length = FEED_MAX;
  return true;
}

export interface Kpis {
  todayCalls: number;
  open: number;
  claimed: number;
  overdue: number;
  resolved: number;
  replied: number;
  /** Satisfied or basically satisfied, of today's callbacks; null before the first. */
  satisfaction: number | null;
}

export function kpis(state: BoardState<unknown>): Kpis {
  const today = [...state.today.values()];
  const open = [...state.open.values()];
  const rated = today.filter((t) => t.satisfaction);
  return {
    todayCalls: today.length,
    open: open.length,
    claimed: open.filter((t) => HELD_STATUSES.includes(t.status)).length,
    overdue: open.filter((t) => t.overdue).length,
    resolved: today.filter((t) => t.status === 'RESOLVED').length,
    replied: today.filter((t) => REPLIED_STATUSES.includes(t.status)).length,
    satisfaction: rated.length ? rated.filter((t) => t.satisfaction !== 'UNSATISFIED').length / rated.length : null,
  };
}

/** Open tickets per compound, for sizing the compound symbols. */
export function openByCompound(state: BoardState<unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of state.open.values()) if (t.compound) counts.set(t.compound.id, (counts.get(t.compound.id) ?? 0) + 1);
  return counts;
}

export interface UnitRow {
  open: number;
  claimed: number;
  overdue: number;
}

/** A unit's row on the wall: its open, claimed and overdue tickets. */
export function unitLoad(state: BoardState<unknown>): Map<string, UnitRow> {
  const rows = new Map<string, UnitRow>();
  for (const t of state.open.values()) {
    if (!t.unit) continue;
    const r = rows.get(t.unit.id) ?? { open: 0, claimed: 0, overdue: 0 };
    r.open += 1;
    if (HELD_STATUSES.includes(t.status)) r.claimed += 1;
    if (t.overdue) r.overdue += 1;
    rows.set(t.unit.id, r);
  }
  return rows;
}
