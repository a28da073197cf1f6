import { Role } from '../users/user.entity.js';
import type { UserViewer, Viewer } from '../auth/viewer.js';
import { TicketAction, TicketKind, TicketStatus } from './ticket.enums.js';
import { nextStatus } from './ticket.rules.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';

export interface TicketAccess {
  status: TicketStatus;
  unitId: string | null;
  claimedById: number | null;
  paused?: boolean;
  extensionPending?: boolean;
}

const DESK_ACTIONS: readonly TicketAction[] = [
  TicketAction.TRANSFER,
  TicketAction.CALLBACK,
  TicketAction.REOPEN,
  TicketAction.CLOSE,
];

/** What the permission rules need of a ticket. */
export function ticketAccess(t: {
  status: TicketStatus;
  unit?: { id: string } | null;
  claimedBy?: { id: number } | null;
  pausedAt?: Date | null;
  extensionUntil?: Date | null;
}): TicketAccess {
  return {
    status: t.status,
    unitId: t.unit?.id ?? null,
    claimedById: t.claimedBy?.id ?? null,
    paused: !!t.pausedAt,
    extensionPending: !!t.extensionUntil,
  };
}

/** Why a move is refused: in words, and as who may make it instead (the message key `forbidden.<reason>`). */
export interface MoveRefusal {
  reason:
    | 'deskOnly'
    | 'unitStaffOnly'
    | 'headOnly'
    | 'holderOrHead'
    | 'deskOrLeader'
    | 'unitHeadOnly'
    | 'unitOrDesk'
    | 'notAllowed';
  message: string;
}

const refuse = (reason: MoveRefusal['reason'], message: string): MoveRefusal => ({ reason, message });

/** Why `v` may not take `action` on `t`, or null when it may. */
export function refusalFor(v: UserViewer, action: TicketAction, t: TicketAccess): MoveRefusal | null {
  const ofUnit = v.unitId !== null && v.unitId === t.unitId && (v.role === Role.STAFF || v.role === Role.HEAD);
  const holderOrHead = ofUnit && (t.claimedById === v.userId || v.role === Role.HEAD);
  const deskAnswer = action === TicketAction.RESOLVE && t.status === TicketStatus.REGISTERED;
  if (DESK_ACTIONS.includes(action) || deskAnswer)
    return v.role === Role.OPERATOR ? null : refuse('deskOnly', 'only the desk (OPERATOR) may do this');
  switch (action) {
    case TicketAction.URGE:
      return v.role === Role.OPERATOR || v.role === Role.LEADER || v.role === Role.ADMIN
        ? null
        : refuse('deskOrLeader', 'only the desk or a leader may do this');
    case TicketAction.DECIDE_EXTENSION:
      return v.role === Role.OPERATOR || v.role === Role.LEADER
        ? null
        : refuse('deskOrLeader', 'only the desk or a leader may do this');
    case TicketAction.REQUEST_EXTENSION:
      return ofUnit && v.role === Role.HEAD
        ? null
        : refuse('unitHeadOnly', "only the head of the ticket's unit may ask for more time");
    case TicketAction.PAUSE:
    case TicketAction.RESUME:
      return ofUnit || v.role === Role.OPERATOR
        ? null
        : refuse('unitOrDesk', "only the ticket's unit or the desk may do this");
    case TicketAction.CLAIM:
    case TicketAction.REJECT_TRANSFER:
      return ofUnit ? null : refuse('unitStaffOnly', "only staff of the ticket's unit may do this");
    case TicketAction.ASSIGN:
      return ofUnit && v.role === Role.HEAD
        ? null
        : refuse('headOnly', "only the head of the ticket's unit may reassign it");
    case TicketAction.RELEASE:
    case TicketAction.START_ON_SITE:
    case TicketAction.RESOLVE:
      if (ofUnit && t.claimedById === null) return null; // the state machine refuses an unclaimed move
      return holderOrHead
        ? null
        : refuse('holderOrHead', "only the staff member holding the ticket, or the unit's head, may do this");
    default:
      return refuse('notAllowed', 'not allowed');
  }
}

/**
 * The actions `v` may take on `t` now: allowed to their role and legal from the ticket's status.
 * Screens offer exactly these, so a button never leads to a refusal the server could foresee.
 */
export function allowedActions(v: UserViewer, t: TicketAccess & { kind: TicketKind }): TicketAction[] {
  const state = { ...t, claimedBy: t.claimedById === null ? null : { id: String(t.claimedById), name: '' } };
  return Object.values(TicketAction).filter((action) => {
    if (refusalFor(v, action, t) !== null) return false;
    try {
      nextStatus(action, state);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether `v` may read the ticket: by the one rule of which units a viewer reads (see readableUnits). */
export function canRead(v: Viewer, t: { unitId: string | null }): boolean {
  return readsUnit(readableUnits(v), t.unitId);
}
