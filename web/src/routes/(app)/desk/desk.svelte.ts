import { SvelteMap } from 'svelte/reactivity';
import { graphql, useFragment } from '$lib/graphql/generated/index.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { allPages } from '$lib/graphql/pages.js';
import { liveTickets } from '$lib/ticket/live-tickets.svelte.js';
import { RoomAttendance } from '$lib/attendance/attendance.graphql.js';
import { onTray, TRAY_STATUSES, type InRoom } from './desk.rules.js';

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
    receivedAt
    satisfaction
    unit {
      id
      name
      nameEn
    }
    compound {
      id
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

// Only the moves that put a ticket on the tray or take it off (an answered call leaves at once; a
// replied one stays until it is closed, here or on its page).
const DeskTrayEvents = graphql(`
  subscription DeskTrayEvents($since: String) {
    boardEvents(
      since: $since
      filter: {
        types: [
          TICKET_REGISTERED
          TICKET_TRANSFERRED
          TICKET_TRANSFER_REFUSED
          TICKET_CLAIMED
          TICKET_ASSIGNED
          TICKET_RELEASED
          TICKET_RESOLVED
          TICKET_ANSWERED
          TICKET_REPLIED
          TICKET_REOPENED
          TICKET_CLOSED
          UNIT_SIGNED_IN
          UNIT_SIGNED_OUT
        ]
      }
    ) {
      cursor
      type
      ticketId
      ticket {
        ...DeskTray_Ticket
      }
    }
  }
`);

const CloseTickets = graphql(`
  mutation CloseTickets($ids: [ID!]!) {
    closeTickets(ids: $ids) {
      id
      code
      message
      ticket {
        ...DeskTray_Ticket
      }
    }
  }
`);

/**
 * The desk's tray, live: calls waiting for a transfer (new or refused by a unit), for the callback,
 * and replied ones waiting to be closed (结案).
 */
export function createDeskTray() {
  const client = graphqlClient();
  // Who is in the room today: what was sent to a unit not there is marked (sentToAbsentUnits).
  const room = $state<{ inRoom: InRoom }>({ inRoom: new SvelteMap() });
  const readRoom = async () => {
    const { attendance } = await request(client, RoomAttendance, {});
    room.inRoom = new SvelteMap(attendance.map((a) => [a.unit.id, a.status]));
  };
  void readRoom().catch(() => undefined);
  const tray = liveTickets({
    client,
    fragment: DeskTrayTicket,
    snapshot: () =>
      allPages(async (after) => (await request(client, DeskTrayQuery, { status: [...TRAY_STATUSES], after })).tickets),
    events: DeskTrayEvents,
    variables: {},
    belongs: onTray,
    onRoomEvent: () => void readRoom().catch(() => undefined),
  });
  return {
    ...tray,
    room,
    /** Closes the tickets, each on its own; the closed leave the tray at once; says what became of each. */
    async close(ids: string[]) {
      const outcomes = [];
      // The server takes at most 200 at a time.
      for (let i = 0; i < ids.length; i += 200) {
        const batch = (await request(client, CloseTickets, { ids: ids.slice(i, i + 200) })).closeTickets;
        for (const o of batch) if (o.ticket) tray.apply(useFragment(DeskTrayTicket, o.ticket));
        outcomes.push(...batch);
      }
      return outcomes;
    },
  };
}

export type DeskTray = ReturnType<typeof createDeskTray>;
