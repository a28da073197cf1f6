import { graphql } from '$lib/graphql/generated/index.js';

export const MeetingsQuery = graphql(`
  query Meetings {
    meetings {
      id
      title
      startsAt
      status
      chairName
    }
    proposedAgenda {
      reasons
      ticketIds
      stationId
      compoundId
      weight
    }
    units {
      id
      name
      nameEn
      kind
      active
    }
  }
`);

export const CreateMeeting = graphql(`
  mutation CreateMeeting($title: String!, $startsAt: DateTimeISO!, $unitIds: [ID!]!) {
    createMeeting(title: $title, startsAt: $startsAt, unitIds: $unitIds) {
      id
    }
  }
`);

export const AddAgendaItem = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $item: AgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, item: $item) {
      id
    }
  }
`);

/** A meeting as its page (and its minutes) show it. */
export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      status
      chairName
      startedAt
      closedAt
      units {
        id
        name
        nameEn
      }
      focus {
        id
      }
      items {
        ...AgendaItem_Fields
      }
    }
    units {
      id
      name
      nameEn
      kind
      active
    }
  }
`);

export const StartMeeting = graphql(`
  mutation StartMeeting($id: ID!) {
    startMeeting(meetingId: $id) {
      id
    }
  }
`);

export const FocusAgendaItem = graphql(`
  mutation FocusAgendaItem($id: ID!) {
    focusAgendaItem(agendaItemId: $id) {
      id
    }
  }
`);

export const RecordDecision = graphql(`
  mutation RecordDecision($id: ID!, $decision: DecisionInput!) {
    recordDecision(agendaItemId: $id, decision: $decision) {
      id
    }
  }
`);

export const CloseMeeting = graphql(`
  mutation CloseMeeting($id: ID!) {
    closeMeeting(meetingId: $id) {
      id
    }
  }
`);
