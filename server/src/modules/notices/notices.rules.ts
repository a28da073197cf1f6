import { DateTime } from 'luxon';
import { DomainError } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';
import { Role } from '../users/user.entity.js';

/** A supervision notice's life (督办通知单): issued, acknowledged, rectified, then verified or returned. */
export enum NoticeStatus {
  ISSUED = 'ISSUED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
}

export enum NoticeAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  REPORT_RECTIFICATION = 'REPORT_RECTIFICATION',
  VERIFY = 'VERIFY',
  RETURN = 'RETURN',
}

/** Where each action may start, and where it leads; RETURN sends a rectification back to the unit. */
const MOVES: Record<NoticeAction, { from: NoticeStatus; to: NoticeStatus }> = {
  [NoticeAction.ACKNOWLEDGE]: { from: NoticeStatus.ISSUED, to: NoticeStatus.ACKNOWLEDGED },
  [NoticeAction.REPORT_RECTIFICATION]: { from: NoticeStatus.ACKNOWLEDGED, to: NoticeStatus.RECTIFIED },
  [NoticeAction.VERIFY]: { from: NoticeStatus.RECTIFIED, to: NoticeStatus.VERIFIED },
  [NoticeAction.RETURN]: { from: NoticeStatus.RECTIFIED, to: NoticeStatus.ACKNOWLEDGED },
};

/** The status `action` leads to from `status`; INVALID_TRANSITION (naming the status) otherwise. */
export function nextNoticeStatus(action: NoticeAction, status: NoticeStatus): NoticeStatus {
  const move = MOVES[action];
  if (move.from !== status)
    throw new DomainError(
      'INVALID_TRANSITION',
      `cannot ${action.toLowerCase().replace(/_/g, ' ')} a notice that is ${status}`,
      { status, action },
      'notice.invalidTransition',
    );
  return move.to;
}

/** Statuses in which the unit still owes the work: the deadline runs, and can pass. */
export const OWED_STATUSES: readonly NoticeStatus[] = [NoticeStatus.ISSUED, NoticeStatus.ACKNOWLEDGED];

/** Why `v` may not take `action` on a notice to `unitId`, or null when it may. */
export function noticeRefusal(v: Viewer, action: NoticeAction, unitId: string): DomainError | null {
  const user = v.kind === 'user' ? v : null;
  switch (action) {
    case NoticeAction.ACKNOWLEDGE:
    case NoticeAction.REPORT_RECTIFICATION:
      return user?.role === Role.HEAD && user.unitId === unitId
        ? null
        : new DomainError(
            'FORBIDDEN',
            "only the head of the notice's unit may do this",
            {},
            'forbidden.noticeHeadOnly',
          );
    case NoticeAction.VERIFY:
    case NoticeAction.RETURN:
      return user?.role === Role.LEADER || user?.role === Role.SUPERVISOR
        ? null
        : new DomainError('FORBIDDEN', 'only a leader or a supervisor may do this', {}, 'forbidden.leaderOrSupervisor');
  }
}

/** The actions `v` may take on the notice now: its role and unit allow them, and its status. */
export function noticeActions(v: Viewer, n: { status: NoticeStatus; unitId: string }): NoticeAction[] {
  return Object.values(NoticeAction).filter(
    (a) => noticeRefusal(v, a, n.unitId) === null && MOVES[a].from === n.status,
  );
}

/** Whether `v` reads notices to `unitId`: by the one read rule of tickets (a unit reads its own). */
export function readsNotice(v: Viewer, unitId: string): boolean {
  return v.kind !== 'anonymous' && readsUnit(readableUnits(v), unitId);
}

/** Who may issue a notice: a leader (also from a meeting's decision). */
export const ISSUERS: readonly Role[] = [Role.LEADER];

/** The year a notice is numbered in: the city's year when it is issued. */
export function noticeYear(issuedAt: Date, timeZone: string): number {
  return DateTime.fromJSDate(issuedAt, { zone: timeZone }).year;
}

/** The official number, 督〔2026〕017: the year, then the notice's place in it, three digits at least. */
export function noticeNumber(year: number, n: number): string {
  return `督〔${year}〕${String(n).padStart(3, '0')}`;
}

/** Whether the deadline has passed on a notice the unit still owes. */
export function isNoticeOverdue(n: { status: NoticeStatus; dueAt: Date }, now: Date): boolean {
  return OWED_STATUSES.includes(n.status) && n.dueAt.getTime() < now.getTime();
}
