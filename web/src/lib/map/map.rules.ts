/** Pure map logic: how a ticket's dot is coloured and the order the keyboard walks the dots in. */

import type { TicketStatus } from '$lib/graphql/generated/graphql.js';

/** A ticket's dot and its legend key, by status. */
export const STATUS_COLOURS: Record<TicketStatus, string> = {
  REGISTERED: '#d62728',
  TRANSFERRED: '#ff7f0e',
  CLAIMED: '#1f77b4',
  ON_SITE: '#9467bd',
  RESOLVED: '#2ca02c',
  REPLIED: '#17becf',
  CLOSED: '#7f7f7f',
};

/**
 * The order the keyboard walks the ticket dots in: as one reads a map, north to south, then west to
 * east, tickets of one compound by number. The layer is one tab stop; arrow keys move within it.
 */
export function keyboardOrder(
  tickets: ReadonlyArray<{ id: string; number: string; compound?: { id: string } | null }>,
  positionOf: (compoundId: string) => { lat: number; lon: number } | undefined,
): string[] {
  const placed = tickets.flatMap((t) => {
    const p = t.compound ? positionOf(t.compound.id) : undefined;
    return p ? [{ id: t.id, number: t.number, lat: p.lat, lon: p.lon }] : [];
  });
  placed.sort((a, b) => b.lat - a.lat || a.lon - b.lon || a.number.localeCompare(b.number));
  return placed.map((t) => t.id);
}

/** Where a key moves the keyboard from dot `from` in `order`; null for a key that does not move. */
export function stepFrom(order: readonly string[], from: string, key: string): string | null {
  const i = order.indexOf(from);
  if (i < 0 || order.length === 0) return null;
  const n = order.length;
  if (key === 'ArrowRight' || key === 'ArrowDown') return order[(i + 1) % n]!;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return order[(i - 1 + n) % n]!;
  if (key === 'Home') return order[0]!;
  if (key === 'End') return order[n - 1]!;
  return null;
}
