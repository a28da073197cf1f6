export enum TicketStatus {
  REGISTERED = 'REGISTERED',
  TRANSFERRED = 'TRANSFERRED',
  CLAIMED = 'CLAIMED',
  ON_SITE = 'ON_SITE',
  RESOLVED = 'RESOLVED',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
}

export enum TicketKind {
  CONSULTATION = 'CONSULTATION',
  COMPLAINT = 'COMPLAINT',
  SUGGESTION = 'SUGGESTION',
  THANKS = 'THANKS',
}

export enum Complexity {
  GENERAL = 'GENERAL',
  COMPLEX = 'COMPLEX',
}

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  UNSATISFIED = 'UNSATISFIED',
}

/** 退单 reasons a unit may give when it refuses a transfer. */
export enum RefusalReason {
  NOT_OUR_AREA = 'NOT_OUR_AREA',
  WRONG_ADDRESS = 'WRONG_ADDRESS',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

export enum TicketAction {
  TRANSFER = 'TRANSFER',
  REJECT_TRANSFER = 'REJECT_TRANSFER',
  CLAIM = 'CLAIM',
  RELEASE = 'RELEASE',
  /** The unit head gives the ticket to a named member of the unit (reassigns). */
  ASSIGN = 'ASSIGN',
  START_ON_SITE = 'START_ON_SITE',
  RESOLVE = 'RESOLVE',
  CALLBACK = 'CALLBACK',
  REOPEN = 'REOPEN',
  CLOSE = 'CLOSE',
  /** 催办: the desk or a leader presses the unit (and its head) to act. */
  URGE = 'URGE',
  /** 延期: the unit head asks for a later deadline. */
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  /** The desk or a leader approves or refuses the pending extension. */
  DECIDE_EXTENSION = 'DECIDE_EXTENSION',
  /** The clock stops while the unit waits on the caller or a third party. */
  PAUSE = 'PAUSE',
  RESUME = 'RESUME',
}

/** The ladder a ticket climbs as its deadline nears and passes (催办). */
export enum Escalation {
  NONE = 'NONE',
  /** A share of its time has passed: the unit was reminded. */
  REMINDED = 'REMINDED',
  /** Overdue, or pressed by the desk or a leader: the unit and its head were urged. */
  URGED = 'URGED',
  /** Overdue and urged for long enough: proposed for the next meeting and a supervision notice. */
  PROPOSED_FOR_MEETING = 'PROPOSED_FOR_MEETING',
}

/** Why a unit stops a ticket's clock. */
export enum PauseReason {
  WAITING_FOR_CALLER = 'WAITING_FOR_CALLER',
  WAITING_FOR_THIRD_PARTY = 'WAITING_FOR_THIRD_PARTY',
  /** No one home, no key to the station or the basement. */
  WAITING_FOR_ACCESS = 'WAITING_FOR_ACCESS',
  OTHER = 'OTHER',
}

/** Open and with a unit: what the unit is working, and what the ladder reminds and urges. */
export const AT_UNIT_STATUSES: readonly TicketStatus[] = [
  TicketStatus.TRANSFERRED,
  TicketStatus.CLAIMED,
  TicketStatus.ON_SITE,
];

export const OPEN_STATUSES: readonly TicketStatus[] = [
  TicketStatus.REGISTERED,
  TicketStatus.TRANSFERRED,
  TicketStatus.CLAIMED,
  TicketStatus.ON_SITE,
];
