import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { burstReader } from './burst-reader.js';

/** A read that stays open until `finish` is called. */
function slowRead() {
  const finishes: Array<() => void> = [];
  const read = vi.fn(() => new Promise<void>((resolve) => finishes.push(resolve)));
  return { read, finish: () => finishes.shift()?.() };
}

describe('burstReader', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads once after a burst of events', async () => {
    const read = vi.fn(() => Promise.resolve());
    const r = burstReader(read, 100);
    r.soon();
    r.soon();
    await vi.advanceTimersByTimeAsync(50);
    r.soon();
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('never runs two reads at once: events during a read make one more read after it', async () => {
    const { read, finish } = slowRead();
    const r = burstReader(read, 100);
    r.soon();
    await vi.advanceTimersByTimeAsync(100);
    expect(read).toHaveBeenCalledTimes(1);
    r.soon();
    await vi.advanceTimersByTimeAsync(100);
    r.soon();
    await vi.advanceTimersByTimeAsync(100);
    expect(read).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(read).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads again on the next event after a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('restarting')).mockResolvedValue(undefined);
    const r = burstReader(read, 100);
    r.soon();
    await vi.advanceTimersByTimeAsync(100);
    r.soon();
    await vi.advanceTimersByTimeAsync(100);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads nothing once stopped', async () => {
    const read = vi.fn(() => Promise.resolve());
    const r = burstReader(read, 100);
    r.soon();
    r.stop();
    r.soon();
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).not.toHaveBeenCalled();
  });
});
