import { DomainError, forbidden } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';

/** A repair crew's day (抢修队): on standby, sent, on the way, on site, coming back; or off duty. */
export enum CrewStatus {
  STANDBY = 'STANDBY',
  ASSIGNED = 'ASSIGNED',
  EN_ROUTE = 'EN_ROUTE',
  ON_SITE = 'ON_SITE',
  RETURNING = 'RETURNING',
  OFF_DUTY = 'OFF_DUTY',
}

/**
 * Where a crew's own staff may move it from each status (a dispatch is STANDBY → ASSIGNED, by the
 * room). A crew sent may be called back before it leaves (ASSIGNED → STANDBY).
 */
const MOVES: Record<CrewStatus, readonly CrewStatus[]> = {
  [CrewStatus.STANDBY]: [CrewStatus.OFF_DUTY],
  [CrewStatus.ASSIGNED]: [CrewStatus.EN_ROUTE, CrewStatus.ON_SITE, CrewStatus.STANDBY],
  [CrewStatus.EN_ROUTE]: [CrewStatus.ON_SITE, CrewStatus.RETURNING],
  [CrewStatus.ON_SITE]: [CrewStatus.RETURNING],
  [CrewStatus.RETURNING]: [CrewStatus.STANDBY],
  [CrewStatus.OFF_DUTY]: [CrewStatus.STANDBY],
};

const invalid = (from: CrewStatus, to: CrewStatus) =>
  new DomainError(
    'INVALID_TRANSITION',
    `a crew that is ${from} cannot go ${to}`,
    { status: from, to },
    'crew.invalidTransition',
  );

/** Refuses a move its status does not allow (INVALID_TRANSITION, naming the status). */
export function checkCrewMove(from: CrewStatus, to: CrewStatus): void {
  if (!MOVES[from].includes(to)) throw invalid(from, to);
}

/** Only a crew on standby is sent. */
export function checkDispatch(from: CrewStatus): void {
  if (from !== CrewStatus.STANDBY) throw invalid(from, CrewStatus.ASSIGNED);
}

/** The statuses a crew's staff may move it to now. */
export const crewMoves = (from: CrewStatus): CrewStatus[] => [...MOVES[from]];

/** On its way to a place or at it: the wall draws it with a line to its target. */
export const isOut = (s: CrewStatus) =>
  s === CrewStatus.ASSIGNED || s === CrewStatus.EN_ROUTE || s === CrewStatus.ON_SITE;

/** The crew's own unit's staff and head move it and share its position. */
export function crewMoveRefusal(v: Viewer, unitId: string): DomainError | null {
  if (v.kind === 'user' && (v.role === Role.STAFF || v.role === Role.HEAD) && v.unitId === unitId) return null;
  return forbidden("only the crew's unit may do this", 'crewUnitOnly');
}

/** The desk and leaders send any unit's crew; a unit's staff and head their own. */
export function dispatchRefusal(v: Viewer, unitId: string): DomainError | null {
  if (v.kind === 'user' && (v.role === Role.OPERATOR || v.role === Role.LEADER)) return null;
  return (
    crewMoveRefusal(v, unitId) && forbidden('only the desk, a leader or the crew’s unit may send it', 'crewDispatchers')
  );
}

/** A unit's head (or an admin) keeps its crews: their names, members, vehicle and phone. */
export function crewKeeperRefusal(v: Viewer, unitId: string): DomainError | null {
  if (v.kind === 'user' && (v.role === Role.ADMIN || (v.role === Role.HEAD && v.unitId === unitId))) return null;
  return forbidden("only the unit's head or an admin may do this", 'crewKeepers');
}

/** A position a phone shares: on the Earth, and near the city (a wrong fix 100 km away is refused). */
export function checkPosition(
  lat: number,
  lon: number,
  center: { lat: number; lon: number },
  maxKm = 100,
): DomainError | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return new DomainError('BAD_USER_INPUT', 'lat/lon: not a position', { field: 'lat' }, 'input.outOfRange');
  const km = Math.hypot((lat - center.lat) * 111, (lon - center.lon) * 111 * Math.cos((center.lat * Math.PI) / 180));
  if (km > maxKm)
    return new DomainError(
      'BAD_USER_INPUT',
      `lat/lon: ${Math.round(km)} km from the city`,
      { field: 'lat' },
      'input.outOfRange',
    );
  return null;
}
