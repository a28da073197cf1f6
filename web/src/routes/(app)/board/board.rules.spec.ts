import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  dayIn,
  emptyBoard,
  kpis,
  openByCompound,
  unitLoad,
  type BoardChange,
  type BoardTicket,
} from './board.rules.js';

const CITY = 'Asia/Shanghai';
// 10:00 in the city.
const now = new Date('2026-11-27T02:00:00Z');
const ticket = (id: string, over: Partial<BoardTicket> = {}): BoardTicket => ({
  id,
  status: 'REGISTERED',
  overdue: false,
  receivedAt: now.toISOString(),
  satisfaction: null,
  compound: { id: 'cp-001' },
  unit: { id: 'unit-jinquan' },
  ...over,
});
const ev = (seq: number, t: BoardTicket, type = 'TICKET_REGISTERED'): BoardChange<string> => ({
  seq,
  ticket: t,
  item: `${type} ${t.id}`,
});

describe('board state', () => {
  it('places open tickets and drops them once resolved', () => {
    const s = emptyBoard();
    applyEvent(s, ev(1, ticket('1')), CITY, now);
    applyEvent(s, ev(2, ticket('2', { status: 'CLAIMED' })), CITY, now);
    expect([...s.open.keys()]).toEqual(['1', '2']);
    applyEvent(s, ev(3, ticket('1', { status: 'RESOLVED' }), 'TICKET_RESOLVED'), CITY, now);
    expect([...s.open.keys()]).toEqual(['2']);
    expect(s.feed).toEqual(['TICKET_RESOLVED 1', 'TICKET_REGISTERED 2', 'TICKET_REGISTERED 1']);
  });

  it('ignores an event it has already applied (a replay after reconnecting)', () => {
    const s = emptyBoard();
    expect(applyEvent(s, ev(5, ticket('1')), CITY, now)).toBe(true);
    expect(applyEvent(s, ev(5, ticket('1')), CITY, now)).toBe(false);
    expect(applyEvent(s, ev(4, ticket('9')), CITY, now)).toBe(false);
    expect(s.feed).toHaveLength(1);
    expect(s.open.has('9')).toBe(false);
  });

  it('counts the KPI strip, the compounds’ load and each unit’s row', () => {
    const s = emptyBoard();
    applyEvent(s, ev(1, ticket('1')), CITY, now);
    applyEvent(s, ev(2, ticket('2', { status: 'ON_SITE', overdue: true })), CITY, now);
    applyEvent(s, ev(3, ticket('3', { status: 'REPLIED', satisfaction: 'SATISFIED' })), CITY, now);
    applyEvent(
      s,
      ev(4, ticket('4', { status: 'REPLIED', satisfaction: 'UNSATISFIED', unit: { id: 'unit-xingping' } })),
      CITY,
      now,
    );
    expect(kpis(s)).toEqual({
      todayCalls: 4,
      open: 2,
      claimed: 1,
      overdue: 1,
      resolved: 0,
      replied: 2,
      satisfaction: 0.5,
    });
    expect(openByCompound(s).get('cp-001')).toBe(2);
    expect(unitLoad(s).get('unit-jinquan')).toEqual({ open: 2, claimed: 1, overdue: 1 });
  });
});

describe("the board's today", () => {
  it("is the city's day, whatever zone the screen is in", () => {
    // 20:30 on the 26th in New York is already 09:30 on the 27th in the city.
    const late = '2026-11-27T01:30:00Z';
    expect(dayIn(CITY, late)).toBe('2026-11-27');
    expect(dayIn('America/New_York', late)).toBe('2026-11-26');
    const s = emptyBoard<string>();
    applyEvent(s, ev(1, ticket('1', { receivedAt: late })), CITY, now);
    // The evening before in the city: counted by a New York screen, not by the city.
    applyEvent(s, ev(2, ticket('2', { receivedAt: '2026-11-26T15:00:00Z' })), CITY, now);
    expect([...s.today.keys()]).toEqual(['1']);
  });
});
