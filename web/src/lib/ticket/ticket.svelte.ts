import { graphql } from '$lib/graphql/generated/index.js';

export const TicketQuery = graphql(`
  query TicketPage($id: ID!) {
    ticket(id: $id) {
      id number status kind complexity overdue receivedAt dueAt version description
      callerName callerPhone resolution resolvedOnSite satisfaction overrideReason
      address { building unit room text }
      category { code name nameEn } channel { code name nameEn }
      compound { id name nameEn } unit { id name nameEn } proposedUnit { id name nameEn }
      claimedBy { id displayName }
      lastRefusal { reason note unit { name nameEn } }
      events { seq type at actorName note changes { field from to } }
    }
  }
`);

export const TicketPresence = graphql(`
  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }
`);

export const Heartbeat = graphql(`
  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }
`);

export const CallbackMutation = graphql(`
  mutation Callback($id: ID!, $satisfaction: Satisfaction!, $note: String) {
    recordCallback(id: $id, satisfaction: $satisfaction, note: $note) { id status }
  }
`);

export const CloseMutation = graphql(`
  mutation Close($id: ID!) { closeTicket(id: $id) { id status } }
`);
