import { graphqlClient } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { NoticeEvents } from './notices.graphql.js';

/** Events this close together are one burst: the screen reads once after them. */
const BURST_MS = 150;

/**
 * Keeps a view of notices live: `read` once (after the board cursor, so nothing is missed), then
 * again after each burst of notice events (of `unitIds`' notices, or all the viewer may read).
 * Never two reads at once: an event during a read asks for one more after it. Returns its stop.
 */
export function followNotices(unitIds: string[] | null, read: () => Promise<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reading = false;
  let again = false;
  let stopped = false;

  async function run() {
    timer = null;
    if (stopped) return;
    if (reading) return void (again = true);
    reading = true;
    try {
      await read();
    } catch {
      // A failed re-read (a restart, a rate limit): the next event or reconnect reads again.
    } finally {
      reading = false;
    }
    if (again && !stopped) {
      again = false;
      soon();
    }
  }
  const soon = () => void (timer ??= setTimeout(() => void run(), BURST_MS));

  const feed = live(graphqlClient(), {
    snapshot: read,
    events: NoticeEvents,
    variables: { unitIds },
    onEvent: soon,
  });
  return () => {
    stopped = true;
    feed.stop();
    if (timer) clearTimeout(timer);
  };
}
