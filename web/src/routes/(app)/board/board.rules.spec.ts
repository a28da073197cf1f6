import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  boardAt,
  FEED_MAX,
  focusPlaces,
  openByCompound,
  type BoardChange,
  type BoardTicket,
} from './board.rules.js';

const ticket = (id: string, over: Partial<BoardTicket> = {}): BoardTicket => ({
  id,
  status: 'REGISTERED',
  overdue: false,
  receivedAt: '2026-11-27T02:00:00Z',
  satisfaction: null,
  compound: { id: 'cp-001' },
  unit: { id: 'unit-jinquan' },
  ...over,
});
type Item = { seq: number; what: string };
const ev = (seq: number, t: BoardTicket, type = 'TICKET_REGISTERED'): BoardChange<Item> => ({
  seq,
  ticketId: t.id,
  ticket: t,
  item: { seq, what: `${type} ${t.id}` },
});
const what = (feed: Item[]) => feed.map((i) => i.what);

describe('board state', () => {
  it('places open tickets and drops them once resolved', () => {
    const s = boardAt<Item>([], [], 0);
    applyEvent(s, ev(1, ticket('1')));
    applyEvent(s, ev(2, ticket('2', { status: 'CLAIMED' })));
    expect([...s.open.keys()]).toEqual(['1', '2']);
    applyEvent(s, ev(3, ticket('1', { status: 'RESOLVED' }), 'TICKET_RESOLVED'));
    expect([...s.open.keys()]).toEqual(['2']);
    expect(what(s.feed)).toEqual(['TICKET_RESOLVED 1', 'TICKET_REGISTERED 2', 'TICKET_REGISTERED 1']);
  });

  it('starts from the open tickets and the recent feed at the cursor, then only what came after', () => {
    const recent = [
      { seq: 9, what: 'after the cursor: arrives live' },
      { seq: 7, what: 'TICKET_CLAIMED 2' },
      { seq: 5, what: 'TICKET_REGISTERED 2' },
    ];
    const s = boardAt<Item>([ticket('2', { status: 'CLAIMED' })], recent, 8);
    expect(what(s.feed)).toEqual(['TICKET_CLAIMED 2', 'TICKET_REGISTERED 2']);
    expect(applyEvent(s, ev(8, ticket('3')))).toBe(false);
    expect(applyEvent(s, ev(9, ticket('3')))).toBe(true);
    expect(what(s.feed)).toEqual(['TICKET_REGISTERED 3', 'TICKET_CLAIMED 2', 'TICKET_REGISTERED 2']);
  });

  it('ignores an event it has already applied (a replay after reconnecting), and keeps the feed bounded', () => {
    const s = boardAt<Item>([], [], 0);
    expect(applyEvent(s, ev(5, ticket('1')))).toBe(true);
    expect(applyEvent(s, ev(5, ticket('1')))).toBe(false);
    expect(applyEvent(s, ev(4, ticket('9')))).toBe(false);
    expect(s.feed).toHaveLength(1);
    expect(s.open.has('9')).toBe(false);
    for (let seq = 6; seq < 6 + FEED_MAX * 2; seq++) applyEvent(s, ev(seq, ticket(String(seq))));
    expect(s.feed).toHaveLength(FEED_MAX);
  });

  it('puts an event of the room (a unit signing in) in the feed, on a live screen and a fresh one alike', () => {
    const s = boardAt<Item>([ticket('1')], [], 0);
    const signedIn = { seq: 1, what: 'UNIT_SIGNED_IN unit-jinquan' };
    expect(applyEvent(s, { seq: 1, ticketId: null, ticket: null, item: signedIn })).toBe(true);
    expect(what(s.feed)).toEqual(['UNIT_SIGNED_IN unit-jinquan']);
    expect([...s.open.keys()]).toEqual(['1']);
    const fresh = boardAt<Item & { ticket?: unknown; roomUnitId?: string | null }>(
      [],
      [{ ...signedIn, ticket: null, roomUnitId: 'unit-jinquan' }],
      1,
    );
    expect(what(fresh.feed)).toEqual(['UNIT_SIGNED_IN unit-jinquan']);
  });

  it('takes a ticket that left the screen’s units off the map, without a feed line it could not show', () => {
    const s = boardAt<Item & { ticket?: unknown }>(
      [ticket('1'), ticket('2')],
      [
        { seq: 4, what: 'TICKET_TRANSFER_REFUSED 2', ticket: null },
        { seq: 3, what: 'TICKET_CLAIMED 1' },
      ],
      4,
    );
    expect(what(s.feed)).toEqual(['TICKET_CLAIMED 1']);
    expect(applyEvent(s, { seq: 5, ticketId: '1', ticket: null, item: { seq: 5, what: 'TICKET_TRANSFERRED 1' } })).toBe(
      true,
    );
    expect([...s.open.keys()]).toEqual(['2']);
    expect(what(s.feed)).toEqual(['TICKET_CLAIMED 1']);
    expect(s.lastSeq).toBe(5);
  });

  it('counts the open tickets at each compound', () => {
    const s = boardAt<Item>([ticket('1'), ticket('2', { status: 'ON_SITE' }), ticket('3', { compound: null })], [], 3);
    expect(openByCompound(s)).toEqual(new Map([['cp-001', 2]]));
  });

  it('rings a meeting item’s station or compound, its tickets and their compounds', () => {
    expect(focusPlaces(null).size).toBe(0);
    const item = { station: { id: 'st-001' }, compound: null, tickets: [{ id: '7', compound: { id: 'cp-003' } }] };
    expect([...focusPlaces(item)].sort()).toEqual(['7', 'cp-003', 'st-001']);
  });
});
