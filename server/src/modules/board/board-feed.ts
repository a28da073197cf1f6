import type { Logger } from 'pino';
import { CLOSE_TOO_SLOW } from '../../realtime/close-codes.js';
import type { Viewer } from '../auth/viewer.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { canSeeEvent, type BoardFilter } from './board.rules.js';
import type { EventFeed, FeedEntry, FeedSubscription } from './event-feed.js';

/** The live board of this instance: the event feed, with permissions and filters applied. */
export class BoardFeed {
  constructor(
    readonly feed: EventFeed,
    private readonly places: PlaceDirectory,
    private readonly log: Logger,
  ) {}

  subscribe(
    since: number | null,
    viewer: Viewer,
    filter: BoardFilter | null,
    closeConnection?: (code: number, reason: string) => void,
  ): FeedSubscription {
    const stationOf = (c: string) => this.places.stationOf(c);
    const accept = (e: FeedEntry) => canSeeEvent(viewer, e, filter, stationOf);
    return this.feed.subscribe(since, accept, () => {
      this.log.warn({ buffered: this.feed.maxBuffered }, 'a board subscriber is too slow: closing its connection');
      // The close frame queues behind what the client has not read; it sees the reason once it catches up.
      closeConnection?.(
        CLOSE_TOO_SLOW,
        `too slow: more than ${this.feed.maxBuffered} events waiting; resume from your last cursor`,
      );
    });
  }
}
