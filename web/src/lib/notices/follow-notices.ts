import { graphqlClient } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { burstReader } from './burst-reader.js';
import { NoticeEvents } from './notices.graphql.js';

/** Events this close together are one burst: the screen reads once after them. */
const BURST_MS = 150;

/**
 * Keeps a view of notices live: `read` once (after the board cursor, so nothing is missed), then
 * once after each burst of notice events (of `unitIds`' notices, or all the viewer may read).
 * Returns its stop.
 */
export function followNotices(unitIds: string[] | null, read: () => Promise<void>): () => void {
  const again = burstReader(read, BURST_MS);
  const feed = live(graphqlClient(), {
    snapshot: read,
    events: NoticeEvents,
    variables: { unitIds },
    onEvent: again.soon,
  });
  return () => {
    again.stop();
    feed.stop();
  };
}
