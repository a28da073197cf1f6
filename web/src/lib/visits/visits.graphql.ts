import { graphql } from '$lib/graphql/generated/index.js';

/** A visit's row in the list: where, when, who, how it stands. */
export const VisitRowFields = graphql(`
  fragment VisitRow_Visit on Visit {
    id
    at
    status
    compound {
      id
      name
      nameEn
    }
    station {
      id
      name
      nameEn
    }
    inspectors {
      id
      displayName
    }
  }
`);

/** Today's and upcoming visits, by planned time. */
export const VisitsQuery = graphql(`
  query Visits($from: DateTimeISO!, $to: DateTimeISO!) {
    visits(from: $from, to: $to) {
      ...VisitRow_Visit
    }
  }
`);

/** What a plan picks from: the places, and who may go. */
export const VisitPlanChoicesQuery = graphql(`
  query VisitPlanChoices {
    compounds {
      id
      name
      nameEn
    }
    stations {
      id
      name
      nameEn
    }
    visitInspectors {
      id
      displayName
      role
    }
  }
`);

/** The room's events a visits screen follows: it re-reads on each VISIT_*. */
export const VisitEventsSubscription = graphql(`
  subscription VisitEvents($since: String) {
    boardEvents(since: $since) {
      cursor
      type
    }
  }
`);

export const PlanVisit = graphql(`
  mutation PlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      id
    }
  }
`);

/** One visit as its page shows it: the plan, the record, the notice it issued. */
export const VisitQuery = graphql(`
  query Visit($id: ID!) {
    visit(id: $id) {
      id
      at
      status
      actions
      plannedByName
      startedAt
      recordedAt
      recordedByName
      cancelReason
      findings
      outcome
      compound {
        id
        name
        nameEn
      }
      station {
        id
        name
        nameEn
      }
      unit {
        id
        name
        nameEn
      }
      inspectors {
        id
        displayName
      }
      tickets {
        id
        number
      }
      readings {
        place
        celsius
        at
        belowStandard
      }
      notice {
        id
        number
        dueAt
        status
      }
    }
  }
`);

export const StartVisit = graphql(`
  mutation StartVisit($id: ID!) {
    startVisit(id: $id) {
      id
    }
  }
`);

export const RecordVisit = graphql(`
  mutation RecordVisit($id: ID!, $input: RecordVisitInput!) {
    recordVisit(id: $id, input: $input) {
      id
    }
  }
`);

export const CancelVisit = graphql(`
  mutation CancelVisit($id: ID!, $reason: String!) {
    cancelVisit(id: $id, reason: $reason) {
      id
    }
  }
`);
