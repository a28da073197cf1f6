import { graphqlClient } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { burstReader } from '$lib/notices/burst-reader.js';
import { TaskEvents } from './tasks.graphql.js';

/** Events this close together are one burst: the screen reads once after them. */
const BURST_MS = 150;

/**
 * Keeps a unit's task list live: `read` once (after the board cursor, so nothing is missed), then
 * once after each burst of the unit's task events. Returns its stop.
 */
export function followTasks(unitIds: string[], read: () => Promise<void>): () => void {
  const again = burstReader(read, BURST_MS);
  const feed = live(graphqlClient(), {
    snapshot: read,
    events: TaskEvents,
    variables: { unitIds },
    onEvent: again.soon,
  });
  return () => {
    again.stop();
    feed.stop();
  };
}
