import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import {
  belowStandard,
  LIVING_ROOM_STANDARD_CELSIUS,
  nextVisitStatus,
  readsVisit,
  VisitAction,
  visitActions,
  visitRefusal,
  VisitStatus,
} from './visits.rules.js';

const user = (role: Role, userId = 7, unitId: string | null = null): Viewer => ({
  kind: 'user',
  userId,
  username: 'u',
  displayName: 'U',
  role,
  unitId,
  sessionId: 1,
});

describe('a visit’s life', () => {
  it('goes planned → under way → done', () => {
    expect(nextVisitStatus(VisitAction.START, VisitStatus.PLANNED)).toBe(VisitStatus.UNDER_WAY);
    expect(nextVisitStatus(VisitAction.RECORD, VisitStatus.UNDER_WAY)).toBe(VisitStatus.DONE);
  });

  it('is cancelled from planned or under way', () => {
    expect(nextVisitStatus(VisitAction.CANCEL, VisitStatus.PLANNED)).toBe(VisitStatus.CANCELLED);
    expect(nextVisitStatus(VisitAction.CANCEL, VisitStatus.UNDER_WAY)).toBe(VisitStatus.CANCELLED);
  });

  it('refuses every other move with INVALID_TRANSITION naming the status', () => {
    const refused: string[] = [];
    for (const action of Object.values(VisitAction))
      for (const status of Object.values(VisitStatus))
        try {
          nextVisitStatus(action, status);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).code).toBe('INVALID_TRANSITION');
          expect((e as DomainError).details.status).toBe(status);
          refused.push(`${action} ${status}`);
        }
    expect(refused).toEqual([
      'START UNDER_WAY',
      'START DONE',
      'START CANCELLED',
      'RECORD PLANNED',
      'RECORD DONE',
      'RECORD CANCELLED',
      'CANCEL DONE',
      'CANCEL CANCELLED',
    ]);
  });
});

describe('who may do what to a visit', () => {
  const visit = { inspectorIds: [7, 8], status: VisitStatus.PLANNED };

  it('lets its inspectors start and record it, nobody else', () => {
    for (const action of [VisitAction.START, VisitAction.RECORD]) {
      expect(visitRefusal(user(Role.SUPERVISOR, 7), action, visit)).toBeNull();
      expect(visitRefusal(user(Role.LEADER, 8), action, visit)).toBeNull();
      expect(visitRefusal(user(Role.SUPERVISOR, 9), action, visit)?.code).toBe('FORBIDDEN');
      expect(visitRefusal(user(Role.LEADER, 9), action, visit)?.code).toBe('FORBIDDEN');
    }
  });

  it('lets any supervisor or leader cancel it', () => {
    expect(visitRefusal(user(Role.SUPERVISOR, 9), VisitAction.CANCEL, visit)).toBeNull();
    expect(visitRefusal(user(Role.LEADER, 9), VisitAction.CANCEL, visit)).toBeNull();
    for (const role of [Role.OPERATOR, Role.HEAD, Role.STAFF, Role.ADMIN])
      expect(visitRefusal(user(role, 7), VisitAction.CANCEL, visit)?.code).toBe('FORBIDDEN');
  });

  it('offers what the status and the viewer’s part allow', () => {
    expect(visitActions(user(Role.SUPERVISOR, 7), visit)).toEqual([VisitAction.START, VisitAction.CANCEL]);
    expect(visitActions(user(Role.SUPERVISOR, 7), { ...visit, status: VisitStatus.UNDER_WAY })).toEqual([
      VisitAction.RECORD,
      VisitAction.CANCEL,
    ]);
    expect(visitActions(user(Role.SUPERVISOR, 9), visit)).toEqual([VisitAction.CANCEL]);
    expect(visitActions(user(Role.SUPERVISOR, 7), { ...visit, status: VisitStatus.DONE })).toEqual([]);
  });

  it('keeps a planned visit from the unit it visits until the inspectors are there', () => {
    const planned = { unitId: 'unit-a', startedAt: null };
    const started = { unitId: 'unit-a', startedAt: new Date() };
    expect(readsVisit(user(Role.STAFF, 1, 'unit-a'), planned)).toBe(false);
    expect(readsVisit(user(Role.HEAD, 1, 'unit-a'), started)).toBe(true);
    expect(readsVisit(user(Role.HEAD, 1, 'unit-b'), started)).toBe(false);
    for (const role of [Role.OPERATOR, Role.LEADER, Role.SUPERVISOR, Role.ADMIN])
      expect(readsVisit(user(role), planned)).toBe(true);
    expect(readsVisit({ kind: 'apiKey', keyId: 1, scopes: [], unitIds: ['unit-a'] }, planned)).toBe(false);
    expect(readsVisit({ kind: 'anonymous' }, started)).toBe(false);
  });
});

describe('the heating standard', () => {
  it('flags a reading below 18 °C, not one at it', () => {
    expect(LIVING_ROOM_STANDARD_CELSIUS).toBe(18);
    expect(belowStandard(16)).toBe(true);
    expect(belowStandard(17.9)).toBe(true);
    expect(belowStandard(18)).toBe(false);
    expect(belowStandard(21.5)).toBe(false);
  });
});
