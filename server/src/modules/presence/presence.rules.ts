import type { Viewer } from '../auth/viewer.js';
import { unitScope } from '../units/unit.rules.js';

/**
 * Who a viewer may see on the board, by the same rule as tickets: a unit's staff see their own
 * unit's people (and so which of their tickets each is on), not who works on another unit's tickets;
 * the desk, leaders and admins see everyone.
 */
export function visiblePresence<E extends { unitId: string | null }>(viewer: Viewer, entries: readonly E[]): E[] {
  const scope = unitScope(viewer);
  return scope === undefined ? [...entries] : entries.filter((e) => scope !== null && e.unitId === scope);
}
