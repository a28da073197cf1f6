import { graphql } from '$lib/graphql/generated/index.js';

// The board's own fields of a ticket: what its figures count. The map and the card ask for theirs.
export const BoardPageTicket = graphql(`
  fragment BoardPage_Ticket on Ticket {
    id
    status
    overdue
    receivedAt
    satisfaction
    compound {
      id
    }
    unit {
      id
    }
    ...BoardMap_Ticket
    ...PlaceCard_Ticket
  }
`);

export const BoardFeedEvent = graphql(`
  fragment BoardFeed_BoardEvent on BoardEvent {
    seq
    type
    at
    roomUnitId
    actorName
    actor {
      id
    }
    ticket {
      id
      number
    }
  }
`);

export const UnitTableUnit = graphql(`
  fragment UnitTable_Unit on Unit {
    id
    name
    nameEn
    kind
  }
`);

export const PlaceCardCompound = graphql(`
  fragment PlaceCard_Compound on Compound {
    id
    name
    nameEn
    heating
    households
    station {
      name
      nameEn
    }
    operatorUnit {
      name
      nameEn
    }
  }
`);

export const PlaceCardStation = graphql(`
  fragment PlaceCard_Station on Station {
    id
    name
    nameEn
    operatorUnit {
      name
      nameEn
    }
  }
`);

export const PlaceCardHeatSource = graphql(`
  fragment PlaceCard_HeatSource on HeatSource {
    id
    name
    nameEn
  }
`);

export const PlaceCardTicket = graphql(`
  fragment PlaceCard_Ticket on Ticket {
    id
    number
    status
    overdue
    compound {
      id
    }
  }
`);

export const BoardPlacesQuery = graphql(`
  query BoardPlaces {
    heatSources {
      ...BoardMap_HeatSource
      ...PlaceCard_HeatSource
    }
    stations {
      ...BoardMap_Station
      ...PlaceCard_Station
    }
    compounds {
      ...BoardMap_Compound
      ...PlaceCard_Compound
    }
    units {
      ...UnitTable_Unit
    }
  }
`);

export const BoardSnapshotQuery = graphql(`
  query BoardSnapshot($after: String) {
    boardTickets(first: 200, after: $after) {
      edges {
        node {
          ...BoardPage_Ticket
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BoardEventsSubscription = graphql(`
  subscription BoardEvents($since: String) {
    boardEvents(since: $since) {
      seq
      cursor
      type
      ticketId
      changes {
        field
        to
      }
      ticket {
        ...BoardPage_Ticket
      }
      ...BoardFeed_BoardEvent
    }
  }
`);

// The figures are the server's (boardStats): every screen shows the same, however late it opened.
export const BoardFiguresFields = graphql(`
  fragment BoardFigures_Fields on BoardFigures {
    calls
    open
    claimed
    overdue
    overdueNotices
    resolved
    replied
    closed
    answeredOnCall
    satisfaction
  }
`);

export const BoardStatsQuery = graphql(`
  query BoardStats {
    boardStats {
      from
      to
      total {
        ...BoardFigures_Fields
      }
      units {
        unit {
          id
        }
        figures {
          ...BoardFigures_Fields
        }
      }
    }
  }
`);

// The feed starts with what happened before the screen opened, up to the cursor it then follows from.
export const BoardRecentQuery = graphql(`
  query BoardRecent($before: String) {
    recentBoardEvents(before: $before, last: 50) {
      seq
      ...BoardFeed_BoardEvent
    }
  }
`);

/** Who of each unit is in the room today (签到), against the duty roster. */
export const BoardAttendanceQuery = graphql(`
  query BoardAttendance {
    attendance {
      unit {
        id
      }
      status
      officers
    }
  }
`);

/** The meeting in session in the room, if one is: every board shows its agenda and follows its focus. */
export const BoardMeetingQuery = graphql(`
  query BoardMeeting {
    currentMeeting {
      id
      title
      chairName
      focus {
        id
      }
      items {
        ...AgendaItem_Fields
      }
    }
  }
`);

/** Today's site visits (现场督查): the map marks each place planned, under way or visited today. */
export const BoardVisitsQuery = graphql(`
  query BoardVisits($from: DateTimeISO!, $to: DateTimeISO!) {
    visits(from: $from, to: $to) {
      id
      status
      compound {
        id
      }
      station {
        id
      }
    }
  }
`);
