/** Pure queue logic: which of a unit's tickets show, and in which order. */

export interface QueueTicket {
  id: string;
  number: string;
  status: string;
  dueAt: string;
  overdue: boolean;
  version: number;
  description: string;
  unit?: { id: string } | null;
  claimedBy?: { id: string; displayName: string } | null;
  compound?: { name: string; nameEn: string } | null;
}

export const QUEUE_STATUSES = ['TRANSFERRED', 'CLAIMED', 'ON_SITE'] as const;

/** Overdue first, then by due time; ties by number so the order never jitters. */
export function sortQueue(list: QueueTicket[]): QueueTicket[] {
  return [...list].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a.number.localeCompare(b.number),
  );
}

/** Puts a ticket's newest state into the unit's queue, or takes it out when it left the unit or closed. */
export function upsert(list: QueueTicket[], t: QueueTicket, unitId: string): QueueTicket[] {
  const rest = list.filter((x) => x.id !== t.id);
  const belongs = t.unit?.id === unitId && (QUEUE_STATUSES as readonly string[]).includes(t.status);
  return sortQueue(belongs ? [...rest, t] : rest);
}
