import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import {
  checkCrewMove,
  checkDispatch,
  checkPosition,
  crewKeeperRefusal,
  crewMoveRefusal,
  crewMoves,
  CrewStatus,
  dispatchRefusal,
} from './crews.rules.js';

const user = (role: Role, unitId: string | null = null): Viewer => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  displayName: 'U',
  role,
  unitId,
  sessionId: 1,
});
const code = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('a crew’s state machine', () => {
  it('goes STANDBY → ASSIGNED → EN_ROUTE → ON_SITE → RETURNING → STANDBY', () => {
    expect(code(() => checkDispatch(CrewStatus.STANDBY))).toBeNull();
    expect(code(() => checkCrewMove(CrewStatus.ASSIGNED, CrewStatus.EN_ROUTE))).toBeNull();
    expect(code(() => checkCrewMove(CrewStatus.EN_ROUTE, CrewStatus.ON_SITE))).toBeNull();
    expect(code(() => checkCrewMove(CrewStatus.ON_SITE, CrewStatus.RETURNING))).toBeNull();
    expect(code(() => checkCrewMove(CrewStatus.RETURNING, CrewStatus.STANDBY))).toBeNull();
  });

  it('goes off duty from standby only, and back', () => {
    expect(code(() => checkCrewMove(CrewStatus.STANDBY, CrewStatus.OFF_DUTY))).toBeNull();
    expect(code(() => checkCrewMove(CrewStatus.OFF_DUTY, CrewStatus.STANDBY))).toBeNull();
    expect(code(() => checkCrewMove(CrewStatus.ON_SITE, CrewStatus.OFF_DUTY))).toBe('INVALID_TRANSITION');
  });

  it('refuses skipping back or sending a crew that is out or off duty', () => {
    expect(code(() => checkCrewMove(CrewStatus.ON_SITE, CrewStatus.EN_ROUTE))).toBe('INVALID_TRANSITION');
    expect(code(() => checkCrewMove(CrewStatus.STANDBY, CrewStatus.ON_SITE))).toBe('INVALID_TRANSITION');
    expect(code(() => checkDispatch(CrewStatus.EN_ROUTE))).toBe('INVALID_TRANSITION');
    expect(code(() => checkDispatch(CrewStatus.OFF_DUTY))).toBe('INVALID_TRANSITION');
    expect(crewMoves(CrewStatus.ASSIGNED)).toEqual([CrewStatus.EN_ROUTE, CrewStatus.ON_SITE, CrewStatus.STANDBY]);
  });
});

describe('who moves, sends and keeps a crew', () => {
  it('lets its unit’s staff move it, nobody else', () => {
    expect(crewMoveRefusal(user(Role.STAFF, 'unit-water'), 'unit-water')).toBeNull();
    expect(crewMoveRefusal(user(Role.STAFF, 'unit-jinquan'), 'unit-water')?.code).toBe('FORBIDDEN');
    expect(crewMoveRefusal(user(Role.OPERATOR, 'unit-hotline'), 'unit-water')?.code).toBe('FORBIDDEN');
  });

  it('lets the desk, leaders and its unit send it', () => {
    expect(dispatchRefusal(user(Role.OPERATOR, 'unit-hotline'), 'unit-water')).toBeNull();
    expect(dispatchRefusal(user(Role.LEADER), 'unit-water')).toBeNull();
    expect(dispatchRefusal(user(Role.HEAD, 'unit-water'), 'unit-water')).toBeNull();
    expect(dispatchRefusal(user(Role.STAFF, 'unit-jinquan'), 'unit-water')?.key).toBe('forbidden.crewDispatchers');
    expect(dispatchRefusal({ kind: 'anonymous' }, 'unit-water')?.code).toBe('FORBIDDEN');
  });

  it('lets its unit’s head or an admin keep it', () => {
    expect(crewKeeperRefusal(user(Role.HEAD, 'unit-water'), 'unit-water')).toBeNull();
    expect(crewKeeperRefusal(user(Role.ADMIN), 'unit-water')).toBeNull();
    expect(crewKeeperRefusal(user(Role.STAFF, 'unit-water'), 'unit-water')?.code).toBe('FORBIDDEN');
  });
});

describe('a shared position', () => {
  const pingdu = { lat: 36.79, lon: 119.95 };
  it('is taken near the city and refused far off or off the Earth', () => {
    expect(checkPosition(36.81, 119.94, pingdu)).toBeNull();
    expect(checkPosition(39.9, 116.4, pingdu)?.code).toBe('BAD_USER_INPUT');
    expect(checkPosition(91, 0, pingdu)?.code).toBe('BAD_USER_INPUT');
    expect(checkPosition(Number.NaN, 0, pingdu)?.code).toBe('BAD_USER_INPUT');
  });
});
