import { graphqlClient } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { burstReader } from '$lib/notices/burst-reader.js';
import { CrewEvents } from './crews.graphql.js';

/** Events this close together are one burst: the screen reads once after them. */
const BURST_MS = 150;

/**
 * Keeps a unit's crews live: `read` once (after the board cursor, so nothing is missed), then once
 * after each burst of the unit's crew events (sent, moved, a position, new members). Returns its stop.
 */
export function followCrews(unitIds: string[], read: () => Promise<void>): () => void {
  const again = burstReader(read, BURST_MS);
  const feed = live(graphqlClient(), {
    snapshot: read,
    events: CrewEvents,
    variables: { unitIds },
    onEvent: again.soon,
  });
  return () => {
    again.stop();
    feed.stop();
  };
}
