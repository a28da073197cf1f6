import type { CrewStatus } from '$lib/graphql/generated/graphql.js';

/** The events after which a screen showing incidents, proposals or crews reads them again. */
export const INCIDENT_EVENTS: ReadonlySet<string> = new Set([
  'INCIDENT_PROPOSED',
  'INCIDENT_DECLARED',
  'INCIDENT_UPDATED',
  'INCIDENT_CONTAINED',
  'INCIDENT_RESOLVED',
  'TICKET_ATTACHED',
  'TICKET_DETACHED',
  'TASK_ADDED',
  'TASK_CLAIMED',
  'TASK_DONE',
  'CREW_DISPATCHED',
  'CREW_STATUS',
  'CREW_POSITION',
  'CREW_UPDATED',
  // A new call may complete a cluster behind a station (a proposal); a resolved one may end it.
  'TICKET_REGISTERED',
  'TICKET_RESOLVED',
]);

/** Calls about heat: what an incident over the caller's compound is likely about. */
export const HEAT_CATEGORIES: ReadonlySet<string> = new Set(['NO_HEAT', 'LOW_TEMPERATURE']);

/** Out on a call: drawn on the map at its position (or where it was sent), with a line to its target. */
export const CREW_OUT: ReadonlySet<CrewStatus> = new Set<CrewStatus>(['ASSIGNED', 'EN_ROUTE', 'ON_SITE']);

export interface CrewOnMap {
  id: string;
  name: string;
  status: CrewStatus;
  at: [number, number];
  target: [number, number] | null;
}

/** The crews to draw: those out, at their shared position or, without one, at the place they were sent to. */
export function crewsOnMap(
  crews: ReadonlyArray<{
    id: string;
    name: string;
    status: CrewStatus;
    lat?: number | null;
    lon?: number | null;
    targetLat?: number | null;
    targetLon?: number | null;
  }>,
): CrewOnMap[] {
  return crews.flatMap((c) => {
    if (!CREW_OUT.has(c.status)) return [];
    const target: [number, number] | null =
      c.targetLat != null && c.targetLon != null ? [c.targetLat, c.targetLon] : null;
    const at: [number, number] | null = c.lat != null && c.lon != null ? [c.lat, c.lon] : target;
    return at ? [{ id: c.id, name: c.name, status: c.status, at, target }] : [];
  });
}

/** Per unit, how many of its crews stand by: the wall's unit rows show it. */
export function standbyByUnit(crews: ReadonlyArray<{ status: string; unit: { id: string } }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of crews) if (c.status === 'STANDBY') counts.set(c.unit.id, (counts.get(c.unit.id) ?? 0) + 1);
  return counts;
}

/**
 * Whether the page offers the viewer the incident's moves (update, contain, resolve, give a task):
 * the desk, leaders and the lead unit's people. The server decides; this keeps dead buttons away.
 */
export function runsIncident(me: { role: string; unit?: { id: string } | null } | null, leadUnitId: string): boolean {
  if (!me) return false;
  if (me.role === 'OPERATOR' || me.role === 'LEADER') return true;
  return (me.role === 'STAFF' || me.role === 'HEAD') && me.unit?.id === leadUnitId;
}
