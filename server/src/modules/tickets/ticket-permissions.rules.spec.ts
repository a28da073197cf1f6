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
    expect(allowedActions(alice, ticket(S.TRANSFERRED))).toEqual([A.REJECT_TRANSFER, A.CLAIM]);
    expect(allowedActions(head, ticket(S.TRANSFERRED))).toEqual([A.REJECT_TRANSFER, A.CLAIM, A.ASSIGN]);
  });

  it('offers the holder release, on site and resolve, and a colleague nothing: the ticket is taken', () => {
    expect(allowedActions(alice, ticket(S.CLAIMED))).toEqual([A.RELEASE, A.START_ON_SITE, A.RESOLVE]);
    expect(allowedActions(bob, ticket(S.CLAIMED))).toEqual([]);
    expect(allowedActions(alice, ticket(S.ON_SITE))).toEqual([A.RESOLVE]);
  });

  it('lets the head act for the holder and reassign while the ticket is held', () => {
    expect(allowedActions(head, ticket(S.CLAIMED))).toEqual([A.RELEASE, A.ASSIGN, A.START_ON_SITE, A.RESOLVE]);
    expect(allowedActions(head, ticket(S.ON_SITE))).toEqual([A.ASSIGN, A.RESOLVE]);
  });

  it("offers nothing to another unit's staff, nor to a leader, whatever the status", () => {
    for (const status of Object.values(S)) {
      expect(allowedActions(other, ticket(status))).toEqual([]);
      expect(allowedActions(leader, ticket(status))).toEqual([]);
    }
  });
});
