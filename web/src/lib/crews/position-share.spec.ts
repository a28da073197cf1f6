import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharePositions, type Fix, type FixTrouble, type Watch } from './position-share.js';

/** A phone whose fixes and troubles the test gives by hand. */
function fakePhone() {
  let fix: ((f: Fix) => void) | null = null;
  let trouble: ((why: FixTrouble) => void) | null = null;
  const state = { watching: false };
  const watch: Watch = (onFix, onTrouble) => {
    fix = onFix;
    trouble = onTrouble;
    state.watching = true;
    return () => (state.watching = false);
  };
  return {
    get watching() {
      return state.watching;
    },
    watch,
    at: (lat: number, lon: number) => fix?.({ lat, lon }),
    fails: (why: FixTrouble) => trouble?.(why),
  };
}

describe('sharing a crew’s position', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first fix at once, then the newest at most once per ten seconds', async () => {
    const phone = fakePhone();
    const sent: Fix[] = [];
    sharePositions({ watch: phone.watch, send: async (f) => void sent.push(f), now: () => Date.now() });
    phone.at(36.78, 119.95);
    expect(sent).toEqual([{ lat: 36.78, lon: 119.95 }]);
    await vi.advanceTimersByTimeAsync(3_000);
    phone.at(36.781, 119.951);
    await vi.advanceTimersByTimeAsync(3_000);
    phone.at(36.782, 119.952);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sent).toEqual([
      { lat: 36.78, lon: 119.95 },
      { lat: 36.782, lon: 119.952 },
    ]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sent).toHaveLength(2);
  });

  it('sends nothing more once stopped, and stops watching the phone', async () => {
    const phone = fakePhone();
    const sent: Fix[] = [];
    const stop = sharePositions({ watch: phone.watch, send: async (f) => void sent.push(f), now: () => Date.now() });
    phone.at(36.78, 119.95);
    await vi.advanceTimersByTimeAsync(1_000);
    phone.at(36.79, 119.96);
    stop();
    await vi.advanceTimersByTimeAsync(20_000);
    phone.at(36.8, 119.97);
    expect(sent).toHaveLength(1);
    expect(phone.watching).toBe(false);
  });

  it('says when the phone refuses, and hands on a refused send', async () => {
    const phone = fakePhone();
    const troubles: FixTrouble[] = [];
    const errors: unknown[] = [];
    sharePositions({
      watch: phone.watch,
      send: () => Promise.reject(new Error('too far')),
      onTrouble: (why) => troubles.push(why),
      onSendError: (e) => errors.push(e),
    });
    phone.fails('refused');
    phone.at(0, 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(troubles).toEqual(['refused']);
    expect(errors).toHaveLength(1);
  });
});
