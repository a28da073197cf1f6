import { SvelteSet } from 'svelte/reactivity';
import { useFragment } from '$lib/graphql/generated/index.js';
import type { BoardEventsSubscription as BoardEvent, BoardPlacesQuery } from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { allPages } from '$lib/graphql/pages.js';
import { serverConfig } from '$lib/config/server-config.svelte.js';
import { OPEN_STATUSES } from '$lib/ticket/ticket-status.js';
import { applyEvent, emptyBoard, type BoardState } from './board.rules.js';
import {
  BoardEventsSubscription,
  BoardPageTicket,
  BoardPlacesQuery as PlacesQuery,
  BoardSnapshotQuery,
} from './board.graphql.js';

export type Places = BoardPlacesQuery;
/** What the feed shows of an event (its own fragment). */
export type FeedItem = BoardEvent['boardEvents'];

export function loadPlaces(token: string): Promise<Places> {
  return request(graphqlClient(token), PlacesQuery, {});
}

const FLASH_MS = 4000;

/**
 * The live board: the open tickets as a snapshot, then every change, in order; events seen twice
 * (a replay after reconnecting) are ignored by seq.
 */
export function createBoard(token: string) {
  const state = $state<{ board: BoardState<FeedItem>; version: number; ready: boolean; flashing: SvelteSet<string> }>({
    board: emptyBoard(),
    version: 0,
    ready: false,
    flashing: new SvelteSet(),
  });
  const client = graphqlClient(token);

  const feed = live(client, {
    snapshot: () =>
      allPages(
        async (after) => (await request(client, BoardSnapshotQuery, { after, status: [...OPEN_STATUSES] })).tickets,
      ),
    onSnapshot: (nodes, cursor) => {
      const board = emptyBoard<FeedItem>();
      for (const t of useFragment(BoardPageTicket, nodes)) board.open.set(t.id, t);
      board.lastSeq = Number(cursor);
      state.board = board;
      state.version += 1;
      state.ready = true;
    },
    events: BoardEventsSubscription,
    variables: {},
    onEvent: (e) => {
      const ticket = useFragment(BoardPageTicket, e.ticket);
      if (!applyEvent(state.board, { seq: e.seq, ticket, item: e }, serverConfig.timeZone)) return;
      state.version += 1;
      if (e.type === 'TICKET_REGISTERED') flash(ticket.id);
    },
  });

  function flash(id: string) {
    state.flashing.add(id);
    setTimeout(() => state.flashing.delete(id), FLASH_MS);
  }

  return { state, stop: feed.stop };
}

export type Board = ReturnType<typeof createBoard>;
