import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';

/**
 * The units whose tickets (and their events, figures and people) a viewer may read; null: every
 * unit. A unit's staff and head read their own unit (none while not placed in one); a key limited
 * to units reads those; the desk, leaders, admins and unlimited keys read all; anonymous, nothing.
 * Every path to a ticket asks this one rule.
 */
export function readableUnits(v: Viewer): readonly string[] | null {
  if (v.kind === 'anonymous') return [];
  if (v.kind === 'apiKey') return v.unitIds ?? null;
  if (v.role === Role.STAFF || v.role === Role.HEAD) return v.unitId ? [v.unitId] : [];
  return null;
}

/** Whether a viewer confined to `units` reads what is in `unitId` (null: still at the desk). */
export function readsUnit(units: readonly string[] | null, unitId: string | null): boolean {
  return units === null || (unitId !== null && units.includes(unitId));
}
