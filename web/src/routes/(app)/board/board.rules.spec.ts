import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  emptyBoard,
  kpis,
  openByCompound,
  unitLoad,
  type BoardChange,
  type BoardTicket,
} from './board.rules.js';

const now = new Date('2026-11-27T10:00:00');
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
    applyEvent(s, ev(1, ticket('1')), now);
    applyEvent(s, ev(2, ticket('2', { status: 'CLAIMED' })), now);
    expect([...s.open.keys()]).toEqual(['1', '2']);
    applyEvent(s, ev(3, ticket('1', { status: 'RESOLVED' }), 'TICKET_RESOLVED'), now);
    expect([...s.open.keys()]).toEqual(['2']);
    expect(s.feed).toEqual(['TICKET_RESOLVED 1', 'TICKET_REGISTERED 2', 'TICKET_REGISTERED 1']);
  });

  it('ignores an event it has already applied (a replay after reconnecting)', () => {
    const s = emptyBoard();
    expect(applyEvent(s, ev(5, ticket('1')), now)).toBe(true);
    expect(applyEvent(s, ev(5, ticket('1')), now)).toBe(false);
    expect(applyEvent(s, ev(4, ticket('9')), now)).toBe(false);
    expect(s.feed).toHaveLength(1);
    expect(s.open.has('9')).toBe(false);
  });

  it('counts the KPI strip, the compounds’ load and each unit’s row', () => {
    const s = emptyBoard();
    applyEvent(s, ev(1, ticket('1')), now);
    applyEvent(s, ev(2, ticket('2', { status: 'ON_SITE', overdue: true })), now);
    applyEvent(s, ev(3, ticket('3', { status: 'REPLIED', satisfaction: 'SATISFIED' })), now);
    applyEvent(
      s,
      ev(4, ticket('4', { status: 'REPLIED', satisfaction: 'UNSATISFIED', unit: { id: 'unit-xingping' } })),
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
