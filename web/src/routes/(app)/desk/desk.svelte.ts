import { graphql } from '$lib/graphql/generated/index.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { allPages } from '$lib/graphql/pages.js';
import { liveTickets } from '$lib/ticket/live-tickets.svelte.js';
import { onDeskTray } from '$lib/ticket/ticket-list.rules.js';
import { DESK_STATUSES } from '$lib/ticket/ticket-status.js';

const DeskTrayTicket = graphql(`
  fragment DeskTray_Ticket on Ticket {
    id
    number
    status
    version
    overdue
    dueAt
    callerName
    callerPhone
    description
    resolution
    unit {
      id
      name
      nameEn
    }
    compound {
      name
      nameEn
    }
    lastRefusal {
      reason
      note
      unit {
        name
        nameEn
      }
    }
    ...TicketActions_Ticket
  }
`);

const DeskTrayQuery = graphql(`
  query DeskTray($status: [TicketStatus!], $after: String) {
    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {
      edges {
        node {
          ...DeskTray_Ticket
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Only the moves that put a ticket on the tray or take it off.
const DeskTrayEvents = graphql(`
  subscription DeskTrayEvents($since: String) {
    boardEvents(
      since: $since
      filter: {
        types: [
          TICKET_REGISTERED
          TICKET_TRANSFERRED
          TICKET_TRANSFER_REFUSED
          TICKET_RESOLVED
          TICKET_REPLIED
          TICKET_REOPENED
        ]
      }
    ) {
      cursor
      ticket {
        ...DeskTray_Ticket
      }
    }
  }
`);

/** The desk's tray, live: calls waiting for a transfer (new or refused by a unit) and for the callback. */
export function createDeskTray(token: string) {
  const client = graphqlClient(token);
  return liveTickets({
    client,
    fragment: DeskTrayTicket,
    snapshot: () =>
      allPages(async (after) => (await request(client, DeskTrayQuery, { status: [...DESK_STATUSES], after })).tickets),
    events: DeskTrayEvents,
    variables: {},
    belongs: onDeskTray,
  });
}

export type DeskTray = ReturnType<typeof createDeskTray>;
