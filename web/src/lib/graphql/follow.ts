import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { graphql } from './generated/index.js';
import { request } from './client.svelte.js';

const BoardCursor = graphql(`
  query BoardCursor {
    boardCursor
  }
`);

/** The newest event's cursor: read it before loading a snapshot, then follow from it. */
export async function cursorNow(c: Client): Promise<string> {
  return (await request(c, BoardCursor, {})).boardCursor;
}

/**
 * Board events after `variables.since`. graphql-ws re-sends this same payload object after a
 * reconnect, so keeping `since` at the last cursor seen resumes there: nothing missed, nothing twice.
 */
export function followBoard<E extends { cursor: string }, V extends { since?: string | null }>(
  c: Client,
  doc: TypedDocumentNode<{ boardEvents: E }, V>,
  variables: V,
  onEvent: (e: E) => void,
): () => void {
  return c.subscribe<{ boardEvents: E }>(
    { query: print(doc), variables: variables as Record<string, unknown> },
    {
      next: ({ data }) => {
        const e = data?.boardEvents;
        if (!e) return;
        variables.since = e.cursor;
        onEvent(e);
      },
      // The client retries forever; the connection badge shows the state meanwhile.
      error: () => undefined,
      complete: () => undefined,
    },
  );
}

interface Page<N> {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a connection, page after page (the API serves at most 200 a page). */
export async function allPages<N>(page: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const p: Page<N> = await page(after);
    nodes.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) return nodes;
    after = p.pageInfo.endCursor;
  }
}
