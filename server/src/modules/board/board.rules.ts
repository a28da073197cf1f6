import { seesCallers, type Viewer } from '../auth/viewer.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';

export interface BoardFilter {
  ticketIds?: readonly string[] | null;
  unitIds?: readonly string[] | null;
  compoundIds?: readonly string[] | null;
  stationIds?: readonly string[] | null;
  types?: readonly TicketEventType[] | null;
}

/** What of an event the audience rule needs; plain values, so the rule stays pure. */
export interface BoardFact {
  /** Null for an event of the room (a unit signing in); `unitId` is then the unit it is about. */
  ticketId: string | null;
  type: TicketEventType;
  /** The ticket's unit as it stands when the event is delivered (the ticket attached to it). */
  unitId: string | null;
  /** The unit the event moved the ticket away from (a refusal, a transfer), if it did. */
  previousUnitId: string | null;
  compoundId: string | null;
}

/**
 * How a viewer sees an event: `full` with the ticket, when ticket(id) would show them that ticket
 * now; `gone` when the event took the ticket out of what they read (their unit refused it, the
 * desk moved it on): they learn that it left, to drop it, and nothing more of it; null: not at all.
 */
export type EventView = 'full' | 'gone';

// Who is in the room, and the meeting it holds, are the room's to know: every reader of the board
// sees them, whatever their unit (a meeting's tickets still go by the read rule).
const ROOM_WIDE: ReadonlySet<TicketEventType> = new Set([
  TicketEventType.GAP,
  TicketEventType.UNIT_SIGNED_IN,
  TicketEventType.UNIT_SIGNED_OUT,
  TicketEventType.MEETING_CREATED,
  TicketEventType.AGENDA_ITEM_ADDED,
  TicketEventType.AGENDA_REORDERED,
  TicketEventType.MEETING_STARTED,
  TicketEventType.AGENDA_FOCUSED,
  TicketEventType.DECISION_RECORDED,
  TicketEventType.MEETING_CLOSED,
  // An incident and its public notice are the room's, and an API key's (no caller data in them). A
  // proposal is not: it reaches the desk, leaders and the station's operator (the unit rule).
  TicketEventType.INCIDENT_DECLARED,
  TicketEventType.INCIDENT_UPDATED,
  TicketEventType.INCIDENT_CONTAINED,
  TicketEventType.INCIDENT_RESOLVED,
]);

export function eventView(viewer: Viewer, f: BoardFact): EventView | null {
  if (f.ticketId === null) return ROOM_WIDE.has(f.type) || readsUnit(readableUnits(viewer), f.unitId) ? 'full' : null;
  const units = readableUnits(viewer);
  if (readsUnit(units, f.unitId)) return 'full';
  if (units !== null && f.previousUnitId !== null && units.includes(f.previousUnitId)) return 'gone';
  return null;
}

/** Whether the event passes the subscriber's own filter (every list given must match). */
export function passesFilter(
  f: BoardFact,
  filter: BoardFilter | null,
  stationOf: (compoundId: string) => string | null,
): boolean {
  if (!filter) return true;
  if (filter.ticketIds?.length && !(f.ticketId && filter.ticketIds.includes(f.ticketId))) return false;
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
 * Viewers who see the same fields the same way: callers in clear or masked, and the same units. A
 * document that selects a per-viewer field (what *I* may do) is its user's alone.
 */
export function audienceOf(viewer: Viewer, perViewer = false): string {
  if (perViewer && viewer.kind === 'user') return `user#${viewer.userId}`;
  const units = readableUnits(viewer);
  return `${seesCallers(viewer) ? 'clear' : 'masked'}:${units === null ? '*' : [...units].sort().join(',')}`;
}
