import type { Client } from 'graphql-ws';
import { graphql, useFragment, type FragmentType } from '$lib/graphql/generated/index.js';
import type {
  PauseReason,
  RefusalReason,
  Satisfaction,
  TicketAction,
  TicketActions_TicketFragment,
} from '$lib/graphql/generated/graphql.js';
import { serverConfig } from '$lib/config/server-config.svelte.js';
import { request } from '$lib/graphql/client.svelte.js';
import { cityInstant } from '$lib/i18n/city-time.js';

// What the buttons need, and what every action answers with: enough for any screen to redraw the
// ticket's row or page.
export const TicketActionsTicket = graphql(`
  fragment TicketActions_Ticket on Ticket {
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
    proposedUnit {
      id
      name
      nameEn
    }
    claimedBy {
      id
      displayName
    }
    reopenCount
    reopenReason
    pausedAt
    pauseReason
    pendingExtension {
      until
      reason
    }
  }
`);

const ClaimTicket = graphql(`
  mutation ClaimTicket($id: ID!, $v: Int) {
    claimTicket(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);
const ReleaseTicket = graphql(`
  mutation ReleaseTicket($id: ID!, $v: Int) {
    releaseTicket(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);
const StartOnSite = graphql(`
  mutation StartOnSite($id: ID!, $v: Int) {
    startOnSite(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);
const ResolveTicket = graphql(`
  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {
    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) {
      ...TicketActions_Ticket
    }
  }
`);
const RejectTransfer = graphql(`
  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {
    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
const AssignTicket = graphql(`
  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) {
    assignTicket(id: $id, expectedVersion: $v, userId: $userId) {
      ...TicketActions_Ticket
    }
  }
`);
const TransferTicket = graphql(`
  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {
    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
const RecordCallback = graphql(`
  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!, $note: String) {
    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
const ReopenTicket = graphql(`
  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) {
    reopenTicket(id: $id, expectedVersion: $v, reason: $reason) {
      ...TicketActions_Ticket
    }
  }
`);
const CloseTicket = graphql(`
  mutation CloseTicket($id: ID!, $v: Int) {
    closeTicket(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);

const UrgeTicket = graphql(`
  mutation UrgeTicket($id: ID!, $v: Int, $note: String) {
    urgeTicket(id: $id, expectedVersion: $v, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
const RequestExtension = graphql(`
  mutation RequestExtension($id: ID!, $v: Int, $until: DateTimeISO!, $reason: String!) {
    requestExtension(id: $id, expectedVersion: $v, until: $until, reason: $reason) {
      ...TicketActions_Ticket
    }
  }
`);
const DecideExtension = graphql(`
  mutation DecideExtension($id: ID!, $v: Int, $approve: Boolean!, $note: String) {
    decideExtension(id: $id, expectedVersion: $v, approve: $approve, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
const PauseTicket = graphql(`
  mutation PauseTicket($id: ID!, $v: Int, $reason: PauseReason!, $note: String) {
    pauseTicket(id: $id, expectedVersion: $v, reason: $reason, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
const ResumeTicket = graphql(`
  mutation ResumeTicket($id: ID!, $v: Int) {
    resumeTicket(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);

export const ActionOptions = graphql(`
  query ActionOptions($members: Boolean!) {
    units {
      id
      name
      nameEn
      kind
    }
    me {
      id
      unit {
        id
        members @include(if: $members) {
          id
          displayName
          role
        }
      }
    }
  }
`);

/** What the user filled in, for the actions that ask. */
export interface ActionFields {
  text: string;
  onSite: boolean;
  reason: RefusalReason;
  userId: string;
  unitId: string;
  /** A later deadline asked for (a datetime-local value, in the browser's zone). */
  until: string;
  /** An extension approved, or refused. */
  approve: boolean;
  pauseReason: PauseReason;
}

/** Sends `action` about version `v` of the ticket; the server's answer is the ticket as it now stands. */
export async function sendAction(
  c: Client,
  id: string,
  action: TicketAction,
  v: number,
  f: ActionFields,
  satisfaction?: Satisfaction,
): Promise<TicketActions_TicketFragment> {
  const note = f.text || null;
  // The same action on the same version is the same write: sent again after a lost answer, it is
  // answered with the ticket as it stands instead of being refused as stale (or done twice).
  const once = { idempotencyKey: `${id}:${v}:${action}` };
  let answer: FragmentType<typeof TicketActionsTicket>;
  switch (action) {
    // A claim carries no version: losing the race must say who won (ALREADY_CLAIMED), not "stale".
    case 'CLAIM':
      answer = (await request(c, ClaimTicket, { id }, once)).claimTicket;
      break;
    case 'RELEASE':
      answer = (await request(c, ReleaseTicket, { id, v }, once)).releaseTicket;
      break;
    case 'START_ON_SITE':
      answer = (await request(c, StartOnSite, { id, v }, once)).startOnSite;
      break;
    case 'CLOSE':
      answer = (await request(c, CloseTicket, { id, v }, once)).closeTicket;
      break;
    case 'CALLBACK':
      // Unsatisfied reopens the ticket: the note is the reason the unit works from.
      answer = (await request(c, RecordCallback, { id, v, satisfaction: satisfaction!, note }, once)).recordCallback;
      break;
    case 'RESOLVE':
      answer = (await request(c, ResolveTicket, { id, v, resolution: f.text, onSite: f.onSite }, once)).resolveTicket;
      break;
    case 'REJECT_TRANSFER':
      answer = (await request(c, RejectTransfer, { id, v, reason: f.reason, note }, once)).rejectTransfer;
      break;
    case 'ASSIGN':
      answer = (await request(c, AssignTicket, { id, v, userId: f.userId }, once)).assignTicket;
      break;
    case 'TRANSFER':
      answer = (await request(c, TransferTicket, { id, v, unitId: f.unitId, note }, once)).transferTicket;
      break;
    case 'REOPEN':
      answer = (await request(c, ReopenTicket, { id, v, reason: f.text }, once)).reopenTicket;
      break;
    case 'URGE':
      answer = (await request(c, UrgeTicket, { id, v, note }, once)).urgeTicket;
      break;
    case 'REQUEST_EXTENSION':
      answer = (
        await request(
          c,
          RequestExtension,
          // The date as typed is the city's, whatever the browser's zone.
          { id, v, until: cityInstant(f.until, serverConfig.timeZone) ?? f.until, reason: f.text },
          once,
        )
      ).requestExtension;
      break;
    case 'DECIDE_EXTENSION':
      answer = (await request(c, DecideExtension, { id, v, approve: f.approve, note }, once)).decideExtension;
      break;
    case 'PAUSE':
      answer = (await request(c, PauseTicket, { id, v, reason: f.pauseReason, note }, once)).pauseTicket;
      break;
    case 'RESUME':
      answer = (await request(c, ResumeTicket, { id, v }, once)).resumeTicket;
      break;
  }
  return useFragment(TicketActionsTicket, answer);
}
