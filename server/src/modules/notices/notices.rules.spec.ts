import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import {
  isNoticeOverdue,
  NoticeAction,
  noticeActions,
  noticeNumber,
  noticeRefusal,
  NoticeStatus,
  noticeYear,
  nextNoticeStatus,
  readsNotice,
} from './notices.rules.js';

const user = (role: Role, unitId: string | null = null): Viewer => ({
  kind: 'user',
  userId: 7,
  username: 'u',
  displayName: 'U',
  role,
  unitId,
  sessionId: 1,
});
const key = (unitIds: string[] | null = null): Viewer => ({
  kind: 'apiKey',
  keyId: 1,
  scopes: ['tickets:read'],
  unitIds,
});

const refusalOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, ...e.details };
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('a notice’s life', () => {
  it('goes issued → acknowledged → rectified → verified', () => {
    expect(nextNoticeStatus(NoticeAction.ACKNOWLEDGE, NoticeStatus.ISSUED)).toBe(NoticeStatus.ACKNOWLEDGED);
    expect(nextNoticeStatus(NoticeAction.REPORT_RECTIFICATION, NoticeStatus.ACKNOWLEDGED)).toBe(NoticeStatus.RECTIFIED);
    expect(nextNoticeStatus(NoticeAction.VERIFY, NoticeStatus.RECTIFIED)).toBe(NoticeStatus.VERIFIED);
  });

  it('returns a rectification back to acknowledged', () => {
    expect(nextNoticeStatus(NoticeAction.RETURN, NoticeStatus.RECTIFIED)).toBe(NoticeStatus.ACKNOWLEDGED);
  });

  it('refuses every other move with INVALID_TRANSITION naming the status', () => {
    const legal = new Set([
      `${NoticeAction.ACKNOWLEDGE}:${NoticeStatus.ISSUED}`,
      `${NoticeAction.REPORT_RECTIFICATION}:${NoticeStatus.ACKNOWLEDGED}`,
      `${NoticeAction.VERIFY}:${NoticeStatus.RECTIFIED}`,
      `${NoticeAction.RETURN}:${NoticeStatus.RECTIFIED}`,
    ]);
    let refused = 0;
    for (const action of Object.values(NoticeAction))
      for (const status of Object.values(NoticeStatus)) {
        if (legal.has(`${action}:${status}`)) continue;
        expect(refusalOf(() => nextNoticeStatus(action, status))).toEqual({
          code: 'INVALID_TRANSITION',
          status,
          action,
        });
        refused += 1;
      }
    expect(refused).toBe(12);
  });
});

describe('who may do what to a notice', () => {
  it('lets only the head of the notice’s unit acknowledge and report', () => {
    for (const action of [NoticeAction.ACKNOWLEDGE, NoticeAction.REPORT_RECTIFICATION]) {
      expect(noticeRefusal(user(Role.HEAD, 'unit-a'), action, 'unit-a')).toBeNull();
      for (const v of [
        user(Role.HEAD, 'unit-b'),
        user(Role.STAFF, 'unit-a'),
        user(Role.LEADER),
        user(Role.SUPERVISOR),
        user(Role.OPERATOR, 'unit-hotline'),
        key(),
      ])
        expect(noticeRefusal(v, action, 'unit-a')?.code).toBe('FORBIDDEN');
    }
  });

  it('lets a leader or a supervisor verify and return, nobody else', () => {
    for (const action of [NoticeAction.VERIFY, NoticeAction.RETURN]) {
      expect(noticeRefusal(user(Role.LEADER), action, 'unit-a')).toBeNull();
      expect(noticeRefusal(user(Role.SUPERVISOR), action, 'unit-a')).toBeNull();
      for (const v of [user(Role.HEAD, 'unit-a'), user(Role.OPERATOR), user(Role.ADMIN), key()])
        expect(noticeRefusal(v, action, 'unit-a')?.code).toBe('FORBIDDEN');
    }
  });

  it('offers exactly what the role and the status allow', () => {
    const n = (status: NoticeStatus) => ({ status, unitId: 'unit-a' });
    expect(noticeActions(user(Role.HEAD, 'unit-a'), n(NoticeStatus.ISSUED))).toEqual([NoticeAction.ACKNOWLEDGE]);
    expect(noticeActions(user(Role.HEAD, 'unit-a'), n(NoticeStatus.ACKNOWLEDGED))).toEqual([
      NoticeAction.REPORT_RECTIFICATION,
    ]);
    expect(noticeActions(user(Role.SUPERVISOR), n(NoticeStatus.RECTIFIED))).toEqual([
      NoticeAction.VERIFY,
      NoticeAction.RETURN,
    ]);
    expect(noticeActions(user(Role.LEADER), n(NoticeStatus.ISSUED))).toEqual([]);
    expect(noticeActions(user(Role.HEAD, 'unit-a'), n(NoticeStatus.VERIFIED))).toEqual([]);
    expect(noticeActions(key(), n(NoticeStatus.RECTIFIED))).toEqual([]);
  });

  it('shows a unit its own notices, readers of every unit all of them', () => {
    expect(readsNotice(user(Role.STAFF, 'unit-a'), 'unit-a')).toBe(true);
    expect(readsNotice(user(Role.HEAD, 'unit-b'), 'unit-a')).toBe(false);
    for (const v of [user(Role.OPERATOR, 'unit-hotline'), user(Role.LEADER), user(Role.SUPERVISOR), key()])
      expect(readsNotice(v, 'unit-a')).toBe(true);
    expect(readsNotice(key(['unit-b']), 'unit-a')).toBe(false);
    expect(readsNotice({ kind: 'anonymous' }, 'unit-a')).toBe(false);
  });
});

describe('numbers and deadlines', () => {
  it('numbers a notice in the official form, per year', () => {
    expect(noticeNumber(2026, 17)).toBe('督〔2026〕017');
    expect(noticeNumber(2026, 1234)).toBe('督〔2026〕1234');
  });

  it('takes the year in the city’s zone', () => {
    // 31 December 2026 at 17:00 in UTC is already 2027 in Shanghai.
    expect(noticeYear(new Date('2026-12-31T17:00:00Z'), 'Asia/Shanghai')).toBe(2027);
    expect(noticeYear(new Date('2026-12-31T15:00:00Z'), 'Asia/Shanghai')).toBe(2026);
  });

  it('is overdue once the deadline passes while the unit still owes it', () => {
    const dueAt = new Date('2026-11-30T09:30:00Z');
    const after = new Date(dueAt.getTime() + 1);
    expect(isNoticeOverdue({ status: NoticeStatus.ISSUED, dueAt }, dueAt)).toBe(false);
    expect(isNoticeOverdue({ status: NoticeStatus.ISSUED, dueAt }, after)).toBe(true);
    expect(isNoticeOverdue({ status: NoticeStatus.ACKNOWLEDGED, dueAt }, after)).toBe(true);
    expect(isNoticeOverdue({ status: NoticeStatus.RECTIFIED, dueAt }, after)).toBe(false);
    expect(isNoticeOverdue({ status: NoticeStatus.VERIFIED, dueAt }, after)).toBe(false);
  });
});
