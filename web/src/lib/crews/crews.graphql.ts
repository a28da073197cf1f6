import { graphql } from '$lib/graphql/generated/index.js';

/** A crew as its unit's phone shows it: who, where it was sent, and where it may go next. */
export const CrewControlsFragment = graphql(`
  fragment CrewControls_Crew on Crew {
    id
    name
    members
    vehicle
    phone
    status
    statusAt
    ticketId
    taskId
    incidentId
    target
    targetLat
    targetLon
    lat
    lon
    positionAt
    moves
    unit {
      id
    }
  }
`);

export const UnitCrewsQuery = graphql(`
  query UnitCrews($unitId: ID!) {
    crews(unitId: $unitId) {
      ...CrewControls_Crew
    }
  }
`);

export const MoveCrew = graphql(`
  mutation MoveCrew($id: ID!, $to: CrewStatus!) {
    moveCrew(id: $id, to: $to) {
      ...CrewControls_Crew
    }
  }
`);

export const ShareCrewPosition = graphql(`
  mutation ShareCrewPosition($id: ID!, $lat: Float!, $lon: Float!) {
    shareCrewPosition(id: $id, lat: $lat, lon: $lon) {
      id
      lat
      lon
      positionAt
    }
  }
`);

/** A unit's crews' steps: its queue re-reads its crews on each (one read per burst). */
export const CrewEvents = graphql(`
  subscription CrewEvents($since: String, $unitIds: [ID!]) {
    boardEvents(
      since: $since
      filter: { unitIds: $unitIds, types: [CREW_DISPATCHED, CREW_STATUS, CREW_POSITION, CREW_UPDATED] }
    ) {
      cursor
      type
      roomUnitId
    }
  }
`);
