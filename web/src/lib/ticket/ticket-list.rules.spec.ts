import { describe, expect, it } from 'vitest';
import { inQueueOf, onDeskTray, sortByDue, upsertTicket, type ListTicket } from './ticket-list.rules.js';

type Row = ListTicket & { description: string; claimedBy?: { id: string; displayName: string } | null };
const t = (id: string, over: Partial<Row> = {}): Row => ({
  id,
  number: `n${id}`,
  status: 'TRANSFERRED',
  dueAt: '2026-11-27T15:59:59.999Z',
  overdue: false,
  version: 1,
  description: '',
  unit: { id: 'u' },
  ...over,
});
const queue = inQueueOf('u');

describe('a live ticket list', () => {
  it('puts overdue tickets first, then the earliest due', () => {
    const sorted = sortByDue([
      t('1', { dueAt: '2026-11-28T00:00:00Z' }),
      t('2', { overdue: true, dueAt: '2026-11-29T00:00:00Z' }),
      t('3'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['2', '3', '1']);
  });

  it("replaces a ticket with its newest state and drops it when it leaves the unit's queue", () => {
    const seen = new Map<string, number>();
    let q = [t('1'), t('2')];
    q = upsertTicket(
      q,
      t('1', { status: 'CLAIMED', version: 2, claimedBy: { id: '7', displayName: 'A' } }),
      queue,
      seen,
    );
    expect(q.find((x) => x.id === '1')?.claimedBy?.displayName).toBe('A');
    q = upsertTicket(q, t('2', { status: 'RESOLVED', version: 2 }), queue, seen);
    expect(q.map((x) => x.id)).toEqual(['1']);
    q = upsertTicket(q, t('1', { unit: { id: 'other' }, version: 3 }), queue, seen);
    expect(q).toEqual([]);
  });

  it('never lets an older version overwrite a newer one, whichever arrives last', () => {
    const seen = new Map<string, number>();
    const claimed = t('1', { status: 'CLAIMED', version: 2, claimedBy: { id: '7', displayName: 'A' } });
    const q = upsertTicket(upsertTicket([t('1')], claimed, queue, seen), t('1', { version: 1 }), queue, seen);
    expect(q).toEqual([claimed]);
  });

  it('never brings back a ticket that a newer version took out', () => {
    const seen = new Map<string, number>();
    let q = upsertTicket([t('1')], t('1', { status: 'RESOLVED', version: 3 }), queue, seen);
    expect(q).toEqual([]);
    q = upsertTicket(q, t('1', { status: 'ON_SITE', version: 2 }), queue, seen);
    expect(q).toEqual([]);
  });

  it("keeps the fields a mutation's answer does not carry", () => {
    const { description: _, ...answer } = t('1', { status: 'CLAIMED', version: 2 });
    const q = upsertTicket([t('1', { description: '暖气不热' })], answer as Row, queue, new Map());
    expect(q[0]).toMatchObject({ status: 'CLAIMED', description: '暖气不热' });
  });

  it("holds on the desk's tray what waits for a transfer or a callback, and nothing else", () => {
    const seen = new Map<string, number>();
    let tray: Row[] = [];
    tray = upsertTicket(tray, t('1', { status: 'REGISTERED', unit: null }), onDeskTray, seen);
    tray = upsertTicket(tray, t('2', { status: 'RESOLVED' }), onDeskTray, seen);
    tray = upsertTicket(tray, t('3', { status: 'CLAIMED' }), onDeskTray, seen);
    expect(tray.map((x) => x.id).sort()).toEqual(['1', '2']);
    tray = upsertTicket(tray, t('1', { status: 'TRANSFERRED', version: 2 }), onDeskTray, seen);
    tray = upsertTicket(tray, t('2', { status: 'REPLIED', version: 2 }), onDeskTray, seen);
    expect(tray).toEqual([]);
  });
});
