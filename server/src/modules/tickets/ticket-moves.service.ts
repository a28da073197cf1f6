import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, DomainError, forbidden, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { requireUser, type UserViewer } from '../auth/viewer.js';
import type { EventLog } from '../audit/event-log.js';
import { diff } from '../audit/snapshot.js';
import { TicketEventType, type FieldChanges } from '../audit/ticket-event.entity.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Unit, UnitKind } from '../units/unit.entity.js';
import { Role, User } from '../users/user.entity.js';
import type { RegistrationService } from './registration.service.js';
import type {
  AssignArgs,
  CallbackArgs,
  ExtensionDecisionArgs,
  ExtensionRequestArgs,
  PauseArgs,
  RejectTransferArgs,
  ReopenArgs,
  ResolveArgs,
  StartOnSiteArgs,
  TicketMoveArgs,
  TransferArgs,
  UrgeArgs,
} from './ticket.args.js';
import { shiftedDeadline } from './deadline.rules.js';
import { checkExtension, urgedStep } from './ladder.rules.js';
import { ticketSnapshot } from './ticket.audit.js';
import { Ticket } from './ticket.entity.js';
import { Escalation, PauseReason, RefusalReason, Satisfaction, TicketAction, TicketStatus } from './ticket.enums.js';
import { refusalFor, ticketAccess } from './ticket-permissions.rules.js';
import { nextStatus } from './ticket.rules.js';

const NOTE_MAX = 1000;
const CLOSE_MANY_MAX = 200;

export interface CloseOutcome {
  id: string;
  ticket: Ticket | null;
  error: DomainError | null;
}
const TEXT_MAX = 4000;

/** Runs inside a ticket's ON_SITE move, in its transaction, before the ticket's own event. */
export type OnSiteHook = (tx: EntityManager, ticketId: number, v: UserViewer, now: Date) => Promise<void>;

interface Transition {
  action: TicketAction;
  /** The event written; a function when it depends on where the move leads. */
  type: TicketEventType | ((to: TicketStatus) => TicketEventType);
  note?: string | null;
  satisfaction?: Satisfaction;
  /**
   * Applies the move's own fields; the status is already set. May return what the event records
   * besides the ticket's changed columns (whom an urge reached, how an extension was decided).
   */
  apply?: (
    t: Ticket,
    ctx: { v: UserViewer; now: Date; tx: EntityManager },
  ) => void | FieldChanges | Promise<void | FieldChanges>;
}

/** The moves of a ticket's life after registration, each through one transition engine; a refusal always rejects. */
export class TicketMovesService {
  constructor(
    private readonly places: PlaceDirectory,
    private readonly registration: RegistrationService,
    private readonly log: EventLog,
    /** What time it is: the specs drive the ladder with their own clock. */
    private readonly clock: () => Date = () => new Date(),
    /** Within an ON_SITE move's transaction: what else arrives with it (the crews sent to the ticket). */
    private readonly arriving: OnSiteHook = async () => {},
  ) {}

