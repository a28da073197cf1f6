import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  emptyBoard,
  keyboardOrder,
  kpis,
  openByCompound,
  stepFrom,
  unitLoad,
  type BoardTicket,
  type FeedItem,
} from './board.rules.js';

const now = new Date('2026-11-27T10:00:00');
const ticket = (id: string, over: Partial<BoardTicket> = {}): BoardTicket => ({
  id,
  number: `20261127-000${id}`,
  status: 'REGISTERED',
  overdue: false,
  receivedAt: now.toISOString(),
  compound: { id: 'cp-001' },
  unit: { id: 'unit-jinquan' },
  ...over,
});
const ev = (seq: number, t: BoardTicket, type = 'TICKET_REGISTERED'): FeedItem => ({
  seq,
  type,
  at: now.toISOString(),
  actorName: 'desk',
  ticket: t,
});

describe('board state', () => {
  it('places open tickets and drops them once resolved', () => {
    const s = emptyBoard();
    applyEvent(s, ev(1, ticket('1')), now);
    applyEvent(s, ev(2, ticket('2', { status: 'CLAIMED' })), now);
    expect([...s.open.keys()]).toEqual(['1', '2']);
    applyEvent(s, ev(3, ticket('1', { status: 'RESOLVED' }), 'TICKET_RESOLVED'), now);
    expect([...s.open.keys()]).toEqual(['2']);
    expect(s.feed.map((f) => f.seq)).toEqual([3, 2, 1]);
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

describe('walking the ticket dots by keyboard', () => {
  const at: Record<string, { lat: number; lon: number }> = {
    north: { lat: 36.9, lon: 119.9 },
    southWest: { lat: 36.7, lon: 119.8 },
    southEast: { lat: 36.7, lon: 120.0 },
  };
  const tk = (id: string, number: string, compound: string | null) => ({
    id,
    number,
    compound: compound ? { id: compound } : null,
  });

  it("reads the map north to south, west to east, a compound's tickets by number, and skips unplaced ones", () => {
    const order = keyboardOrder(
      [
        tk('a', '0003', 'southEast'),
        tk('b', '0002', 'north'),
        tk('c', '0005', 'southWest'),
        tk('d', '0001', 'north'),
        tk('e', '0004', null),
      ],
      (id) => at[id],
    );
    expect(order).toEqual(['d', 'b', 'c', 'a']);
  });

  it('moves with the arrows, wrapping round, jumps with Home and End, and ignores other keys', () => {
    const order = ['d', 'b', 'c', 'a'];
    expect(stepFrom(order, 'b', 'ArrowRight')).toBe('c');
    expect(stepFrom(order, 'a', 'ArrowDown')).toBe('d');
    expect(stepFrom(order, 'd', 'ArrowLeft')).toBe('a');
    expect(stepFrom(order, 'c', 'ArrowUp')).toBe('b');
    expect(stepFrom(order, 'c', 'Home')).toBe('d');
    expect(stepFrom(order, 'b', 'End')).toBe('a');
    expect(stepFrom(order, 'b', 'Enter')).toBeNull();
    expect(stepFrom(order, 'gone', 'ArrowRight')).toBeNull();
  });
});
