import { graphql } from '$lib/graphql/generated/index.js';

/** A co-handling task as the unit's queue lists it, with what the viewer may do to it now. */
export const UnitTaskFragment = graphql(`
  fragment UnitTasks_Task on Task {
    id
    text
    dueAt
    status
    claimedByName
    afterTaskId
    doneNote
    incidentId
    ticketId
    actions
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks {
    myTasks {
      ...UnitTasks_Task
    }
  }
`);

export const ClaimTask = graphql(`
  mutation ClaimTask($id: ID!) {
    claimTask(id: $id) {
      ...UnitTasks_Task
    }
  }
`);

export const CompleteTask = graphql(`
  mutation CompleteTask($id: ID!, $note: String) {
    completeTask(id: $id, note: $note) {
      ...UnitTasks_Task
    }
  }
`);

/** A unit's tasks' steps: its queue re-reads its list on each (one read per burst). */
export const TaskEvents = graphql(`
  subscription TaskEvents($since: String, $unitIds: [ID!]) {
    boardEvents(since: $since, filter: { unitIds: $unitIds, types: [TASK_ADDED, TASK_CLAIMED, TASK_DONE] }) {
      cursor
      type
      roomUnitId
    }
  }
`);
