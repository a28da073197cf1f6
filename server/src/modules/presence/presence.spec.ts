import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryBus, type PresenceWire } from '../../realtime/bus.js';
import type { UserViewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import { MAX_SCREENS_PER_USER, Presence, PRESENCE_PUSH_MS, PresenceActivity } from './presence.js';
import { visiblePresence, type PresenceDiff } from './presence.rules.js';

const on = (userId: number, ticketId: string | null = null, unitId: string | null = null) => ({
  userId,
  displayName: `user ${userId}`,
  unitId,
  ticketId,
  activity: PresenceActivity.VIEWING,
});

/** Reads every message a watcher is sent, as it comes. */
function follow(watcher: AsyncIterableIterator<PresenceDiff<PresenceWire>>) {
  const received: Array<PresenceDiff<PresenceWire>> = [];
  void (async () => {
    for await (const m of watcher) received.push(m);
  })();
  return received;
}

const names = (m: PresenceDiff<PresenceWire> | undefined) => m?.entries.map((e) => e.displayName);

describe('presence', () => {
  let presence: Presence;
  beforeEach(() => {
    vi.useFakeTimers();
    presence = new Presence(new MemoryBus(), 30_000);
  });
  afterEach(() => {
    presence.stop();
    vi.useRealTimers();
  });

  /** Lets the throttle pass, so that anything due has been sent. */
  const settle = () => vi.advanceTimersByTimeAsync(PRESENCE_PUSH_MS * 2);

  describe('under a flood of heartbeats (finding 8)', () => {
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

    it('sends a watcher one message for a burst of changes, and none for a heartbeat that changes nothing', async () => {
      const watcher = presence.watch(null);
      const received = follow(watcher);
      await settle();
      expect(received).toEqual([{ entries: [], left: [], snapshot: true }]);

      for (let i = 0; i < 200; i++) presence.heartbeat(`7:c${i % 3}`, on(7, `t${i}`));
      await settle();
      expect(received).toHaveLength(2);
      expect(received[1]!.snapshot).toBe(false);
      expect(received[1]!.entries.map((e) => e.ticketId).sort()).toEqual(['t197', 't198', 't199']);

      presence.heartbeat('7:c0', on(7, 't198')); // still there, on the same ticket
      await vi.advanceTimersByTimeAsync(PRESENCE_PUSH_MS * 4);
      expect(received).toHaveLength(2);
      presence.heartbeat('7:c0', on(7, 't1'));
      await settle();
      expect(received).toHaveLength(3);
      expect(received[2]!.entries.map((e) => e.ticketId)).toEqual(['t1']);
      await watcher.return!();
    });
  });

  describe('sent as changes', () => {
    it('sends the whole list first, then a second screen joining as that one entry alone', async () => {
      for (const u of [1, 2, 3]) presence.heartbeat(`${u}:a`, on(u));
      const watcher = presence.watch(null);
      const received = follow(watcher);
      await settle();
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ snapshot: true, left: [] });
      expect(names(received[0])).toEqual(['user 1', 'user 2', 'user 3']);

      presence.heartbeat('2:b', on(2, 't9'));
      await settle();
      expect(received).toHaveLength(2);
      expect(received[1]).toMatchObject({ snapshot: false, left: [], entries: [{ userId: 2, ticketId: 't9' }] });
      await watcher.return!();
    });

    it('sends one who leaves as their key alone', async () => {
      presence.heartbeat('1:a', on(1));
      presence.heartbeat('2:a', on(2));
      const watcher = presence.watch(null);
      const received = follow(watcher);
      await settle();
      const gone = received[0]!.entries.find((e) => e.userId === 2)!.screenKey;

      presence.leave('2:a');
      await settle();
      expect(received[1]).toEqual({ entries: [], left: [gone], snapshot: false });
      await watcher.return!();
    });

    it('sends one the watcher may no longer see as left, at the next change', async () => {
      const staff: UserViewer = {
        kind: 'user',
        userId: 1,
        username: 'jinquan1',
        displayName: 'jinquan1',
        role: Role.STAFF,
        unitId: 'unit-jinquan',
        sessionId: 1,
      };
      presence.heartbeat('1:a', on(1, 't1', 'unit-jinquan'));
      presence.heartbeat('9:desk', on(9, 't1', 'unit-hotline'));
      let readable = true;
      const watcher = presence.watch('t1', (list) => visiblePresence(staff, list, readable));
      const received = follow(watcher);
      await settle();
      expect(names(received[0])).toEqual(['user 1', 'user 9']);
      const desk = received[0]!.entries.find((e) => e.userId === 9)!.screenKey;

      // The ticket left Jinquan; another desk screen on it is the next change.
      readable = false;
      presence.heartbeat('9:other', on(9, 't1', 'unit-hotline'));
      await settle();
      expect(received).toHaveLength(2);
      expect(received[1]).toEqual({ entries: [], left: [desk], snapshot: false });
      await watcher.return!();
    });

    it('sends nothing when nothing the watcher sees changed', async () => {
      presence.heartbeat('1:a', on(1, 't1'));
      const watcher = presence.watch('t1');
      const received = follow(watcher);
      await settle();
      expect(received).toHaveLength(1);

      presence.heartbeat('1:a', on(1, 't1')); // still here
      presence.heartbeat('2:a', on(2, 't2')); // on another ticket
      presence.leave('2:a');
      await vi.advanceTimersByTimeAsync(PRESENCE_PUSH_MS * 8);
      expect(received).toHaveLength(1);
      await watcher.return!();
    });

    it('keys a screen by an opaque id that holds while it stays, never by the client id', async () => {
      presence.heartbeat('1:my-laptop', on(1));
      const [first] = presence.list();
      presence.heartbeat('1:my-laptop', on(1, 't3'));
      const [moved] = presence.list();
      expect(moved!.screenKey).toBe(first!.screenKey);
      expect(first!.screenKey).not.toContain('laptop');
      presence.heartbeat('1:phone', on(1));
      expect(new Set(presence.list().map((e) => e.screenKey)).size).toBe(2);
    });

    it('ends a watcher waiting for a change at once', async () => {
      const watcher = presence.watch(null);
      await watcher.next();
      const pending = watcher.next();
      await watcher.return!();
      expect(await pending).toEqual({ value: undefined, done: true });
    });
  });
});
