import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';

/**
 * The unit a viewer is confined to (its tickets, its members, its board), if any: a unit's staff
 * and head see their own unit; null for one not yet placed in a unit; undefined for everyone else.
 */
export function unitScope(v: Viewer): string | null | undefined {
  if (v.kind === 'user' && (v.role === Role.STAFF || v.role === Role.HEAD)) return v.unitId;
  return undefined;
}
