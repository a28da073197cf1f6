import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { CLOSE_TOO_SLOW } from '../../realtime/close-codes.js';
import type { Viewer } from '../auth/viewer.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { eventView, passesFilter, type BoardFilter } from './board.rules.js';
import { readTicketChangesBefore } from '../tickets/ticket-changed.js';
import type { EventFeed, FeedEntry, FeedSubscription } from './event-feed.js';
import { TicketEvent, TicketEventType } from '../audit/ticket-event.entity.js';
import { SHARE_KEY } from '../../realtime/shared-execution.js';
import type { ReplayBudget, Replayer } from './replay-budget.js';

const PAGE = 200;
/** A replay's page: small, so that a page's events are sent between other callers' requests. */
const REPLAY_PAGE = 100;
/**
 * What a subscriber far behind gets after its GAP: the newest events a screen's feed shows
 * (recentBoardEvents' 50), not the whole replay window. It re-reads its state anyway, and 50
 * subscriptions each replaying 1,000 events cost the others seconds (bench/abuse.mjs).
 */
const AFTER_GAP = 50;
const SCAN_LIMIT = 5_000;

/** The live board of this instance: the event feed, with permissions and filters applied. */
export class BoardFeed {
  constructor(
    readonly feed: EventFeed,
    private readonly places: PlaceDirectory,
    private readonly log: Logger,
    /** The most events a subscription replays from its `since`; further behind, it must re-read. */
    readonly replayWindow: number,
    private readonly replays: ReplayBudget,
  ) {}

  /**
   * The last `last` events the viewer may see, at or before the cursor `before`, newest first: what
   * a screen opened now shows in its feed before the live events (subscribe with `since: before`).
   * Reads back at most SCAN_LIMIT events, so a unit with few events cannot make it read the whole log.
   */
  async recent(em: EntityManager, viewer: Viewer, before: number, last: number): Promise<FeedEntry[]> {
    const accept = this.acceptFor(viewer, null);
    const found: FeedEntry[] = [];
    let cursor = before;
    for (let scanned = 0; found.length < last && scanned < SCAN_LIMIT && cursor > 0; scanned += PAGE) {
      const page = await readTicketChangesBefore(em, cursor, PAGE);
      if (page.length === 0) break;
      found.push(...page.filter(accept));
      cursor = page.at(-1)!.seq - 1;
    }
    return found.slice(0, last);
  }

  private acceptFor(viewer: Viewer, filter: BoardFilter | null) {
    const stationOf = (c: string) => this.places.stationOf(c);
    return (e: FeedEntry) => eventView(viewer, e) !== null && passesFilter(e, filter, stationOf);
  }

  /**
   * Every event after `since` the subscriber may see and asked for, then live. A `since` more than
   * replayWindow events behind is not replayed: the subscriber gets a GAP first (re-read what you
   * show), then the newest events a feed shows (AFTER_GAP), then live. What is read back from the
   * log is paid for from the subscriber's replay budget.
   */
  subscribe(
    since: number | null,
    subscriber: Replayer,
    filter: BoardFilter | null,
    closeConnection?: (code: number, reason: string) => void,
  ): AsyncIterableIterator<FeedEntry> {
    const head = this.feed.head;
    if (since === null || head - since <= this.replayWindow)
      return this.follow(since, subscriber, filter, closeConnection);
    const from = head - Math.min(this.replayWindow, AFTER_GAP);
    return startingWith(gapAt(from), this.follow(from, subscriber, filter, closeConnection));
  }

  private follow(
    since: number | null,
    subscriber: Replayer,
    filter: BoardFilter | null,
    closeConnection?: (code: number, reason: string) => void,
  ): FeedSubscription {
    return this.feed.subscribe(
      since,
      this.acceptFor(subscriber.viewer, filter),
      () => {
        this.log.warn({ buffered: this.feed.maxBuffered }, 'a board subscriber is too slow: closing its connection');
        // The close frame queues behind what the client has not read; it sees the reason once it catches up.
        closeConnection?.(
          CLOSE_TOO_SLOW,
          `too slow: more than ${this.feed.maxBuffered} events waiting; resume from your last cursor`,
        );
      },
      (after) => this.replays.read(subscriber, () => this.feed.read(after, REPLAY_PAGE)),
    );
  }
}

/** The GAP a stream starts with when its `since` was too far behind: at the first cursor it replays from. */
function gapAt(seq: number): FeedEntry {
  const event = Object.assign(new TicketEvent(), {
    seq,
    type: TicketEventType.GAP,
    at: new Date(),
    actorName: '',
    changes: {},
    note: null,
    ticket: null,
    actor: null,
  });
  return {
    // Not the event of that seq: no subscriber's result may be shared with it.
    [SHARE_KEY]: `gap:${seq}`,
    seq,
    type: TicketEventType.GAP,
    ticketId: null,
    unitId: null,
    previousUnitId: null,
    compoundId: null,
    event,
    ticket: null,
  };
}

/** `first`, then everything `rest` yields; ending it ends `rest`. */
function startingWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  let sent = false;
  return {
    next: () => (sent ? rest.next() : ((sent = true), Promise.resolve({ value: first, done: false }))),
    return: () => rest.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    throw: (e: unknown) => rest.throw?.(e) ?? Promise.reject(e),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
