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
}

export const OPEN_STATUSES: readonly TicketStatus[] = [
  TicketStatus.REGISTERED,
  TicketStatus.TRANSFERRED,
  TicketStatus.CLAIMED,
  TicketStatus.ON_SITE,
];
