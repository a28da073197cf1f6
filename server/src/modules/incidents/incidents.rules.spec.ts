import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import {
  incidentArea,
  IncidentAction,
  incidentRefusal,
  IncidentStatus,
  nextIncidentStatus,
  proposals,
  TaskAction,
  taskActions,
  taskRefusal,
  TaskStatus,
  type ClusterCall,
  type NetworkCompound,
} from './incidents.rules.js';

const user = (role: Role, unitId: string | null = null, userId = 1): Viewer => ({
  kind: 'user',
  userId,
  username: 'u',
  displayName: 'U',
  role,
  unitId,
  sessionId: 1,
});

const network: NetworkCompound[] = [
  { id: 'cp-1', stationId: 'st-a', heatSourceId: 'hs-1', households: 100, residents: 300 },
  { id: 'cp-2', stationId: 'st-a', heatSourceId: 'hs-1', households: 50, residents: 140 },
  { id: 'cp-3', stationId: 'st-b', heatSourceId: 'hs-1', households: 10, residents: 30 },
  { id: 'cp-4', stationId: 'st-c', heatSourceId: 'hs-2', households: 7, residents: 20 },
];

describe('incidentArea: the area follows the network', () => {
  it('covers what a station feeds, with its households and residents summed', () => {
    expect(incidentArea({ stationId: 'st-a' }, network)).toEqual({
      compoundIds: ['cp-1', 'cp-2'],
      stationIds: ['st-a'],
      households: 150,
      residents: 440,
    });
  });

  it('covers every station behind a heat source, and their compounds', () => {
    expect(incidentArea({ heatSourceId: 'hs-1' }, network)).toMatchObject({
      compoundIds: ['cp-1', 'cp-2', 'cp-3'],
      stationIds: ['st-a', 'st-b'],
      households: 160,
    });
  });

  it('takes compounds named as the area, once each', () => {
    expect(incidentArea({ compoundIds: ['cp-4', 'cp-1', 'cp-4'] }, network)).toMatchObject({
      compoundIds: ['cp-1', 'cp-4'],
      stationIds: ['st-a', 'st-c'],
      households: 107,
    });
  });

  it('refuses no scope, two scopes, and unknown places', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return null;
      } catch (e) {
        return (e as { code: string; details: { field: string } }).details.field;
      }
    };
    expect(code(() => incidentArea({}, network))).toBe('stationId');
    expect(code(() => incidentArea({ stationId: 'st-a', heatSourceId: 'hs-1' }, network))).toBe('stationId');
    expect(code(() => incidentArea({ stationId: 'st-x' }, network))).toBe('stationId');
    expect(code(() => incidentArea({ heatSourceId: 'hs-x' }, network))).toBe('heatSourceId');
    expect(code(() => incidentArea({ compoundIds: ['cp-1', 'cp-x'] }, network))).toBe('compoundIds');
  });
});

describe('proposals: N calls behind one station within T minutes', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 8, minute));
  const call = (ticketId: string, compoundId: string, stationId: string, minute: number): ClusterCall => ({
    ticketId,
    compoundId,
    stationId,
    receivedAt: at(minute),
  });
  const rules = { calls: 3, minutes: 30 };

  it('proposes one incident for three calls within 30 minutes, not one per call', () => {
    const found = proposals(
      [call('1', 'cp-1', 'st-a', 0), call('2', 'cp-2', 'st-a', 10), call('3', 'cp-1', 'st-a', 29)],
      new Set(),
      rules,
    );
    expect(found).toEqual([
      { stationId: 'st-a', ticketIds: ['1', '2', '3'], compoundIds: ['cp-1', 'cp-2'], since: at(29) },
    ]);
  });

  it('does not propose two calls, nor three spread over more than 30 minutes, nor calls behind different stations', () => {
    expect(proposals([call('1', 'cp-1', 'st-a', 0), call('2', 'cp-1', 'st-a', 5)], new Set(), rules)).toEqual([]);
    expect(
      proposals(
        [call('1', 'cp-1', 'st-a', 0), call('2', 'cp-1', 'st-a', 20), call('3', 'cp-1', 'st-a', 31)],
        new Set(),
        rules,
      ),
    ).toEqual([]);
    expect(
      proposals(
        [call('1', 'cp-1', 'st-a', 0), call('2', 'cp-3', 'st-b', 1), call('3', 'cp-4', 'st-c', 2)],
        new Set(),
        rules,
      ),
    ).toEqual([]);
  });

  it('finds a cluster later in the day, and lists every call behind the station with it', () => {
    const found = proposals(
      [
        call('9', 'cp-1', 'st-a', 0),
        call('2', 'cp-1', 'st-a', 50),
        call('3', 'cp-2', 'st-a', 55),
        call('4', 'cp-1', 'st-a', 58),
      ],
      new Set(),
      rules,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ticketIds: ['9', '2', '3', '4'], since: at(58) });
  });

  it('does not propose a station an open incident covers already', () => {
    const calls = [call('1', 'cp-1', 'st-a', 0), call('2', 'cp-2', 'st-a', 1), call('3', 'cp-1', 'st-a', 2)];
    expect(proposals(calls, new Set(['st-a']), rules)).toEqual([]);
  });
});

