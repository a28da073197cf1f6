/** Pure logic of a live list of tickets (a unit's queue, the desk's tray): what shows, in which order. */

import type { TicketStatus } from '$lib/graphql/generated/graphql.js';
import { DESK_STATUSES, UNIT_STATUSES } from './ticket-status.js';

/** The fields the list itself reads; each list's fragment selects them beside its own. */
export interface ListTicket {
  id: string;
  number: string;
  status: TicketStatus;
  dueAt: string;
  overdue: boolean;
  version: number;
  unit?: { id: string } | null;
}

/** Overdue first, then by due time; ties by number so the order never jitters. */
export function sortByDue<T extends ListTicket>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a.number.localeCompare(b.number),
  );
}

/**
 * Puts a ticket's newest state into the list, or takes it out when it no longer `belongs`. A
 * mutation's answer and the event of the same change race: an older version never overwrites a
 * newer one, nor brings back a ticket a newer one took out (`newest` remembers the version seen
 * of every ticket, and is updated), and a partial answer (a mutation's) keeps the fields it does not carry.
 */
export function upsertTicket<T extends ListTicket>(
  list: T[],
  t: ListTicket,
  belongs: (t: T) => boolean,
  newest: Map<string, number>,
): T[] {
  if (t.version < (newest.get(t.id) ?? -1)) return list;
  newest.set(t.id, t.version);
  const known = list.find((x) => x.id === t.id);
  const merged = { ...known, ...t } as T;
  const rest = list.filter((x) => x.id !== t.id);
  return sortByDue(belongs(merged) ? [...rest, merged] : rest);
}

/** A unit's queue: its tickets from transfer until resolved. */
export const inQueueOf = (unitId: string) => (t: ListTicket) =>
  t.unit?.id === unitId && UNIT_STATUSES.includes(t.status);

/** The desk's tray: tickets waiting for a transfer (new or refused) or for the callback. */
export const onDeskTray = (t: ListTicket) => DESK_STATUSES.includes(t.status);
