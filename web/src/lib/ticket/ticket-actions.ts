import { graphql } from '$lib/graphql/generated/index.js';

// What every action answers with: enough for any screen to redraw the ticket's row or page.
const TicketActionsFields = graphql(`
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
  }
`);
void TicketActionsFields;

export const ClaimTicket = graphql(`
  mutation ClaimTicket($id: ID!, $v: Int) {
    claimTicket(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);
export const ReleaseTicket = graphql(`
  mutation ReleaseTicket($id: ID!, $v: Int) {
    releaseTicket(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);
export const StartOnSite = graphql(`
  mutation StartOnSite($id: ID!, $v: Int) {
    startOnSite(id: $id, expectedVersion: $v) {
      ...TicketActions_Ticket
    }
  }
`);
export const ResolveTicket = graphql(`
  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {
    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) {
      ...TicketActions_Ticket
    }
  }
`);
export const RejectTransfer = graphql(`
  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {
    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
export const AssignTicket = graphql(`
  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) {
    assignTicket(id: $id, expectedVersion: $v, userId: $userId) {
      ...TicketActions_Ticket
    }
  }
`);
export const TransferTicket = graphql(`
  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {
    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) {
      ...TicketActions_Ticket
    }
  }
`);
export const RecordCallback = graphql(`
  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!) {
    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction) {
      ...TicketActions_Ticket
    }
  }
`);
export const ReopenTicket = graphql(`
  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) {
    reopenTicket(id: $id, expectedVersion: $v, reason: $reason) {
      ...TicketActions_Ticket
    }
  }
`);
export const CloseTicket = graphql(`
  mutation CloseTicket($id: ID!, $v: Int) {
    closeTicket(id: $id, expectedVersion: $v) {
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
