import { graphql } from '$lib/graphql/generated/index.js';
import type { QueueTicketFragment } from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { allPages } from '$lib/graphql/follow.js';
import { liveTickets } from '$lib/ticket/live-tickets.svelte.js';
import { inQueueOf } from '$lib/ticket/ticket-list.rules.js';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      unit {
        id
        name
        nameEn
      }
    }
  }
`);

const QueueTicketFields = graphql(`
  fragment QueueTicket on Ticket {
    ...TicketActions_Ticket
    description
    compound {
      name
      nameEn
    }
  }
`);
void QueueTicketFields;

const QueueQuery = graphql(`
  query Queue($unitId: ID!, $after: String) {
    tickets(
      filter: { unitId: $unitId, status: [TRANSFERRED, CLAIMED, ON_SITE] }
      orderBy: DUE_SOONEST
      first: 200
      after: $after
    ) {
      edges {
        node {
          ...QueueTicket
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const QueueEvents = graphql(`
  subscription QueueEvents($since: String, $unitId: ID!) {
    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {
      cursor
      ticket {
        ...QueueTicket
      }
    }
  }
`);

/** A unit's open tickets, live, overdue first. */
export function createQueue(token: string, unitId: string) {
  const client = graphqlClient(token);
  return liveTickets<QueueTicketFragment, { since: string | null; unitId: string }>({
    client,
    snapshot: () => allPages(async (after) => (await request(client, QueueQuery, { unitId, after })).tickets),
    events: QueueEvents,
    variables: { since: null, unitId },
    belongs: inQueueOf(unitId),
  });
}
