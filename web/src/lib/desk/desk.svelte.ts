import type { DeskTrayTicketFragment } from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { allPages } from '$lib/graphql/follow.js';
import { liveTickets } from '$lib/ticket/live-tickets.svelte.js';
import { onDeskTray } from '$lib/ticket/ticket-list.rules.js';
import { graphql } from '$lib/graphql/generated/index.js';

export const DeskOptionsQuery = graphql(`
  query DeskOptions {
    compounds {
      id
      name
      nameEn
      initials
    }
    units {
      id
      name
      nameEn
      kind
    }
    channels {
      code
      name
      nameEn
    }
    categories {
      code
      name
      nameEn
    }
  }
`);

export const ProposeQuery = graphql(`
  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {
    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {
      basis
      unit {
        id
        name
        nameEn
      }
    }
  }
`);

export const CallerHistoryQuery = graphql(`
  query CallerHistory($phone: String!) {
    tickets(filter: { callerPhone: $phone }, first: 10) {
      totalCount
      edges {
        node {
          id
          number
          status
          receivedAt
          description
        }
      }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      number
      version
    }
  }
`);

export const TransferMutation = graphql(`
  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {
    transferTicket(id: $id, unitId: $unitId, note: $note) {
      id
      status
    }
  }
`);

export const AnswerMutation = graphql(`
  mutation Answer($id: ID!, $resolution: String!) {
    resolveTicket(id: $id, resolution: $resolution, onSite: false) {
      id
      status
    }
  }
`);

const DeskTrayFields = graphql(`
  fragment DeskTrayTicket on Ticket {
    ...TicketActions_Ticket
    callerName
    callerPhone
    description
    resolution
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
  }
`);
void DeskTrayFields;

const DeskTrayQuery = graphql(`
  query DeskTray($after: String) {
    tickets(filter: { status: [REGISTERED, RESOLVED] }, orderBy: DUE_SOONEST, first: 200, after: $after) {
      edges {
        node {
          ...DeskTrayTicket
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
        ...DeskTrayTicket
      }
    }
  }
`);

/** The desk's tray, live: calls waiting for a transfer (new or refused by a unit) and for the callback. */
export function createDeskTray(token: string) {
  const client = graphqlClient(token);
  return liveTickets<DeskTrayTicketFragment, { since: string | null }>({
    client,
    snapshot: () => allPages(async (after) => (await request(client, DeskTrayQuery, { after })).tickets),
    events: DeskTrayEvents,
    variables: { since: null },
    belongs: onDeskTray,
  });
}
