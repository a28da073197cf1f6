import { DomainError } from '../../errors.js';
import {
  AT_UNIT_STATUSES,
  OPEN_STATUSES,
  Satisfaction,
  TicketAction,
  TicketKind,
  TicketStatus,
} from './ticket.enums.js';

const S = TicketStatus;

export interface TicketState {
  status: TicketStatus;
  kind: TicketKind;
  unitId: string | null;
  claimedBy: { id: string; name: string } | null;
  /** The clock is stopped (pauseTicket). */
  paused?: boolean;
  /** An extension was asked for and not yet decided. */
  extensionPending?: boolean;
}

/** Moves a paused ticket does not take: they would take it from the unit with its clock stopped. */
const NOT_WHILE_PAUSED: readonly TicketAction[] = [TicketAction.RESOLVE, TicketAction.REJECT_TRANSFER];

/** Kinds the desk may answer on the call, without a unit (a consultation; a thank-you call). */
const DESK_ANSWERABLE: readonly TicketKind[] = [TicketKind.CONSULTATION, TicketKind.THANKS];

/**
 * The lifecycle REGISTERED → TRANSFERRED → CLAIMED → ON_SITE → RESOLVED → REPLIED → CLOSED,
 * with the side doors the desk and units need (退单, release, answered on the call → CLOSED, reopen).
 * Returns the status the action leads to, or throws INVALID_TRANSITION / ALREADY_CLAIMED.
 */
export function nextStatus(action: TicketAction, t: TicketState, satisfaction?: Satisfaction): TicketStatus {
  const refuse = (): never => {
    throw new DomainError(
      'INVALID_TRANSITION',
      `cannot ${action.toLowerCase().replace(/_/g, ' ')} a ticket that is ${t.status}`,
      { status: t.status, action },
    );
  };
  const atUnit = AT_UNIT_STATUSES.includes(t.status);
  const refuseWhy = (why: string, key: string): never => {
    throw new DomainError('INVALID_TRANSITION', `${why} (it is ${t.status})`, { status: t.status, action }, key);
  };
  if (t.paused && NOT_WHILE_PAUSED.includes(action))
    refuseWhy(`cannot ${action.toLowerCase().replace(/_/g, ' ')} a paused ticket; resume it first`, 'ticket.paused');
  switch (action) {
    case TicketAction.TRANSFER:
      return t.status === S.REGISTERED ? S.TRANSFERRED : refuse();
    case TicketAction.REJECT_TRANSFER:
      return t.status === S.TRANSFERRED ? S.REGISTERED : refuse();
    case TicketAction.CLAIM:
      if (t.status === S.TRANSFERRED) return S.CLAIMED;
      if ((t.status === S.CLAIMED || t.status === S.ON_SITE) && t.claimedBy)
        throw new DomainError('ALREADY_CLAIMED', `already claimed by ${t.claimedBy.name}`, {
          claimedBy: t.claimedBy,
        });
      return refuse();
    case TicketAction.RELEASE:
      return t.status === S.CLAIMED ? S.TRANSFERRED : refuse();
    case TicketAction.ASSIGN:
      if (t.status === S.TRANSFERRED) return S.CLAIMED;
      return t.status === S.CLAIMED || t.status === S.ON_SITE ? t.status : refuse();
    case TicketAction.START_ON_SITE:
      return t.status === S.CLAIMED ? S.ON_SITE : refuse();
    case TicketAction.RESOLVE:
      if (t.status === S.CLAIMED || t.status === S.ON_SITE) return S.RESOLVED;
      // Answered on the call: nothing is owed to the caller any more, so it is closed at once.
      if (t.status === S.REGISTERED && DESK_ANSWERABLE.includes(t.kind)) return S.CLOSED;
      return refuse();
    case TicketAction.CALLBACK:
      if (t.status !== S.RESOLVED) return refuse();
      return satisfaction === Satisfaction.UNSATISFIED ? reopenTarget(t) : S.REPLIED;
    case TicketAction.REOPEN:
      return t.status === S.RESOLVED || t.status === S.REPLIED ? reopenTarget(t) : refuse();
    case TicketAction.CLOSE:
      return t.status === S.REPLIED ? S.CLOSED : refuse();
    case TicketAction.URGE:
    case TicketAction.PAUSE:
      if (!atUnit) return refuse();
      return t.paused ? refuseWhy('the ticket is paused; its clock is stopped', 'ticket.paused') : t.status;
    case TicketAction.REQUEST_EXTENSION:
      if (!atUnit) return refuse();
      if (t.paused) return refuseWhy('the ticket is paused; resume it before asking for more time', 'ticket.paused');
      return t.extensionPending
        ? refuseWhy('an extension is already waiting for a decision', 'ticket.extensionPending')
        : t.status;
    case TicketAction.DECIDE_EXTENSION:
      return atUnit && t.extensionPending
        ? t.status
        : refuseWhy('no extension is waiting for a decision', 'ticket.noExtensionPending');
    case TicketAction.RESUME:
      return atUnit && t.paused ? t.status : refuseWhy('the ticket is not paused', 'ticket.notPaused');
  }
}

/** A reopened ticket goes back to the unit that had it; one the desk answered goes back to the desk. */
function reopenTarget(t: TicketState): TicketStatus {
  return t.unitId === null ? S.REGISTERED : S.TRANSFERRED;
}

export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Open, past its due time and with its clock running: a paused ticket is not held late. */
export function isOverdue(t: { status: TicketStatus; dueAt: Date; pausedAt?: Date | null }, now: Date): boolean {
  return isOpen(t.status) && !t.pausedAt && now.getTime() > t.dueAt.getTime();
}
