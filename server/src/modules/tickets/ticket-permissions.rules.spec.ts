import { describe, expect, it } from 'vitest';
import { Role } from '../users/user.entity.js';
import type { UserViewer } from '../auth/viewer.js';
import { TicketAction, TicketKind, TicketStatus } from './ticket.enums.js';
import { allowedActions, type TicketAccess } from './ticket-permissions.rules.js';

const A = TicketAction;
const S = TicketStatus;

function viewer(userId: number, role: Role, unitId: string | null): UserViewer {
  return { kind: 'user', userId, username: `u${userId}`, displayName: `U${userId}`, role, unitId, sessionId: 1 };
}
const desk = viewer(1, Role.OPERATOR, 'unit-hotline');
const leader = viewer(2, Role.LEADER, null);
const alice = viewer(7, Role.STAFF, 'unit-jinquan');
const bob = viewer(8, Role.STAFF, 'unit-jinquan');
const head = viewer(9, Role.HEAD, 'unit-jinquan');
const other = viewer(10, Role.STAFF, 'unit-xingping');
const admin = viewer(11, Role.ADMIN, null);
const otherHead = viewer(12, Role.HEAD, 'unit-xingping');

function ticket(status: TicketStatus, over: Partial<TicketAccess & { kind: TicketKind }> = {}) {
  const held = status === S.CLAIMED || status === S.ON_SITE;
  const atDesk = status === S.REGISTERED;
  return {
    status,
    kind: TicketKind.COMPLAINT,
    unitId: atDesk ? null : 'unit-jinquan',
    claimedById: held ? alice.userId : null,
    ...over,
  };
}

describe('allowedActions', () => {
  it('offers the desk a transfer of a registered complaint, and an answer only for a consultation', () => {
    expect(allowedActions(desk, ticket(S.REGISTERED))).toEqual([A.TRANSFER]);
    expect(allowedActions(desk, ticket(S.TRANSFERRED))).toEqual([A.URGE, A.PAUSE]);
    expect(allowedActions(desk, ticket(S.REGISTERED, { kind: TicketKind.CONSULTATION }))).toEqual([
      A.TRANSFER,
      A.RESOLVE,
    ]);
  });

  it('offers the desk the callback and reopen of a resolved ticket, and closing a replied one', () => {
    expect(allowedActions(desk, ticket(S.RESOLVED))).toEqual([A.CALLBACK, A.REOPEN]);
    expect(allowedActions(desk, ticket(S.REPLIED))).toEqual([A.REOPEN, A.CLOSE]);
    expect(allowedActions(desk, ticket(S.CLOSED))).toEqual([]);
  });

  it("offers the unit's staff a claim or a refusal of a transferred ticket, and the head a reassignment too", () => {
    expect(allowedActions(alice, ticket(S.TRANSFERRED))).toEqual([A.REJECT_TRANSFER, A.CLAIM, A.PAUSE]);
    expect(allowedActions(head, ticket(S.TRANSFERRED))).toEqual([
      A.REJECT_TRANSFER,
      A.CLAIM,
      A.ASSIGN,
      A.REQUEST_EXTENSION,
      A.PAUSE,
    ]);
  });

  it('offers the holder release, on site and resolve, and a colleague nothing: the ticket is taken', () => {
    expect(allowedActions(alice, ticket(S.CLAIMED))).toEqual([A.RELEASE, A.START_ON_SITE, A.RESOLVE, A.PAUSE]);
    expect(allowedActions(bob, ticket(S.CLAIMED))).toEqual([A.PAUSE]);
    expect(allowedActions(alice, ticket(S.ON_SITE))).toEqual([A.RESOLVE, A.PAUSE]);
  });

  it('lets the head act for the holder and reassign while the ticket is held', () => {
    const ladder = [A.REQUEST_EXTENSION, A.PAUSE];
    expect(allowedActions(head, ticket(S.CLAIMED))).toEqual([
      A.RELEASE,
      A.ASSIGN,
      A.START_ON_SITE,
      A.RESOLVE,
      ...ladder,
    ]);
    expect(allowedActions(head, ticket(S.ON_SITE))).toEqual([A.ASSIGN, A.RESOLVE, ...ladder]);
  });

  it("offers nothing to another unit's staff or head, whatever the status", () => {
    for (const status of Object.values(S)) {
      expect(allowedActions(other, ticket(status))).toEqual([]);
      expect(allowedActions(otherHead, ticket(status))).toEqual([]);
    }
  });

  it('offers a leader the urge of a ticket a unit is working, and the decision of a pending extension', () => {
    for (const status of [S.REGISTERED, S.RESOLVED, S.REPLIED, S.CLOSED])
      expect(allowedActions(leader, ticket(status))).toEqual([]);
    expect(allowedActions(leader, ticket(S.CLAIMED))).toEqual([A.URGE]);
    expect(allowedActions(leader, ticket(S.CLAIMED, { extensionPending: true }))).toEqual([A.URGE, A.DECIDE_EXTENSION]);
    expect(allowedActions(admin, ticket(S.CLAIMED, { extensionPending: true }))).toEqual([A.URGE]);
  });

  it('offers the desk urging, pausing and deciding; and only resuming a paused ticket to its unit and the desk', () => {
    expect(allowedActions(desk, ticket(S.ON_SITE, { extensionPending: true }))).toEqual([
      A.URGE,
      A.DECIDE_EXTENSION,
      A.PAUSE,
    ]);
    const paused = ticket(S.CLAIMED, { paused: true });
    expect(allowedActions(desk, paused)).toEqual([A.RESUME]);
    expect(allowedActions(bob, paused)).toEqual([A.RESUME]);
    expect(allowedActions(head, paused)).toEqual([A.RELEASE, A.ASSIGN, A.START_ON_SITE, A.RESUME]);
    expect(allowedActions(leader, paused)).toEqual([]);
    expect(allowedActions(other, paused)).toEqual([]);
  });
});
