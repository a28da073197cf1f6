import type { Viewer } from '../auth/viewer.js';
import { readableUnits } from '../units/unit.rules.js';

/**
 * Who a viewer may see, by the same rule as tickets. On one ticket the viewer may read (its page):
 * everyone on it. On the whole board: a unit's staff see their own unit's people (and so which of
 * their tickets each is on), not who works on another unit's tickets; the desk, leaders and admins
 * see everyone. The caller checks that the ticket is readable before passing `onReadableTicket`.
 */
export function visiblePresence<E extends { unitId: string | null }>(
  viewer: Viewer,
  entries: readonly E[],
  onReadableTicket = false,
): E[] {
  const units = readableUnits(viewer);
  if (onReadableTicket || units === null) return [...entries];
  return entries.filter((e) => e.unitId !== null && units.includes(e.unitId));
}
