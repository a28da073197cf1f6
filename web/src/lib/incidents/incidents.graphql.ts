import { graphql } from '$lib/graphql/generated/index.js';

/** An incident as the wall and the desk show it: its notice, its calls counted, its tasks and crews. */
export const IncidentCardFragment = graphql(`
  fragment IncidentCard_Incident on Incident {
    id
    kind
    status
    summary
    publicNotice
    expectedRestoreAt
    households
    residents
    ticketCount
    declaredAt
    leadUnit {
      id
      name
      nameEn
    }
    stations {
      id
      name
      nameEn
    }
    compounds {
      id
    }
    tasks {
      id
      text
      status
      unit {
        id
        name
        nameEn
      }
    }
    crews {
      id
      name
      status
    }
    steps: timeline(last: 3) {
      seq
      type
      at
      actorName
    }
  }
`);

/** What the wall follows of incidents: the open ones, the proposed ones, and every crew it may see. */
export const BoardIncidentsQuery = graphql(`
  query BoardIncidents {
    incidents(open: true) {
      ...IncidentCard_Incident
    }
    proposedIncidents {
      station {
        id
        name
        nameEn
        operatorUnit {
          id
        }
      }
      tickets {
        id
      }
      compounds {
        id
      }
      since
    }
    crews {
      id
      name
      status
      unit {
        id
      }
      targetLat
      targetLon
      lat
      lon
    }
  }
`);

/** The open incidents over a compound: what the desk tells a caller from there. */
export const IncidentsAtQuery = graphql(`
  query IncidentsAt($compoundId: ID!) {
    incidentsAt(compoundId: $compoundId) {
      id
      kind
      summary
      publicNotice
      expectedRestoreAt
      ticketCount
    }
  }
`);

export const AttachTicketMutation = graphql(`
  mutation AttachTicket($incidentId: ID!, $ticketId: ID!) {
    attachTicket(incidentId: $incidentId, ticketId: $ticketId) {
      id
      ticketCount
    }
  }
`);

export const DeclareIncidentMutation = graphql(`
  mutation DeclareIncident($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      id
    }
  }
`);

/** What the desk follows of incidents: the open ones (their notices) and the proposed ones to declare. */
export const DeskIncidentsQuery = graphql(`
  query DeskIncidents {
    incidents(open: true) {
      id
      kind
      summary
      ticketCount
      leadUnit {
        id
        name
        nameEn
      }
    }
    proposedIncidents {
      station {
        id
        name
        nameEn
        operatorUnit {
          id
        }
      }
      tickets {
        id
        number
      }
      since
    }
  }
`);

export const DeskIncidentEvents = graphql(`
  subscription DeskIncidentEvents($since: String) {
    boardEvents(
      since: $since
      filter: {
        types: [
          TICKET_REGISTERED
          TICKET_RESOLVED
          TICKET_ATTACHED
          TICKET_DETACHED
          INCIDENT_PROPOSED
          INCIDENT_DECLARED
          INCIDENT_UPDATED
          INCIDENT_CONTAINED
          INCIDENT_RESOLVED
        ]
      }
    ) {
      cursor
      type
    }
  }
`);

/** A unit's crews on standby: the desk sees whether one can go before it transfers a call there. */
export const StandbyCrewsQuery = graphql(`
  query StandbyCrews($unitId: ID!) {
    crews(unitId: $unitId, status: STANDBY) {
      id
    }
  }
`);

export const IncidentListQuery = graphql(`
  query IncidentList {
    incidents {
      ...IncidentCard_Incident
    }
  }
`);

/** One incident's page: everything the room knows of it, its story, and what the viewer may send. */
export const IncidentPageQuery = graphql(`
  query IncidentPage($id: ID!) {
    incident(id: $id) {
      ...IncidentCard_Incident
      resolution
      containedAt
      resolvedAt
      declaredByName
      compounds {
        id
        name
        nameEn
      }
      tickets {
        id
        number
        status
        compound {
          name
          nameEn
        }
      }
      tasks {
        id
        text
        status
        dueAt
        claimedByName
        doneNote
        afterTaskId
        unit {
          id
          name
          nameEn
        }
      }
      timeline {
        seq
        type
        at
        actorName
        ticket {
          id
          number
        }
      }
    }
    crews(status: STANDBY) {
      id
      name
      unit {
        id
        name
        nameEn
      }
    }
  }
`);

export const IncidentEvents = graphql(`
  subscription IncidentEvents($since: String) {
    boardEvents(
      since: $since
      filter: {
        types: [
          INCIDENT_DECLARED
          INCIDENT_UPDATED
          INCIDENT_CONTAINED
          INCIDENT_RESOLVED
          TICKET_ATTACHED
          TICKET_DETACHED
          TASK_ADDED
          TASK_CLAIMED
          TASK_DONE
          CREW_DISPATCHED
          CREW_STATUS
        ]
      }
    ) {
      cursor
      type
    }
  }
`);

export const UpdateIncidentMutation = graphql(`
  mutation UpdateIncident($id: ID!, $input: UpdateIncidentInput!) {
    updateIncident(id: $id, input: $input) {
      id
    }
  }
`);

export const ContainIncidentMutation = graphql(`
  mutation ContainIncident($id: ID!) {
    containIncident(id: $id) {
      id
    }
  }
`);

export const ResolveIncidentMutation = graphql(`
  mutation ResolveIncident($id: ID!, $resolution: String!) {
    resolveIncident(id: $id, resolution: $resolution) {
      id
    }
  }
`);

export const AddTaskMutation = graphql(`
  mutation AddIncidentTask($input: AddTaskInput!) {
    addTask(input: $input) {
      id
    }
  }
`);

export const DispatchCrewMutation = graphql(`
  mutation DispatchCrew($crewId: ID!, $target: CrewTargetInput!) {
    dispatchCrew(crewId: $crewId, target: $target) {
      id
      status
    }
  }
`);
