import { SvelteSet } from 'svelte/reactivity';
import { graphql } from '$lib/graphql/generated/index.js';
import { allPages, cursorNow, followBoard } from '$lib/graphql/follow.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { applyEvent, emptyBoard, OPEN, type BoardState, type FeedItem } from './board.rules.js';

export const PlacesQuery = graphql(`
  query Places {
    heatSources {
      id
      name
      nameEn
      lat
      lon
    }
    stations {
      id
      name
      nameEn
      lat
      lon
      operatorUnit {
        id
        name
        nameEn
        kind
      }
    }
    compounds {
      id
      name
      nameEn
      lat
      lon
      heating
      households
      station {
        id
        name
        nameEn
      }
      operatorUnit {
        id
        name
        nameEn
      }
    }
    units {
      id
      name
      nameEn
      kind
    }
  }
`);

const BoardTicketFields = graphql(`
  fragment BoardTicket on Ticket {
    id
    number
    status
    overdue
    receivedAt
    satisfaction
    kind
    description
    compound {
      id
    }
    unit {
      id
    }
    claimedBy {
      displayName
    }
  }
`);
void BoardTicketFields;

export const BoardSnapshotQuery = graphql(`
  query BoardSnapshot($after: String, $status: [TicketStatus!]) {
    tickets(filter: { status: $status }, first: 200, after: $after) {
      edges {
        node {
          ...BoardTicket
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BoardEventsSubscriptionDoc = graphql(`
  subscription BoardEvents($since: String) {
    boardEvents(since: $since) {
      seq
      cursor
      type
      at
      actorName
      ticket {
        ...BoardTicket
      }
    }
  }
`);

export type Places = Awaited<ReturnType<typeof loadPlaces>>;

export async function loadPlaces(token: string) {
  return request(graphqlClient(token), PlacesQuery, {});
}

/**
 * The live board: the open tickets as a snapshot, then every change, in order. The cursor is read
 * before the snapshot, so nothing between the two is missed; on a reconnect the subscription is
 * re-sent with the newest cursor, and events seen twice are ignored by seq.
 */
export function createBoard(token: string) {
  const state = $state<{ board: BoardState; version: number; flashing: SvelteSet<string> }>({
    board: emptyBoard(),
    version: 0,
    flashing: new SvelteSet(),
  });
  const client = graphqlClient(token);
  const variables: { since: string | null } = { since: null };
  let stop: (() => void) | null = null;
  // stop() may come while start() still awaits: nothing may begin after it.
  let stopped = false;

  async function start() {
    variables.since = await cursorNow(client);
    const board = emptyBoard();
    const open = await allPages(
      async (after) => (await request(client, BoardSnapshotQuery, { after, status: [...OPEN] })).tickets,
    );
    if (stopped) return;
    for (const node of open) board.open.set(node.id, node as never);
    board.lastSeq = Number(variables.since);
    state.board = board;
    state.version += 1;
    stop = followBoard(client, BoardEventsSubscriptionDoc, variables, (e) => {
      if (!applyEvent(state.board, e as unknown as FeedItem)) return;
      state.version += 1;
      if (e.type === 'TICKET_REGISTERED') flash(e.ticket.id);
    });
  }

  function flash(id: string) {
    state.flashing.add(id);
    setTimeout(() => state.flashing.delete(id), 4000);
  }

  return {
    state,
    start,
    stop: () => {
      stopped = true;
      stop?.();
    },
  };
}
