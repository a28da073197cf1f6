import { graphql } from '$lib/graphql/generated/index.js';
import type {
  TicketActions_TicketFragment,
  TicketPageQuery,
  TicketPresenceSubscription,
} from '$lib/graphql/generated/graphql.js';
import { ApiError, graphqlClient, payloadOf, request } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { applyPresence } from '$lib/presence/presence.rules.js';
import { unreadable } from '$lib/ticket/ticket.rules.js';

const TicketQuery = graphql(`
  query TicketPage($id: ID!) {
    ticket(id: $id) {
      id
      number
      status
      kind
      version
      overdue
      dueAt
      actions
      unit {
        id
        name
        nameEn
      }
      claimedBy {
        id
        displayName
      }
      ...TicketActions_Ticket
      complexity
      receivedAt
      description
      callerName
      callerPhone
      resolution
      resolvedOnSite
      satisfaction
      overrideReason
      answeredOnCall
      reopenCount
      reopenReason
      relatedTo {
        id
        number
        status
        description
      }
      linkedCalls {
        id
        number
        status
        description
      }
      address {
        building
        unit
        room
        text
      }
      category {
        code
        name
        nameEn
      }
      channel {
        code
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
      events(last: 200) {
        seq
        type
        at
        actorName
        note
        changes {
          field
          from
          to
        }
      }
    }
  }
`);

const TicketEvents = graphql(`
  subscription TicketEvents($since: String, $filter: BoardEventFilter) {
    boardEvents(since: $since, filter: $filter) {
      cursor
      type
    }
  }
`);

const TicketPresence = graphql(`
  subscription TicketPresence($ticketId: ID) {
    presence(ticketId: $ticketId) {
      snapshot
      left
      entries {
        key
        userId
        displayName
        activity
      }
    }
  }
`);

const Heartbeat = graphql(`
  mutation Heartbeat($ticketId: ID, $clientId: String) {
    heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId)
  }
`);

type TicketDetail = NonNullable<TicketPageQuery['ticket']>;
type PresenceEntry = TicketPresenceSubscription['presence']['entries'][number];

const HEARTBEAT_MS = 10_000;

/**
 * One ticket, live: its fields and history reload whenever an event touches it (from the cursor
 * read before the first load, so nothing is missed), and who else is looking at it.
 */
export function createTicketPage(id: string) {
  const state = $state<{
    ticket: TicketDetail | null;
    viewers: PresenceEntry[];
    /** Not (or no longer) the viewer's to see. */
    gone: boolean;
    /** No ticket has this id. */
    missing: boolean;
  }>({ ticket: null, viewers: [], gone: false, missing: false });
  const client = graphqlClient();
  const clientId = `ticket-${Math.random().toString(36).slice(2, 8)}`;

  async function load() {
    try {
      const next = (await request(client, TicketQuery, { id })).ticket;
      state.gone = false;
      // Loads can finish out of order; keep the newest.
      if (!state.ticket || next.version >= state.ticket.version) state.ticket = next;
    } catch (e) {
      const why = e instanceof ApiError ? unreadable(e.code, e.extensions.field) : null;
      // An id that names no ticket: say so, rather than wait for events that will never come.
      if (why === 'missing' && !state.ticket) return void (state.missing = true);
      // A unit's staff may no longer read a ticket that left the unit (refused, transferred on):
      // keep what was seen, offer nothing more. Any other failure waits for the next event.
      if (!why) return;
      state.gone = true;
      if (state.ticket) state.ticket = { ...state.ticket, actions: [] };
    }
  }

  /** Who else is looking, and that this page is: for as long as it follows the ticket. */
  function presence() {
    const beat = () => void request(client, Heartbeat, { ticketId: id, clientId }).catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const unsubscribe = client.subscribe<TicketPresenceSubscription>(payloadOf(TicketPresence, { ticketId: id }), {
      // The list once (again after a reconnect), then only who joined, changed or left.
      next: ({ data }) => data && (state.viewers = applyPresence(state.viewers, data.presence)),
      error: () => undefined,
      complete: () => undefined,
    });
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }

  const feed = live(client, {
    snapshot: load,
    events: TicketEvents,
    variables: { filter: { ticketIds: [id] } },
    onEvent: () => void load(),
    alongside: presence,
  });

  return {
    state,
    stop: feed.stop,
    /** An action's answer, shown at once; the full reload follows. */
    apply: (next: TicketActions_TicketFragment) => {
      if (state.ticket && next.version >= state.ticket.version) state.ticket = { ...state.ticket, ...next };
      void load();
    },
  };
}
