import { describe, expect, it } from 'vitest';
import type { UserViewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import { visiblePresence } from './presence.rules.js';

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
