import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { Role } from '../users/user.entity.js';
import { audienceOf, eventView, passesFilter, type BoardFact } from './board.rules.js';

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

const limitedKey: Viewer = { ...key, keyId: 2, unitIds: ['xingping'] } as Viewer;

describe('how a viewer sees a board event', () => {
  it('shows staff their own unit’s tickets in full, and only that one left them when it moves away', () => {
    expect(eventView(staff('jinquan'), fact())).toBe('full');
    expect(eventView(staff('xingping'), fact())).toBeNull();
    const refused = fact({ type: TicketEventType.TICKET_TRANSFER_REFUSED, unitId: null, previousUnitId: 'xingping' });
    expect(eventView(staff('xingping'), refused)).toBe('gone');
    expect(eventView(staff('jinquan'), refused)).toBeNull();
  });

  it('gives a unit that lost a ticket nothing of what happens to it later', () => {
    // Delivered after the ticket moved on to Jinquan: the attached ticket is Jinquan's now.
    const earlierClaim = fact({ unitId: 'jinquan', previousUnitId: null });
    expect(eventView(staff('xingping'), earlierClaim)).toBeNull();
  });

  it('shows leaders and unlimited keys everything, and a key limited to units those units', () => {
    expect(eventView(leader, fact({ unitId: 'anything' }))).toBe('full');
    expect(eventView(key, fact({ unitId: null }))).toBe('full');
    expect(eventView(limitedKey, fact())).toBeNull();
    expect(eventView(limitedKey, fact({ unitId: 'xingping' }))).toBe('full');
    expect(eventView(limitedKey, fact({ unitId: null, previousUnitId: 'xingping' }))).toBe('gone');
  });

  it('shows nothing to the anonymous', () => {
    expect(eventView({ kind: 'anonymous' }, fact())).toBeNull();
  });

  it('applies every list of the filter', () => {
    const see = (filter: Parameters<typeof passesFilter>[1], f = fact()) => passesFilter(f, filter, stationOf);
    expect(see(null)).toBe(true);
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
    expect(audienceOf(key)).not.toBe(audienceOf(limitedKey));
    expect(audienceOf(staff('jinquan'))).not.toBe(audienceOf(staff('xingping')));
    expect(audienceOf(staff('jinquan'))).toBe(audienceOf(staff('jinquan', 9)));
  });

  it('gives each user their own audience for a document asking what they may do', () => {
    expect(audienceOf(staff('jinquan'), true)).not.toBe(audienceOf(staff('jinquan', 9), true));
    expect(audienceOf(key, true)).toBe(audienceOf(key));
  });
});
