import { DomainError } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { readableUnits } from '../units/unit.rules.js';
import { Role } from '../users/user.entity.js';

/** A site supervision visit's life (现场督查). */
export enum VisitStatus {
  PLANNED = 'PLANNED',
  UNDER_WAY = 'UNDER_WAY',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum VisitAction {
  START = 'START',
  RECORD = 'RECORD',
  CANCEL = 'CANCEL',
}

/** What the inspectors found: all well, or the unit must put it right (a supervision notice). */
export enum VisitOutcome {
  OK = 'OK',
  RECTIFY = 'RECTIFY',
}

/**
 * The indoor temperature a heated living room must reach (°C): the heating standard the week's
 * rules hold units to. A reading below it is flagged.
 */
export const LIVING_ROOM_STANDARD_CELSIUS = 18;

/** Readings outside this range (°C) are typing mistakes, not rooms. */
export const READING_RANGE = { min: -40, max: 45 } as const;

export const belowStandard = (celsius: number): boolean => celsius < LIVING_ROOM_STANDARD_CELSIUS;

const MOVES: Record<VisitAction, { from: readonly VisitStatus[]; to: VisitStatus }> = {
  [VisitAction.START]: { from: [VisitStatus.PLANNED], to: VisitStatus.UNDER_WAY },
  [VisitAction.RECORD]: { from: [VisitStatus.UNDER_WAY], to: VisitStatus.DONE },
  [VisitAction.CANCEL]: { from: [VisitStatus.PLANNED, VisitStatus.UNDER_WAY], to: VisitStatus.CANCELLED },
};

/** The status `action` leads to from `status`; INVALID_TRANSITION (naming the status) otherwise. */
export function nextVisitStatus(action: VisitAction, status: VisitStatus): VisitStatus {
  const move = MOVES[action];
  if (!move.from.includes(status))
    throw new DomainError(
      'INVALID_TRANSITION',
      `cannot ${action.toLowerCase()} a visit that is ${status}`,
      { status, action },
      'visit.invalidTransition',
    );
  return move.to;
}

/** Who plans, cancels and may be sent on visits. */
export const VISITORS: readonly Role[] = [Role.SUPERVISOR, Role.LEADER];

/** Why `v` may not take `action` on a visit, or null when it may: its inspectors start and record it. */
export function visitRefusal(
  v: Viewer,
  action: VisitAction,
  visit: { inspectorIds: readonly number[] },
): DomainError | null {
  const user = v.kind === 'user' ? v : null;
  if (action === VisitAction.CANCEL)
    return user && VISITORS.includes(user.role)
      ? null
      : new DomainError('FORBIDDEN', 'only a supervisor or a leader may do this', {}, 'forbidden.leaderOrSupervisor');
  return user && visit.inspectorIds.includes(user.userId)
    ? null
    : new DomainError('FORBIDDEN', 'only an inspector of this visit may do this', {}, 'forbidden.inspectorOnly');
}

export function visitActions(
  v: Viewer,
  visit: { status: VisitStatus; inspectorIds: readonly number[] },
): VisitAction[] {
  return Object.values(VisitAction).filter(
    (a) => visitRefusal(v, a, visit) === null && MOVES[a].from.includes(visit.status),
  );
}

/**
 * Whether `v` reads the visit. Visits come unannounced: readers of every unit see them from the
 * plan; the unit that runs the place (its staff and head, a key of its) once the inspectors are there.
 */
export function readsVisit(v: Viewer, visit: { unitId: string; startedAt: Date | null }): boolean {
  if (v.kind === 'anonymous') return false;
  const units = readableUnits(v);
  return units === null || (visit.startedAt !== null && units.includes(visit.unitId));
}
