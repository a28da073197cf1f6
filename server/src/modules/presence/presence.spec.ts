import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryBus } from '../../realtime/bus.js';
import { MAX_SCREENS_PER_USER, Presence, PRESENCE_PUSH_MS, PresenceActivity } from './presence.js';

const on = (userId: number, ticketId: string | null = null) => ({
  userId,
  displayName: `user ${userId}`,
  unitId: null,
  ticketId,
  activity: PresenceActivity.VIEWING,
});

describe('presence under a flood of heartbeats (finding 8)', () => {
  let presence: Presence;
  beforeEach(() => {
    vi.useFakeTimers();
    presence = new Presence(new MemoryBus(), 30_000);
  });
  afterEach(() => {
    presence.stop();
    vi.useRealTimers();
  });

  it('keeps a few screens per user, the latest ones, however many client ids they invent', () => {
    presence.heartbeat('8:desk', on(8));
    for (let i = 0; i < 5_000; i++) {
      vi.advanceTimersByTime(1);
      presence.heartbeat(`7:c${i}`, on(7));
    }
    const theirs = presence.list().filter((e) => e.userId === 7);
    expect(theirs).toHaveLength(MAX_SCREENS_PER_USER);
    expect(presence.list().filter((e) => e.userId === 8)).toHaveLength(1);
  });

  it('sends a watcher one list for a burst of changes, and none for a heartbeat that changes nothing', async () => {
    const watcher = presence.watch(null);
    expect((await watcher.next()).value).toEqual([]);
    const received: unknown[] = [];
    const read = () => watcher.next().then((r) => void received.push(r.value));

    let pending = read();
    for (let i = 0; i < 200; i++) presence.heartbeat(`7:c${i % 3}`, on(7, `t${i}`));
    await vi.advanceTimersByTimeAsync(PRESENCE_PUSH_MS);
    await pending;
    expect(received).toHaveLength(1);
    expect((received[0] as Array<{ ticketId: string }>).map((e) => e.ticketId).sort()).toEqual([
      't197',
      't198',
      't199',
    ]);

    pending = read();
    presence.heartbeat('7:c0', on(7, 't198')); // still there, on the same ticket
    await vi.advanceTimersByTimeAsync(PRESENCE_PUSH_MS * 4);
    expect(received).toHaveLength(1);
    presence.heartbeat('7:c0', on(7, 't1'));
    await vi.advanceTimersByTimeAsync(PRESENCE_PUSH_MS);
    await pending;
    expect(received).toHaveLength(2);
    await watcher.return!();
  });
});
