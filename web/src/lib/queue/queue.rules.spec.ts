import { describe, expect, it } from 'vitest';
import { sortQueue, upsert, type QueueTicket } from './queue.rules.js';

const t = (id: string, over: Partial<QueueTicket> = {}): QueueTicket => ({
  id, number: `n${id}`, status: 'TRANSFERRED', dueAt: '2026-11-27T15:59:59.999Z', overdue: false, version: 1,
  description: '', unit: { id: 'u' }, ...over,
});

describe('a unit queue', () => {
  it('puts overdue tickets first, then the earliest due', () => {
    const sorted = sortQueue([t('1', { dueAt: '2026-11-28T00:00:00Z' }), t('2', { overdue: true, dueAt: '2026-11-29T00:00:00Z' }), t('3')]);
    expect(sorted.map((x) => x.id)).toEqual(['2', '3', '1']);
  });

  it('replaces a ticket with its newest state and drops it when it leaves the unit or is resolved', () => {
    let q = [t('1'), t('2')];
    q = upsert(q, t('1', { status: 'CLAIMED', claimedBy: { id: '7', displayName: 'A' } }), 'u');
    expect(q.find((x) => x.id === '1')?.claimedBy?.displayName).toBe('A');
    q = upsert(q, t('2', { status: 'RESOLVED' }), 'u');
    expect(q.map((x) => x.id)).toEqual(['1']);
    q = upsert(q, t('1', { unit: { id: 'other' } }), 'u');
    expect(q).toEqual([]);
  });
});
