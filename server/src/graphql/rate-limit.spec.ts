import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../modules/auth/viewer.js';
import { RateLimits } from './rate-limit.js';

const viewer = { kind: 'user', userId: '7' } as unknown as Viewer;

describe('RateLimits.spend', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the next window once the budget is spent, where charge refuses', async () => {
    vi.useFakeTimers();
    const limits = new RateLimits(100, null, pino({ level: 'silent' }));
    await limits.spend(viewer, null, 80);
    await expect(limits.charge(viewer, null, 30)).rejects.toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    let paid = false;
    const spending = limits.spend(viewer, null, 30).then(() => (paid = true));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(paid).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    await spending;
    // It was charged in the new window.
    expect((await limits.charge(viewer, null, 1))?.remaining).toBe(100 - 30 - 1);
  });

  it('takes a whole window for more than a window holds, instead of waiting for ever', async () => {
    vi.useFakeTimers();
    const limits = new RateLimits(100, null, pino({ level: 'silent' }));
    await limits.spend(viewer, null, 1_000);
    await expect(limits.charge(viewer, null, 1)).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
  });

  it('costs nothing when there is no limit', async () => {
    const limits = new RateLimits(0, null, pino({ level: 'silent' }));
    await limits.spend(viewer, null, 1_000_000);
    expect(await limits.charge(viewer, null, 1)).toBeNull();
  });
});
