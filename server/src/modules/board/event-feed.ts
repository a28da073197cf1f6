import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Bus } from '../../realtime/bus.js';
import type { EventLog } from '../audit/event-log.js';
import { readTicketChanges, type TicketChanged } from '../tickets/ticket-changed.js';

/** One audit event with its ticket as it stands when delivered (never older than the event). */
export type FeedEntry = TicketChanged;

export class SlowSubscriberError extends Error {}

const BATCH = 500;

/**
 * Tails the audit log for this instance and hands each event, in `seq` order, to every live
 * subscription; a subscription resuming from a cursor first reads the log itself, then joins.
 */
export class EventFeed {
  private position = 0;
  private readonly subs = new Set<FeedSubscription>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  /** Called as a live event is handed to a subscription (the metrics time commit-to-send). */
  onLiveDelivery: ((e: FeedEntry) => void) | null = null;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly events: EventLog,
    bus: Bus,
    private readonly log: Logger,
    readonly maxBuffered: number,
    /** Other instances' commits reach us through the bus; this poll finds what a lost message hid. */
    private readonly pollMs: number,
  ) {
    bus.on('events.committed', () => this.poke());
  }

  async start(): Promise<void> {
    this.position = await this.events.head(this.fork());
    this.timer = setInterval(() => this.poke(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    for (const s of this.subs) s.end();
  }

  get head(): number {
    return this.position;
  }

  get subscribers(): number {
    return this.subs.size;
  }

  /**
   * Events after `since` (all of them, then live), or only live ones when `since` is null. Catching
   * up reads the log through `readBack` (by default straight, a page of BATCH at a time).
   */
  subscribe(
    since: number | null,
    accept: (e: FeedEntry) => boolean,
    onOverflow: () => void,
    readBack: (after: number) => Promise<FeedEntry[]> = (after) => this.read(after, BATCH),
  ): FeedSubscription {
    const sub = new FeedSubscription(this, since ?? this.position, since === null, accept, onOverflow, readBack, () =>
      this.subs.delete(sub),
    );
    this.subs.add(sub);
    return sub;
  }

  poke(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((e: unknown) =>
        this.log.error({ err: e }, 'event feed: reading the log failed; retrying on the next wake-up'),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const entries = await this.read(this.position, BATCH);
      for (const entry of entries) {
        this.position = entry.seq;
        for (const s of this.subs) s.offerLive(entry);
      }
      if (entries.length < BATCH) return;
    }
  }

  read(after: number, limit: number): Promise<FeedEntry[]> {
    return readTicketChanges(this.fork(), after, limit);
  }
}

/** A pull-driven stream: catching up reads the log page by page; live entries queue up to a bound. */
export class FeedSubscription implements AsyncIterableIterator<FeedEntry> {
  private readonly queue: FeedEntry[] = [];
  private waiting: { resolve: (r: IteratorResult<FeedEntry>) => void; reject: (e: Error) => void } | null = null;
  private done = false;
  private failure: Error | null = null;

  constructor(
    private readonly feed: EventFeed,
    private cursor: number,
    private live: boolean,
    private readonly accept: (e: FeedEntry) => boolean,
    private readonly onOverflow: () => void,
    private readonly readBack: (after: number) => Promise<FeedEntry[]>,
    private readonly detach: () => void,
  ) {}

  /** From the tail; ignored until this subscription has caught up by itself. */
  offerLive(entry: FeedEntry): void {
    if (!this.live || this.done) return;
    if (!this.take(entry)) return;
    this.feed.onLiveDelivery?.(entry);
    if (this.queue.length > this.feed.maxBuffered) {
      this.failure = new SlowSubscriberError(
        `more than ${this.feed.maxBuffered} events waiting: resume from your last cursor`,
      );
      this.queue.length = 0;
      this.onOverflow();
      this.wakeWaiting();
    }
  }

  /** Applies the cursor (no duplicate, no step back) and the filter; queues what passes. */
  private take(entry: FeedEntry): boolean {
    if (entry.seq <= this.cursor) return false;
    this.cursor = entry.seq;
    if (!this.accept(entry)) return false;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: entry, done: false });
    } else this.queue.push(entry);
    return true;
  }

  private wakeWaiting(): void {
    if (!this.waiting) return;
    const w = this.waiting;
    this.waiting = null;
    if (this.failure) w.reject(this.failure);
    else w.resolve({ value: undefined, done: true });
  }

  async next(): Promise<IteratorResult<FeedEntry>> {
    for (;;) {
      if (this.failure) throw this.failure;
      const head = this.queue.shift();
      if (head) return { value: head, done: false };
      if (this.done) return { value: undefined, done: true };
      if (this.live) return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
      // Catching up: everything up to the feed's head is in the database already.
      const page = await this.readBack(this.cursor);
      for (const entry of page) this.take(entry);
      // Everything up to the feed's head is read: from here the tail hands it the rest.
      if (page.length === 0 || this.cursor >= this.feed.head) this.live = true;
    }
  }

  end(): void {
    this.done = true;
    this.detach();
    this.wakeWaiting();
  }

  async return(): Promise<IteratorResult<FeedEntry>> {
    this.end();
    return { value: undefined, done: true };
  }

  async throw(e: unknown): Promise<IteratorResult<FeedEntry>> {
    this.end();
    throw e;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
