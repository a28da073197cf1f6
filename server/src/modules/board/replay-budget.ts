import type { Viewer } from '../auth/viewer.js';

/** Who a replay is read for, and what each event read back costs them (their document's cost). */
export interface Replayer {
  viewer: Viewer;
  address: string | null;
  perEvent: number;
}

export interface ReplayLimits {
  /** Log reads one credential may have running at once on this instance. */
  perCredential: number;
  /** Log reads running at once on this instance, for everyone. */
  atOnce: number;
}

/**
 * What subscriptions catching up from a cursor may cost. Each page they read back from the log waits
 * for a read slot (a credential's 50 replays take turns instead of running together), and is then
 * charged to the credential's rate limit at the subscription document's cost per event: once the
 * budget of the minute is spent, the replay pauses until it is renewed rather than fail. Live events
 * are not charged: they are read once for everyone.
 */
export class ReplayBudget {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly waiting: Array<{ credential: string; start: () => void }> = [];

  constructor(
    readonly limits: ReplayLimits,
    private readonly credentialOf: (viewer: Viewer, address: string | null) => string,
    /** Charges `cost` to the credential; resolves once its budget allows (waits, never refuses). */
    private readonly spend: (viewer: Viewer, address: string | null, cost: number) => Promise<void>,
  ) {}

  /** Reads that wait for a slot now (a gauge for operators). */
  get queued(): number {
    return this.waiting.length;
  }

  async read<T>(who: Replayer, read: () => Promise<T[]>): Promise<T[]> {
    const credential = this.credentialOf(who.viewer, who.address);
    await this.acquire(credential);
    let page: T[];
    try {
      page = await read();
    } finally {
      this.release(credential);
    }
    // After the slot is given back: a credential paused on its budget holds nobody else's turn.
    if (page.length > 0) await this.spend(who.viewer, who.address, page.length * Math.max(1, who.perEvent));
    return page;
  }

  private mayStart(credential: string): boolean {
    return this.running < this.limits.atOnce && (this.runningBy.get(credential) ?? 0) < this.limits.perCredential;
  }

  private start(credential: string): void {
    this.running += 1;
    this.runningBy.set(credential, (this.runningBy.get(credential) ?? 0) + 1);
  }

  private acquire(credential: string): Promise<void> {
    // Every waiting read that could start has started (release): none is passed over here.
    if (this.mayStart(credential)) {
      this.start(credential);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ credential, start: resolve }));
  }

  /** Frees a slot and starts, oldest first, every waiting read that may run now. */
  private release(credential: string): void {
    this.running -= 1;
    const left = (this.runningBy.get(credential) ?? 1) - 1;
    if (left === 0) this.runningBy.delete(credential);
    else this.runningBy.set(credential, left);
    for (let i = 0; i < this.waiting.length && this.running < this.limits.atOnce;) {
      const next = this.waiting[i]!;
      if (!this.mayStart(next.credential)) {
        i += 1;
        continue;
      }
      this.waiting.splice(i, 1);
      this.start(next.credential);
      // After the I/O that waits: on SQLite a read runs without yielding, and reads handed on in
      // microtasks would run back to back while every other request waits (bench/abuse.mjs: 17 s).
      setImmediate(next.start);
    }
  }
}