  async transfer(ctx: Caller, { id, expectedVersion, unitId, note: rawNote }: TransferArgs) {
    const note = text('note', rawNote, NOTE_MAX);
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.TRANSFER,
      type: TicketEventType.TICKET_TRANSFERRED,
      note,
      apply: async (t, { tx }) => {
        const unit = await this.places.unit(unitId);
        if (!unit) throw badInput('unitId', `unknown unit ${unitId}`, 'unknown', { value: unitId });
        if (!unit.active)
          throw badInput('unitId', `${unit.name} is deactivated; choose another unit`, 'inactiveUnit', {
            unit: { name: unit.name, nameEn: unit.nameEn },
          });
        if (unit.kind === UnitKind.DESK)
          throw badInput('unitId', 'a ticket is transferred to a unit, not to the desk', 'notDesk');
        if (t.refusedUnitIds.includes(unitId))
          throw badInput('unitId', `${unit.name} refused this ticket; choose another unit`, 'refusedUnit', {
            unit: { name: unit.name, nameEn: unit.nameEn },
          });
        const proposed = t.proposedUnit?.id ?? null;
        if (proposed !== unitId && !note)
          throw badInput('note', 'give a reason when transferring to another unit than the one proposed', 'needsNote');
        t.unit = tx.getReference(Unit, unitId, { wrapped: true });
        t.overrideReason = proposed !== unitId ? note : null;
      },
    });
  }

  async rejectTransfer(ctx: Caller, { id, expectedVersion, reason, note: rawNote }: RejectTransferArgs) {
    const note = text('note', rawNote, NOTE_MAX);
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.REJECT_TRANSFER,
      type: TicketEventType.TICKET_TRANSFER_REFUSED,
      note,
      apply: async (t, { tx }) => {
        if (reason === RefusalReason.OTHER && !note)
          throw badInput('note', 'say why, when the reason is OTHER', 'needsNote');
        this.dropExtension(t);
        const refusing = t.unit!.id;
        t.refusedUnitIds = [...t.refusedUnitIds, refusing];
        t.lastRefusal = { reason, note, unitId: refusing };
        t.unit = null;
        t.overrideReason = null;
        const proposal = await this.registration.propose({
          kind: t.kind,
          category: t.category.unwrap().code,
          compoundId: t.compound?.id ?? null,
          excludedUnitIds: t.refusedUnitIds,
        });
        t.proposedUnit = proposal ? tx.getReference(Unit, proposal.unitId, { wrapped: true }) : null;
      },
    });
  }

  async claim(ctx: Caller, { id, expectedVersion }: TicketMoveArgs) {
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.CLAIM,
      type: TicketEventType.TICKET_CLAIMED,
      apply: (t, { v, now, tx }) => {
        t.claimedBy = tx.getReference(User, v.userId, { wrapped: true });
        t.claimedAt = now;
      },
    });
  }

  async assign(ctx: Caller, { id, expectedVersion, userId }: AssignArgs) {
    const assigneeId = parseIntId(userId, 'userId');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.ASSIGN,
      type: TicketEventType.TICKET_ASSIGNED,
      apply: async (t, { now, tx }) => {
        const assignee = await tx.findOne(User, { id: assigneeId, active: true });
        const ofUnit =
          assignee?.unit?.id === t.unit?.id && (assignee?.role === Role.STAFF || assignee?.role === Role.HEAD);
        if (!assignee || !ofUnit)
          throw badInput('userId', "must be an active member of the ticket's unit", 'notMember');
        t.claimedBy = tx.getReference(User, assigneeId, { wrapped: true });
        t.claimedAt = now;
      },
    });
  }

  async release(ctx: Caller, { id, expectedVersion }: TicketMoveArgs) {
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.RELEASE,
      type: TicketEventType.TICKET_RELEASED,
      apply: (t) => {
        t.claimedBy = null;
        t.claimedAt = null;
      },
    });
  }

  async startOnSite(ctx: Caller, { id, expectedVersion, note }: StartOnSiteArgs) {
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.START_ON_SITE,
      type: TicketEventType.TICKET_ON_SITE,
      note: text('note', note, NOTE_MAX),
      apply: (t, { v, now, tx }) => this.arriving(tx, t.id, v, now),
    });
  }

  async resolve(ctx: Caller, { id, expectedVersion, resolution: rawResolution, onSite }: ResolveArgs) {
    const resolution = text('resolution', rawResolution, TEXT_MAX);
    if (!resolution) throw badInput('resolution', 'say what was done', 'required');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.RESOLVE,
      type: (to) => (to === TicketStatus.CLOSED ? TicketEventType.TICKET_ANSWERED : TicketEventType.TICKET_RESOLVED),
      apply: (t, { now }) => {
        this.dropExtension(t);
        t.resolution = resolution;
        t.resolvedOnSite = onSite;
        t.resolvedAt = now;
        if (t.status === TicketStatus.CLOSED) {
          t.answeredOnCall = true;
          t.closedAt = now;
        }
      },
    });
  }

  async recordCallback(ctx: Caller, { id, expectedVersion, satisfaction, note: rawNote }: CallbackArgs) {
    const unsatisfied = satisfaction === Satisfaction.UNSATISFIED;
    const note = text('note', rawNote, NOTE_MAX);
    if (unsatisfied && !note)
      throw badInput('note', 'say why the caller is not satisfied: the unit works from it', 'required');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.CALLBACK,
      type: unsatisfied ? TicketEventType.TICKET_REOPENED : TicketEventType.TICKET_REPLIED,
      note,
      satisfaction,
      apply: (t, { now }) => {
        t.satisfaction = satisfaction;
        t.repliedAt = now;
        if (unsatisfied) this.reopened(t, now, note!);
      },
    });
  }

  async reopen(ctx: Caller, { id, expectedVersion, reason: rawReason }: ReopenArgs) {
    const reason = text('reason', rawReason, NOTE_MAX);
    if (!reason) throw badInput('reason', 'say why the ticket is reopened', 'required');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.REOPEN,
      type: TicketEventType.TICKET_REOPENED,
      note: reason,
      apply: (t, { now }) => this.reopened(t, now, reason),
    });
  }

  async close(ctx: Caller, { id, expectedVersion }: TicketMoveArgs) {
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.CLOSE,
      type: TicketEventType.TICKET_CLOSED,
      apply: (t, { now }) => {
        t.closedAt = now;
      },
    });
  }

  /**
   * Closes several tickets (结案 in bulk from the desk's tray), each in its own transaction, so one
   * refusal (changed meanwhile, not replied yet) leaves the others closed; says what became of each.
   */
  async closeMany(ctx: Caller, ids: readonly string[]): Promise<CloseOutcome[]> {
    requireUser(ctx.viewer, Role.OPERATOR);
    if (ids.length === 0 || ids.length > CLOSE_MANY_MAX)
      throw badInput('ids', `give between 1 and ${CLOSE_MANY_MAX} tickets`, 'outOfRange', {
        min: 1,
        max: CLOSE_MANY_MAX,
      });
    const outcomes: CloseOutcome[] = [];
    for (const id of new Set(ids)) {
      try {
        outcomes.push({ id, ticket: await this.close({ ...ctx, em: ctx.em.fork() }, { id }), error: null });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        outcomes.push({ id, ticket: null, error: e });
      }
    }
    return outcomes;
  }

  /**
   * A reopened ticket (重办) goes back unclaimed and unresolved, counts a round, keeps the reason for
   * the unit, and gets a new deadline from now by the same rules as at registration.
   */
  private reopened(t: Ticket, now: Date, reason: string): void {
    t.resolution = null;
    t.resolvedOnSite = null;
    t.resolvedAt = null;
    t.claimedBy = null;
    t.claimedAt = null;
    t.reopenCount += 1;
    t.reopenReason = reason;
    t.dueAt = this.registration.deadline(t.complexity, now);
    this.newDeadline(t, now);
  }

  /** A deadline set afresh (reopened, extended): the ladder starts again from the bottom. */
  private newDeadline(t: Ticket, now: Date): void {
    t.remindAt = this.registration.reminder(now, t.dueAt);
    t.remindedAt = null;
    if (t.dueAt.getTime() > now.getTime()) {
      t.overdueAt = null;
      t.escalation = Escalation.NONE;
    }
    this.dropExtension(t);
  }

  /** A pending extension lapses when the ticket leaves the unit's hands (resolved, refused, reopened). */
  private dropExtension(t: Ticket): void {
    t.extensionUntil = null;
    t.extensionReason = null;
    t.extensionRequestedAt = null;
  }

  /**
   * 催办 by the desk, a leader or an admin: counted, the ticket at least on the URGED step; the
   * event names the unit urged and its head (the first active one), if it has one.
   */
  async urge(ctx: Caller, { id, expectedVersion, note: rawNote }: UrgeArgs) {
    const note = text('note', rawNote, NOTE_MAX);
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.URGE,
      type: TicketEventType.TICKET_URGED,
      note,
      apply: async (t, { tx }) => {
        t.urgedCount += 1;
        t.escalation = urgedStep(t.escalation);
        return urgedRecipients(tx, t.unit!.id);
      },
    });
  }

  /** 延期: the unit head asks for a later deadline, with a reason; one request at a time. */
  async requestExtension(ctx: Caller, { id, expectedVersion, until, reason: rawReason }: ExtensionRequestArgs) {
    const reason = text('reason', rawReason, NOTE_MAX);
    if (!reason) throw badInput('reason', 'say why more time is needed', 'required');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.REQUEST_EXTENSION,
      type: TicketEventType.TICKET_EXTENSION_REQUESTED,
      note: reason,
      apply: (t, { now }) => {
        t.extensionUntil = checkExtension(until, t.dueAt, now, this.registration.ladder, this.registration.calendar);
        t.extensionReason = reason;
        t.extensionRequestedAt = now;
      },
    });
  }

  /**
   * The desk or a leader decides the pending extension. Approved, the deadline moves to the date
   * asked for (the event records both), the extension is counted, and the ladder starts again.
   */
  async decideExtension(ctx: Caller, { id, expectedVersion, approve, note: rawNote }: ExtensionDecisionArgs) {
    const note = text('note', rawNote, NOTE_MAX);
    if (!approve && !note)
      throw badInput('note', 'say why the extension is refused: the unit works from it', 'required');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.DECIDE_EXTENSION,
      type: TicketEventType.TICKET_EXTENSION_DECIDED,
      note,
      apply: (t, { now }) => {
        const until = t.extensionUntil!;
        this.dropExtension(t);
        if (approve) {
          // A pause since the request may have moved the deadline past the date asked for.
          if (until.getTime() > t.dueAt.getTime()) t.dueAt = until;
          t.extensionCount += 1;
          this.newDeadline(t, now);
        }
        return { extensionApproved: { from: null, to: approve } };
      },
    });
  }

  /** The clock stops while the unit waits on the caller or a third party: no reminder, urge or overdue. */
  async pause(ctx: Caller, { id, expectedVersion, reason, note: rawNote }: PauseArgs) {
    const note = text('note', rawNote, NOTE_MAX);
    if (reason === PauseReason.OTHER && !note) throw badInput('note', 'say why, when the reason is OTHER', 'needsNote');
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.PAUSE,
      type: TicketEventType.TICKET_PAUSED,
      note,
      apply: (t, { now }) => {
        t.pausedAt = now;
        t.pauseReason = reason;
      },
    });
  }

  /**
   * The clock runs again: the deadline (and the reminder) move by the time paused, in working time
   * for a complex issue; a ticket whose new deadline is ahead is no longer overdue.
   */
  async resume(ctx: Caller, { id, expectedVersion }: TicketMoveArgs) {
    return this.transition(ctx, id, expectedVersion, {
      action: TicketAction.RESUME,
      type: TicketEventType.TICKET_RESUMED,
      apply: (t, { now }) => {
        const due = shiftedDeadline(t.complexity, t.dueAt, t.pausedAt!, now, this.registration.calendar);
        const moved = due.getTime() - t.dueAt.getTime();
        t.dueAt = due;
        if (t.remindAt) t.remindAt = new Date(t.remindAt.getTime() + moved);
        if (t.overdueAt && due.getTime() > now.getTime()) t.overdueAt = null;
        t.pausedAt = null;
        t.pauseReason = null;
      },
    });
  }

  /**
   * Every move: load in a transaction, check permission, version and state, apply, append the
   * audit event, and write with an optimistic version check so concurrent moves cannot both win.
   */
  private async transition(
    { em, viewer }: Caller,
    id: string,
    expectedVersion: number | null | undefined,
    move: Transition,
  ): Promise<Ticket> {
    const v = requireUser(viewer);
    const ticketId = parseIntId(id);
    try {
      const done = await em.transactional(async (tx) => {
        const t = await tx.findOne(Ticket, { id: ticketId }, { populate: ['claimedBy'] });
        if (!t) throw notFound('ticket', id);
        const refusal = refusalFor(v, move.action, ticketAccess(t));
        if (refusal) throw forbidden(refusal.message, refusal.reason);
        if (expectedVersion != null && expectedVersion !== t.version)
          throw new DomainError('STALE_VERSION', `the ticket is at version ${t.version}, not ${expectedVersion}`, {
            version: t.version,
          });
        const holder = t.claimedBy?.getEntity();
        const to = nextStatus(
          move.action,
          {
            status: t.status,
            kind: t.kind,
            unitId: t.unit?.id ?? null,
            claimedBy: holder ? { id: String(holder.id), name: holder.displayName } : null,
            paused: !!t.pausedAt,
            extensionPending: !!t.extensionUntil,
          },
          move.satisfaction,
        );
        const before = ticketSnapshot(tx, t);
        const now = this.clock();
        t.status = to;
        const recorded = await move.apply?.(t, { v, now, tx });
        t.updatedAt = now;
        const e = await this.log.append(tx, {
          ticket: t,
          type: typeof move.type === 'function' ? move.type(to) : move.type,
          actor: tx.getReference(User, v.userId, { wrapped: true }),
          actorName: v.displayName,
          at: now,
          changes: { ...diff(before, ticketSnapshot(tx, t)), ...(recorded ?? {}) },
          note: move.note ?? null,
        });
        return { t, seq: e.seq };
      });
      this.log.committed(done.seq);
      return done.t;
    } catch (e) {
      if (e instanceof OptimisticLockError) throw await this.lostRace(em.fork(), ticketId, move.action);
      throw e;
    }
  }

  /** Another writer changed the ticket between our read and our write: say what it is now. */
  private async lostRace(em: EntityManager, id: number, action: TicketAction): Promise<DomainError> {
    const t = await em.findOne(Ticket, { id }, { populate: ['claimedBy'] });
    const holder = t?.claimedBy?.getEntity();
    if (action === TicketAction.CLAIM && holder)
      return new DomainError('ALREADY_CLAIMED', `already claimed by ${holder.displayName}`, {
        claimedBy: { id: String(holder.id), name: holder.displayName },
      });
    return new DomainError(
      'STALE_VERSION',
      `the ticket changed meanwhile; it is now ${t?.status} at version ${t?.version}`,
      {
        version: t?.version,
      },
    );
  }
}

/** Whom an urge reaches: the unit, and its head (the first active one) when it has one. */
export async function urgedRecipients(tx: EntityManager, unitId: string): Promise<FieldChanges> {
  const head = await tx.findOne(
    User,
    { unit: unitId, role: Role.HEAD, active: true },
    { orderBy: { id: 'asc' }, fields: ['id'] },
  );
  return {
    urgedUnitId: { from: null, to: unitId },
    ...(head ? { urgedHeadId: { from: null, to: head.id } } : {}),
  };
}
