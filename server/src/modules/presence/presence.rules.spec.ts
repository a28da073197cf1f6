import { describe, expect, it } from 'vitest';
import type { UserViewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import { diffPresence, visiblePresence } from './presence.rules.js';

const viewer = (role: Role, unitId: string | null): UserViewer => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  displayName: 'u',
  role,
  unitId,
  sessionId: 1,
});
const entries = [
  { name: 'jinquan staff', unitId: 'unit-jinquan' },
  { name: 'xingping staff', unitId: 'unit-xingping' },
  { name: 'the desk', unitId: 'unit-hotline' },
  { name: 'a leader', unitId: null },
];

describe('who is seen on the board', () => {
  it("shows a unit's staff their own unit's people only", () => {
    expect(visiblePresence(viewer(Role.STAFF, 'unit-jinquan'), entries).map((e) => e.name)).toEqual(['jinquan staff']);
    expect(visiblePresence(viewer(Role.HEAD, 'unit-xingping'), entries).map((e) => e.name)).toEqual(['xingping staff']);
    expect(visiblePresence(viewer(Role.STAFF, null), entries)).toEqual([]);
  });

  it("shows everyone on a ticket the viewer may read: the desk on a unit's ticket, on its page", () => {
    expect(visiblePresence(viewer(Role.STAFF, 'unit-jinquan'), entries, true)).toHaveLength(4);
  });

  it('shows the desk and leaders everyone', () => {
    expect(visiblePresence(viewer(Role.OPERATOR, 'unit-hotline'), entries)).toHaveLength(4);
    expect(visiblePresence(viewer(Role.LEADER, null), entries)).toHaveLength(4);
  });
});

describe('what a watcher is sent', () => {
  const entry = (screenKey: string, ticketId: string | null, lastSeen = 0) => ({
    screenKey,
    userId: 1,
    displayName: 'u',
    unitId: null,
    ticketId,
    activity: 'VIEWING',
    since: '2026-01-01T00:00:00.000Z',
    lastSeen,
  });
  const sent = (...entries: Array<ReturnType<typeof entry>>) => new Map(entries.map((e) => [e.screenKey, e]));

  it('sends everyone first, as a snapshot', () => {
    expect(diffPresence(null, [])).toEqual({ entries: [], left: [], snapshot: true });
    expect(diffPresence(null, [entry('a', null)])?.entries).toHaveLength(1);
  });

  it('sends who joined, changed or left, and nothing for a later heartbeat alone', () => {
    const before = sent(entry('a', null), entry('b', 't1'));
    expect(diffPresence(before, [entry('a', null, 5), entry('b', 't1', 5)])).toBeNull();
    expect(diffPresence(before, [entry('a', 't2'), entry('c', null)])).toEqual({
      entries: [entry('a', 't2'), entry('c', null)],
      left: ['b'],
      snapshot: false,
    });
  });
});
