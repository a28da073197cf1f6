import { print } from 'graphql';
import { graphql } from '$lib/graphql/generated/index.js';
import type { QueueEventsSubscription } from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { QUEUE_STATUSES, sortQueue, upsert, type QueueTicket } from './queue.rules.js';

export const MeQuery = graphql(`
  query Me { me { id username displayName role unit { id name nameEn } } }
`);

const QueueTicketFields = graphql(`
  fragment QueueTicket on Ticket {
    id number status dueAt overdue version description
    unit { id } claimedBy { id displayName } compound { name nameEn }
  }
`);
void QueueTicketFields;

const QueueQuery = graphql(`
  query Queue($unitId: ID!, $status: [TicketStatus!]) {
    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...QueueTicket } } }
  }
`);

const QueueEvents = graphql(`
  subscription QueueEvents($since: String, $unitId: ID!) {
    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }
  }
`);

const CursorQuery = graphql(`
  query QueueCursor { boardCursor }
`);

export const ClaimMutation = graphql(`
  mutation Claim($id: ID!) { claimTicket(id: $id) { ...QueueTicket } }
`);
export const ReleaseMutation = graphql(`
  mutation Release($id: ID!) { releaseTicket(id: $id) { ...QueueTicket } }
`);
export const OnSiteMutation = graphql(`
  mutation OnSite($id: ID!) { startOnSite(id: $id) { ...QueueTicket } }
`);
export const ResolveMutation = graphql(`
  mutation Resolve($id: ID!, $resolution: String!, $onSite: Boolean!) {
    resolveTicket(id: $id, resolution: $resolution, onSite: $onSite) { ...QueueTicket }
  }
`);

/** A unit's open tickets, live: the snapshot after a cursor, then every change to them. */
export function createQueue(token: string, unitId: string) {
  const state = $state<{ tickets: QueueTicket[] }>({ tickets: [] });
  const client = graphqlClient(token);
  const variables: { since: string | null; unitId: string } = { since: null, unitId };
  let stop: (() => void) | null = null;

  async function start() {
    variables.since = (await request(client, CursorQuery, {})).boardCursor;
    const page = await request(client, QueueQuery, { unitId, status: [...QUEUE_STATUSES] });
    state.tickets = sortQueue(page.tickets.edges.map((e) => e.node as QueueTicket));
    stop = client.subscribe<QueueEventsSubscription>(
      { query: print(QueueEvents), variables },
      {
        next: ({ data }) => {
          const e = data?.boardEvents;
          if (!e) return;
          variables.since = e.cursor;
          state.tickets = upsert(state.tickets, e.ticket as QueueTicket, unitId);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  /** Applies a mutation's answer at once, before its event arrives. */
  function apply(t: QueueTicket) {
    state.tickets = upsert(state.tickets, t, unitId);
  }

  return { state, start, apply, stop: () => stop?.() };
}
