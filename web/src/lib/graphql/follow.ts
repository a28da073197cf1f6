import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlClient } from './client.svelte.js';
import { live } from './live.js';
import { burstReader } from './burst-reader.js';

/** Events this close together are one burst: the screen reads once after them. */
const BURST_MS = 150;

/**
 * Keeps a view live on a `boardEvents` subscription (narrowed by its own filter): `read` once
 * (after the board cursor, so nothing is missed), then once after each burst of its events.
 * Returns its stop.
 */
export function followInBursts<V extends { since?: string | null }>(
  events: TypedDocumentNode<{ boardEvents: { cursor: string } }, V>,
  variables: Omit<V, 'since'>,
  read: () => Promise<void>,
): () => void {
  const again = burstReader(read, BURST_MS);
  const feed = live(graphqlClient(), { snapshot: read, events, variables, onEvent: again.soon });
  return () => {
    again.stop();
    feed.stop();
  };
}
