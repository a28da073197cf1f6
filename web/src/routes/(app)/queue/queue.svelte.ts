import { graphql } from '$lib/graphql/generated/index.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { allPages } from '$lib/graphql/pages.js';
import { liveTickets } from '$lib/ticket/live-tickets.svelte.js';
import { inQueueOf } from '$lib/ticket/ticket-list.rules.js';
import { UNIT_STATUSES } from '$lib/ticket/ticket-status.js';

const QueuePageTicket = graphql(`
  fragment QueuePage_Ticket on Ticket {
    id
    number
    status
    version
    overdue
    dueAt
    description
    callerPhone
    reopenCount
    reopenReason
    address {
      building
      unit
      room
      text
    }
    unit {
      id
    }
    compound {
      name
      nameEn
    }
    claimedBy {
      id
      displayName
    }
    ...TicketActions_Ticket
  }
`);

const QueueQuery = graphql(`
  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {
    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {
      edges {
        node {
          ...QueuePage_Ticket
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
      type
      ticketId
      ticket {
        ...QueuePage_Ticket
      }
    }
  }
`);

/** A unit's open tickets, live, overdue first. */
export function createQueue(unitId: string) {
  const client = graphqlClient();
  return liveTickets({
    client,
    fragment: QueuePageTicket,
    snapshot: () =>
      allPages(
        async (after) => (await request(client, QueueQuery, { unitId, status: [...UNIT_STATUSES], after })).tickets,
      ),
    events: QueueEvents,
    variables: { unitId },
    belongs: inQueueOf(unitId),
  });
}
