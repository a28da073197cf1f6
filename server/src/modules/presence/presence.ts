import { randomBytes } from 'node:crypto';
import type { Bus, PresenceWire } from '../../realtime/bus.js';
import { diffPresence, type PresenceDiff } from './presence.rules.js';

const SWEEP_MS = 2_000;
/** Screens one user may be present on at once; a further one replaces their longest-silent. */
export const MAX_SCREENS_PER_USER = 5;
/** A watcher gets a message at most this often, however fast heartbeats arrive. */
export const PRESENCE_PUSH_MS = 250;

export enum PresenceActivity {
  VIEWING = 'VIEWING',
  WORKING = 'WORKING',
  IDLE = 'IDLE',
}

/**
 * Who is on the board and what each is looking at. Every instance keeps the whole picture from
 * the bus; entries expire without heartbeats, so a crashed client or instance leaves no ghost.
 */
export class Presence {
  private readonly entries = new Map<string, PresenceWire>();
  private readonly listeners = new Set<() => void>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly bus: Bus,
    /** Silent clients drop off the board this long after their last heartbeat. */
    private readonly ttlMs: number,
  ) {
    bus.on('presence.changed', ({ key, entry }) => {
      const prev = this.entries.get(key);
      if (entry) this.entries.set(key, entry);
      else this.entries.delete(key);
      // A heartbeat that only says "still here" changes nothing a watcher shows.
      const refresh = prev && entry && prev.ticketId === entry.ticketId && prev.activity === entry.activity;
      if (!refresh) this.notify();
    });
    this.timer = setInterval(() => this.expire(Date.now()), Math.min(SWEEP_MS, ttlMs / 3));
    this.timer.unref();
  }

  heartbeat(key: string, entry: Omit<PresenceWire, 'screenKey' | 'lastSeen' | 'since'>): void {
    const prev = this.entries.get(key);
    if (!prev) this.makeRoomFor(entry.userId);
    const same = prev && prev.ticketId === entry.ticketId && prev.activity === entry.activity;
    this.bus.publish('presence.changed', {
      key,
      entry: {
        ...entry,
        // `key` holds the client's id (or the session's): watchers are given a random stand-in.
        screenKey: prev?.screenKey ?? randomBytes(12).toString('base64url'),
        since: same ? prev.since : new Date().toISOString(),
        lastSeen: Date.now(),
      },
    });
  }

  /** A user with many screens (or a script inventing client ids) keeps MAX_SCREENS_PER_USER entries. */
  private makeRoomFor(userId: number): void {
    const theirs = [...this.entries]
      .filter(([, e]) => e.userId === userId)
      .sort(([, a], [, b]) => a.lastSeen - b.lastSeen);
    for (const [key] of theirs.slice(0, Math.max(0, theirs.length - MAX_SCREENS_PER_USER + 1))) this.leave(key);
  }

  leave(key: string): void {
    if (this.entries.has(key)) this.bus.publish('presence.changed', { key, entry: null });
  }

  list(ticketId?: string | null): PresenceWire[] {
    return [...this.entries.values()]
      .filter((e) => !ticketId || e.ticketId === ticketId)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  private expire(now: number): void {
    let changed = false;
    for (const [key, e] of this.entries)
      if (now - e.lastSeen > this.ttlMs) {
        this.entries.delete(key);
        changed = true;
      }
    if (changed) this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /**
   * What one watcher sees, as changes: everyone it may see first (a snapshot), then only who
   * joined, changed or left since its own last message. `visible` applies the read rule to each
   * list afresh, so someone it may no longer see is sent as left; a change it cannot see sends nothing.
   */
  watch(
    ticketId: string | null,
    visible: (list: PresenceWire[]) => PresenceWire[] | Promise<PresenceWire[]> = (list) => list,
  ): AsyncIterableIterator<PresenceDiff<PresenceWire>> {
    const lists = this.lists(ticketId);
    let sent: Map<string, PresenceWire> | null = null;
    let done = false;
    const it: AsyncIterableIterator<PresenceDiff<PresenceWire>> = {
      next: async () => {
        for (let r = await lists.next(); !r.done && !done; r = await lists.next()) {
          const now = await visible(r.value);
          const change = diffPresence(sent, now);
          sent = new Map(now.map((e) => [e.screenKey, e]));
          if (change && !done) return { value: change, done: false };
        }
        return { value: undefined, done: true };
      },
      return: async () => {
        done = true;
        await lists.return!();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  /** The list now, then again after every change (changes between two reads coalesce). */
  private lists(ticketId: string | null): AsyncIterableIterator<PresenceWire[]> {
    let dirty = true;
    let done = false;
    let wake: (() => void) | null = null;
    let sentAt = 0;
    let cancelThrottle: (() => void) | null = null;
    const listener = () => {
      dirty = true;
      wake?.();
    };
    this.listeners.add(listener);
    const finish = async (): Promise<IteratorResult<PresenceWire[]>> => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
      cancelThrottle?.();
      return { value: undefined, done: true };
    };
    const it: AsyncIterableIterator<PresenceWire[]> = {
      next: async () => {
        while (!dirty && !done) await new Promise<void>((r) => (wake = r));
        wake = null;
        // Changes within PRESENCE_PUSH_MS of the last list sent go out together in the next one.
        const wait = sentAt + PRESENCE_PUSH_MS - Date.now();
        if (wait > 0 && !done)
          await new Promise<void>((r) => {
            // Ended meanwhile (return()): wake at once rather than hold the timer.
            const timer = setTimeout(r, wait);
            cancelThrottle = () => {
              clearTimeout(timer);
              r();
            };
          });
        cancelThrottle = null;
        if (done) return { value: undefined, done: true };
        dirty = false;
        sentAt = Date.now();
        return { value: this.list(ticketId), done: false };
      },
      return: finish,
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
