import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { Role } from '../users/user.entity.js';
import { audienceOf, canSeeEvent, type BoardFact } from './board.rules.js';

const staff = (unitId: string, userId = 1): Viewer => ({
  kind: 'user',
  userId,
  username: 's',
  displayName: 's',
  role: Role.STAFF,
  unitId,
  sessionId: 1,
});
const leader: Viewer = {
  kind: 'user',
  userId: 2,
  username: 'l',
  displayName: 'l',
  role: Role.LEADER,
  unitId: null,
  sessionId: 2,
};
const key: Viewer = { kind: 'apiKey', keyId: 1, scopes: ['tickets:read'] };
const stationOf = (c: string) => ({ 'cp-1': 'st-1', 'cp-2': 'st-2' })[c] ?? null;
const fact = (over: Partial<BoardFact> = {}): BoardFact => ({
  ticketId: '42',
  type: TicketEventType.TICKET_CLAIMED,
  unitId: 'jinquan',
  previousUnitId: null,
  compoundId: 'cp-1',
  ...over,
});

describe('who sees a board event', () => {
  it('shows staff their own unit’s tickets, and the one that just left them', () => {
    expect(canSeeEvent(staff('jinquan'), fact(), null, stationOf)).toBe(true);
    expect(canSeeEvent(staff('xingping'), fact(), null, stationOf)).toBe(false);
    const refused = fact({ type: TicketEventType.TICKET_TRANSFER_REFUSED, unitId: null, previousUnitId: 'xingping' });
    expect(canSeeEvent(staff('xingping'), refused, null, stationOf)).toBe(true);
  });

  it('shows leaders and keys everything', () => {
    expect(canSeeEvent(leader, fact({ unitId: 'anything' }), null, stationOf)).toBe(true);
    expect(canSeeEvent(key, fact({ unitId: null }), null, stationOf)).toBe(true);
  });

  it('applies every list of the filter', () => {
    const see = (filter: Parameters<typeof canSeeEvent>[2], f = fact()) => canSeeEvent(leader, f, filter, stationOf);
    expect(see({ ticketIds: ['42'] })).toBe(true);
    expect(see({ ticketIds: ['43'] })).toBe(false);
    expect(see({ types: [TicketEventType.TICKET_CLAIMED] })).toBe(true);
    expect(see({ types: [TicketEventType.TICKET_CLOSED] })).toBe(false);
    expect(see({ unitIds: ['jinquan'] })).toBe(true);
    expect(see({ unitIds: ['xingping'] })).toBe(false);
    expect(see({ compoundIds: ['cp-1'] })).toBe(true);
    expect(see({ compoundIds: ['cp-2'] })).toBe(false);
    expect(see({ stationIds: ['st-1'] })).toBe(true);
    expect(see({ stationIds: ['st-2'] })).toBe(false);
    expect(see({ stationIds: ['st-1'] }, fact({ compoundId: null }))).toBe(false);
    expect(see({ types: [TicketEventType.TICKET_CLAIMED], stationIds: ['st-2'] })).toBe(false);
    expect(see({})).toBe(true);
  });

  it('groups viewers who see the same fields the same way', () => {
    expect(audienceOf(leader)).toBe(audienceOf({ ...leader, userId: 9 }));
    expect(audienceOf(leader)).not.toBe(audienceOf(key));
    expect(audienceOf(staff('jinquan'))).not.toBe(audienceOf(staff('xingping')));
    expect(audienceOf(staff('jinquan'))).toBe(audienceOf(staff('jinquan', 9)));
  });

  it('gives each user their own audience for a document asking what they may do', () => {
    expect(audienceOf(staff('jinquan'), true)).not.toBe(audienceOf(staff('jinquan', 9), true));
    expect(audienceOf(key, true)).toBe(audienceOf(key));
  });
});
