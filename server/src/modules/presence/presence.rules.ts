import type { PresenceWire } from '../../realtime/bus.js';
import type { Viewer } from '../auth/viewer.js';
import { readableUnits } from '../units/unit.rules.js';

/**
 * Who a viewer may see, by the same rule as tickets. On one ticket the viewer may read (its page):
 * everyone on it. On the whole board: a unit's staff see their own unit's people (and so which of
 * their tickets each is on), not who works on another unit's tickets; the desk, leaders and admins
 * see everyone. The caller checks that the ticket is readable before passing `onReadableTicket`.
 */
export function visiblePresence<E extends { unitId: string | null }>(
  viewer: Viewer,
  entries: readonly E[],
  onReadableTicket = false,
): E[] {
  const units = readableUnits(viewer);
  if (onReadableTicket || units === null) return [...entries];
  return entries.filter((e) => e.unitId !== null && units.includes(e.unitId));
}

/** One message to a presence watcher. */
export interface PresenceDiff<E> {
  /** Joined or changed since the watcher's last message; in the first, everyone it may see. */
  entries: E[];
  /** Screen keys of entries gone, or no longer the watcher's to see. */
  left: string[];
  /** The first message: it replaces whatever the watcher had. */
  snapshot: boolean;
}

/** What a watcher is shown of an entry; `lastSeen` is not part of it (see diffPresence). */
type Shown = Pick<PresenceWire, 'screenKey' | 'userId' | 'displayName' | 'unitId' | 'ticketId' | 'activity' | 'since'>;

const sameShown = (a: Shown, b: Shown) =>
  a.userId === b.userId &&
  a.displayName === b.displayName &&
  a.unitId === b.unitId &&
  a.ticketId === b.ticketId &&
  a.activity === b.activity &&
  a.since === b.since;

/**
 * What to send a watcher that was last sent `sent` (null: nothing yet) and may now see `now`: who
 * joined or changed, and the keys that went; null when nothing it sees changed. A newer `lastSeen`
 * alone is no change, or every heartbeat that only says "still here" would resend its entry.
 */
export function diffPresence<E extends Shown>(
  sent: ReadonlyMap<string, E> | null,
  now: readonly E[],
): PresenceDiff<E> | null {
  if (!sent) return { entries: [...now], left: [], snapshot: true };
  const entries = now.filter((e) => {
    const was = sent.get(e.screenKey);
    return !was || !sameShown(was, e);
  });
  const still = new Set(now.map((e) => e.screenKey));
  const left = [...sent.keys()].filter((key) => !still.has(key));
  return entries.length || left.length ? { entries, left, snapshot: false } : null;
}
