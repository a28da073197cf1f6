import type { Viewer } from '../auth/viewer.js';
import { unitScope } from '../units/unit.rules.js';
import type { TicketEventType } from '../audit/ticket-event.entity.js';

export interface BoardFilter {
  ticketIds?: readonly string[] | null;
  unitIds?: readonly string[] | null;
  compoundIds?: readonly string[] | null;
  stationIds?: readonly string[] | null;
  types?: readonly TicketEventType[] | null;
}

/** What of an event the audience rule needs; plain values, so the rule stays pure. */
export interface BoardFact {
  ticketId: string;
  type: TicketEventType;
  unitId: string | null;
  /** The unit the event moved the ticket away from, if it did (a refusal, a transfer). */
  previousUnitId: string | null;
  compoundId: string | null;
}

/**
 * Who sees an event: a unit's staff see their unit's tickets, including the one that just left
 * them; everyone else who may read tickets sees all. Then the subscriber's own filter.
 */
export function canSeeEvent(
  viewer: Viewer,
  f: BoardFact,
  filter: BoardFilter | null,
  stationOf: (compoundId: string) => string | null,
): boolean {
  const scope = unitScope(viewer);
  if (scope !== undefined && scope !== f.unitId && scope !== f.previousUnitId) return false;
  if (!filter) return true;
  if (filter.ticketIds?.length && !filter.ticketIds.includes(f.ticketId)) return false;
  if (filter.types?.length && !filter.types.includes(f.type)) return false;
  if (filter.unitIds?.length && !filter.unitIds.some((u) => u === f.unitId || u === f.previousUnitId)) return false;
  if (filter.compoundIds?.length && !(f.compoundId && filter.compoundIds.includes(f.compoundId))) return false;
  if (filter.stationIds?.length) {
    const station = f.compoundId ? stationOf(f.compoundId) : null;
    if (!station || !filter.stationIds.includes(station)) return false;
  }
  return true;
}

/**
 * Viewers who see the same fields the same way: callers in clear or masked, one unit or all. A
 * document that selects a per-viewer field (what *I* may do) is its user's alone.
 */
export function audienceOf(viewer: Viewer, perViewer = false): string {
  if (viewer.kind !== 'user') return viewer.kind;
  return perViewer ? `user#${viewer.userId}` : `user:${unitScope(viewer) ?? '*'}`;
}
