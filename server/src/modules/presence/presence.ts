import type { Bus, PresenceWire } from '../../realtime/bus.js';

const SWEEP_MS = 2_000;

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
      if (entry) this.entries.set(key, entry);
      else this.entries.delete(key);
      this.notify();
    });
    this.timer = setInterval(() => this.expire(Date.now()), Math.min(SWEEP_MS, ttlMs / 3));
    this.timer.unref();
  }

  heartbeat(key: string, entry: Omit<PresenceWire, 'lastSeen' | 'since'>): void {
    const prev = this.entries.get(key);
    const same = prev && prev.ticketId === entry.ticketId && prev.activity === entry.activity;
    this.bus.publish('presence.changed', {
      key,
      entry: { ...entry, since: same ? prev.since : new Date().toISOString(), lastSeen: Date.now() },
    });
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

  /** The list now, then again after every change (changes between two reads coalesce). */
  watch(ticketId: string | null): AsyncIterableIterator<PresenceWire[]> {
    let dirty = true;
    let done = false;
    let wake: (() => void) | null = null;
    const listener = () => {
      dirty = true;
      wake?.();
    };
    this.listeners.add(listener);
    const finish = async (): Promise<IteratorResult<PresenceWire[]>> => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
      return { value: undefined, done: true };
    };
    const it: AsyncIterableIterator<PresenceWire[]> = {
      next: async () => {
        while (!dirty && !done) await new Promise<void>((r) => (wake = r));
        wake = null;
        if (done) return { value: undefined, done: true };
        dirty = false;
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