describe('an incident’s life and who runs it', () => {
  it('goes OPEN → CONTAINED → RESOLVED, or OPEN → RESOLVED, and no further', () => {
    expect(nextIncidentStatus(IncidentAction.CONTAIN, IncidentStatus.OPEN)).toBe(IncidentStatus.CONTAINED);
    expect(nextIncidentStatus(IncidentAction.RESOLVE, IncidentStatus.CONTAINED)).toBe(IncidentStatus.RESOLVED);
    expect(nextIncidentStatus(IncidentAction.RESOLVE, IncidentStatus.OPEN)).toBe(IncidentStatus.RESOLVED);
    expect(() => nextIncidentStatus(IncidentAction.CONTAIN, IncidentStatus.CONTAINED)).toThrow(/CONTAINED/);
    expect(() => nextIncidentStatus(IncidentAction.RESOLVE, IncidentStatus.RESOLVED)).toThrow(/RESOLVED/);
  });

  it('is run by the desk, leaders and the lead unit, not by another unit', () => {
    expect(incidentRefusal(user(Role.OPERATOR, 'unit-hotline'), 'unit-water')).toBeNull();
    expect(incidentRefusal(user(Role.LEADER), 'unit-water')).toBeNull();
    expect(incidentRefusal(user(Role.STAFF, 'unit-water'), 'unit-water')).toBeNull();
    expect(incidentRefusal(user(Role.STAFF, 'unit-jinquan'), 'unit-water')?.code).toBe('FORBIDDEN');
    expect(incidentRefusal({ kind: 'anonymous' }, 'unit-water')?.code).toBe('FORBIDDEN');
  });
});

describe('co-handling tasks (协办)', () => {
  const open = { status: TaskStatus.OPEN, unitId: 'unit-jinquan', claimedById: null, afterStatus: null };

  it('is claimed by its unit only, once, and only after the task it waits for is done', () => {
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan'), TaskAction.CLAIM, open)).toBeNull();
    expect(taskRefusal(user(Role.STAFF, 'unit-water'), TaskAction.CLAIM, open)?.code).toBe('FORBIDDEN');
    expect(taskRefusal(user(Role.OPERATOR, 'unit-hotline'), TaskAction.CLAIM, open)?.code).toBe('FORBIDDEN');
    const waiting = { ...open, afterStatus: TaskStatus.CLAIMED };
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan'), TaskAction.CLAIM, waiting)).toMatchObject({
      code: 'INVALID_TRANSITION',
      key: 'task.waiting',
    });
    expect(
      taskRefusal(user(Role.STAFF, 'unit-jinquan'), TaskAction.CLAIM, { ...open, afterStatus: TaskStatus.DONE }),
    ).toBeNull();
    const claimed = { ...open, status: TaskStatus.CLAIMED, claimedById: '7' };
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan', 8), TaskAction.CLAIM, claimed)?.code).toBe('ALREADY_CLAIMED');
  });

  it('is completed by who claimed it or the unit head, once', () => {
    const claimed = { ...open, status: TaskStatus.CLAIMED, claimedById: '7' };
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan', 7), TaskAction.COMPLETE, claimed)).toBeNull();
    expect(taskRefusal(user(Role.HEAD, 'unit-jinquan', 9), TaskAction.COMPLETE, claimed)).toBeNull();
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan', 8), TaskAction.COMPLETE, claimed)?.code).toBe('FORBIDDEN');
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan', 7), TaskAction.COMPLETE, open)?.code).toBe(
      'INVALID_TRANSITION',
    );
    const done = { ...claimed, status: TaskStatus.DONE };
    expect(taskRefusal(user(Role.STAFF, 'unit-jinquan', 7), TaskAction.COMPLETE, done)?.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(taskActions(user(Role.STAFF, 'unit-jinquan', 7), claimed)).toEqual([TaskAction.COMPLETE]);
  });
});
