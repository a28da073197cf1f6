import { OptimisticLockError, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { badInput, DomainError, forbidden, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { requireReader, requireUser, type UserViewer, type Viewer } from '../auth/viewer.js';
import { Compound } from '../places/place.entities.js';
import { Unit, UnitKind } from '../units/unit.entity.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import DataLoader from 'dataloader';
import type { EventLog, NewEvent } from '../../realtime/event-log.js';
import { Role, User } from '../users/user.entity.js';
import { ApiScope } from '../auth/auth.entities.js';
import { Category, Channel } from './catalog.entities.js';
import { dueAt, localDayKey, type WorkCalendar } from './deadline.rules.js';
import { OPEN_STATUSES, RefusalReason, Satisfaction, TicketAction, TicketStatus } from './ticket.enums.js';
import { DEFAULT_PAGE, MAX_PAGE, TicketOrder, type CreateTicketInput, type TicketFilter } from './ticket.inputs.js';
import { canRead, refusalFor, unitScope } from './ticket-permissions.rules.js';
import { nextStatus } from './ticket.rules.js';
import { proposeUnit, type RoutingProposal } from './routing.rules.js';
import { Ticket } from './ticket.entity.js';
import { TicketEvent, TicketEventType, type FieldChanges } from './ticket-event.entity.js';

/** A call may be registered after it was taken, but not dated in the future or long ago. */
const MAX_BACKDATE_DAYS = 30;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;
const NOTE_MAX = 1000;
const TEXT_MAX = 4000;

export interface TicketPage {
  tickets: Ticket[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when asked for: on a large table the count costs more than the page. */
  totalCount: () => Promise<number>;
}

type Snapshot = Record<string, unknown>;

/** A call checked and routed, waiting for its batch's transaction. */
interface Registration {
  actor: UserViewer;
  now: Date;
  receivedAt: Date;
  dueAt: Date;
  input: CreateTicketInput;
  categoryCode: string;
  channelCode: string;
  compoundId: string | null;
  proposedUnitId: string | null;
}

/** The fields the audit log records, as plain values. */
function snapshot(t: Ticket): Snapshot {
  return {
    status: t.status,
    unitId: t.unit?.id ?? null,
    proposedUnitId: t.proposedUnit?.id ?? null,
    overrideReason: t.overrideReason ?? null,
    claimedById: t.claimedBy?.id ?? null,
    resolution: t.resolution ?? null,
    resolvedOnSite: t.resolvedOnSite ?? null,
    satisfaction: t.satisfaction ?? null,
    lastRefusal: t.lastRefusal ?? null,
    refusedUnitIds: t.refusedUnitIds,
  };
}

function registrationSnapshot(t: Ticket): Snapshot {
  return {
    number: t.number,
    kind: t.kind,
    category: t.category.unwrap().code,
    channel: t.channel.unwrap().code,
    complexity: t.complexity,
    callerName: t.callerName,
    callerPhone: t.callerPhone,
    compoundId: t.compound?.id ?? null,
    building: t.building ?? null,
    addressUnit: t.addressUnit ?? null,
    room: t.room ?? null,
    addressText: t.addressText ?? null,
    description: t.description,
    receivedAt: t.receivedAt.toISOString(),
    dueAt: t.dueAt.toISOString(),
    ...snapshot(t),
  };
}

function diff(before: Snapshot, after: Snapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  return changes;
}

interface Transition {
  action: TicketAction;
  type: TicketEventType;
  note?: string | null;
  satisfaction?: Satisfaction;
  /** Applies the move's own fields; the status is already set. */
  apply?: (t: Ticket, ctx: { v: UserViewer; now: Date; tx: EntityManager }) => void | Promise<void>;
}

export class TicketService {
  constructor(
    private readonly calendar: WorkCalendar,
    private readonly places: PlaceDirectory,
    private readonly log: EventLog,
    private readonly fork: () => EntityManager,
  ) {}

  /** The unit routing proposes for a call, skipping units that refused it. */
  async propose(q: {
    kind: Ticket['kind'];
    category: string;
    compoundId: string | null;
    excludedUnitIds: readonly string[];
  }): Promise<RoutingProposal | null> {
    const compound = q.compoundId ? await this.places.routingCompound(q.compoundId) : null;
    if (q.compoundId && !compound) throw badInput('compoundId', `unknown compound ${q.compoundId}`);
    return proposeUnit(
      { kind: q.kind, category: q.category, compound, excludedUnitIds: q.excludedUnitIds },
      await this.places.routingDirectory(),
    );
  }

  async create(viewer: Viewer, input: CreateTicketInput): Promise<Ticket> {
    const v = requireUser(viewer, Role.OPERATOR);
    const now = new Date();
    const receivedAt = input.receivedAt ?? now;
    if (Number.isNaN(receivedAt.getTime())) throw badInput('receivedAt', 'is not a valid time');
    if (receivedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) throw badInput('receivedAt', 'is in the future');
    if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000)
      throw badInput('receivedAt', `is more than ${MAX_BACKDATE_DAYS} days ago`);
    const [category, channel] = await Promise.all([
      this.places.category(input.category),
      this.places.channel(input.channel),
    ]);
    if (!category) throw badInput('category', `unknown category ${input.category}`);
    if (!channel) throw badInput('channel', `unknown channel ${input.channel}`);
    const compoundId = input.compoundId ?? null;
    const proposal = await this.propose({ kind: input.kind, category: category.code, compoundId, excludedUnitIds: [] });

    return this.registrations.load({
      actor: v,
      now,
      receivedAt,
      dueAt: dueAt(input.complexity, receivedAt, this.calendar),
      input,
      categoryCode: category.code,
      channelCode: channel.code,
      compoundId,
      proposedUnitId: proposal?.unitId ?? null,
    });
  }

  /**
   * Group commit: calls that arrive while a registration transaction is in flight wait for it and
   * then go together, in one transaction with one multi-row insert per table and one commit (one
   * fsync), each with its own number. Alone, a call goes at once.
   */
  private readonly registrations = new DataLoader<Registration, Ticket>((batch) => this.registerBatch(batch), {
    cache: false,
    maxBatchSize: 128,
    batchScheduleFn: (dispatch) => (this.inFlight ? void this.inFlight.finally(dispatch) : setImmediate(dispatch)),
  });

  private inFlight: Promise<unknown> | null = null;

  private registerBatch(batch: readonly Registration[]): Promise<Array<Ticket | Error>> {
    const run = this.writeBatch(batch).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  private async writeBatch(batch: readonly Registration[]): Promise<Array<Ticket | Error>> {
    try {
      const { tickets, lastSeq } = await this.fork().transactional(async (tx) => {
        const numbers = await this.nextNumbers(
          tx,
          batch.map((r) => r.receivedAt),
        );
        // Built without the unit of work and inserted as one statement: a batch is only inserts.
        const tickets = batch.map((r, i) =>
          tx.create(
            Ticket,
            {
              number: numbers[i]!,
              kind: r.input.kind,
              category: tx.getReference(Category, r.categoryCode),
              channel: tx.getReference(Channel, r.channelCode),
              complexity: r.input.complexity,
              callerName: r.input.callerName.trim(),
              callerPhone: r.input.callerPhone.trim(),
              compound: r.compoundId ? tx.getReference(Compound, r.compoundId) : null,
              building: r.input.address?.building ?? null,
              addressUnit: r.input.address?.unit ?? null,
              room: r.input.address?.room ?? null,
              addressText: r.input.address?.text ?? null,
              description: r.input.description.trim(),
              receivedAt: r.receivedAt,
              dueAt: r.dueAt,
              status: TicketStatus.REGISTERED,
              proposedUnit: r.proposedUnitId ? tx.getReference(Unit, r.proposedUnitId) : null,
              refusedUnitIds: [],
              createdBy: tx.getReference(User, r.actor.userId),
              updatedAt: r.now,
              version: 1,
            },
            { persist: false },
          ),
        );
        await tx.insertMany(tickets);
        const events = await this.log.appendAll(
          tx,
          tickets.map((t, i) =>
            this.eventOf(
              tx,
              t,
              batch[i]!.actor,
              TicketEventType.TICKET_REGISTERED,
              diff({}, registrationSnapshot(t)),
              null,
              batch[i]!.now,
            ),
          ),
        );
        return { tickets, lastSeq: Math.max(...events.map((e) => e.seq)) };
      });
      this.log.committed(lastSeq);
      return tickets;
    } catch (e) {
      return batch.map(() => (e instanceof Error ? e : new Error(String(e))));
    }
  }

  /** The next number of each call's day; a day's counter row is bumped once for the whole batch. */
  private async nextNumbers(tx: EntityManager, received: Date[]): Promise<string[]> {
    const days = received.map((r) => localDayKey(r, this.calendar.timeZone));
    const counts = new Map<string, number>();
    for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
    const next = new Map<string, number>();
    for (const [day, n] of counts) {
      const rows = await tx.execute<Array<{ last: number }>>(
        'insert into ticket_day_counter (day, last) values (?, ?) on conflict (day) do update set last = ticket_day_counter.last + excluded.last returning last',
        [day, n],
      );
      next.set(day, Number(rows[0]!.last) - n + 1);
    }
    return days.map((day) => {
      const n = next.get(day)!;
      next.set(day, n + 1);
      return `${day}-${String(n).padStart(4, '0')}`;
    });
  }

  transfer(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    unitId: string,
    rawNote: string | null,
    expectedVersion?: number | null,
  ) {
    const note = text('note', rawNote, NOTE_MAX);
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.TRANSFER,
      type: TicketEventType.TICKET_TRANSFERRED,
      note,
      apply: async (t, { tx }) => {
        const unit = await this.places.unit(unitId);
        if (!unit) throw badInput('unitId', `unknown unit ${unitId}`);
        if (unit.kind === UnitKind.DESK) throw badInput('unitId', 'a ticket is transferred to a unit, not to the desk');
        if (t.refusedUnitIds.includes(unitId))
          throw badInput('unitId', `${unit.name} refused this ticket; choose another unit`);
        const proposed = t.proposedUnit?.id ?? null;
        if (proposed !== unitId && !note)
          throw badInput('note', 'give a reason when transferring to another unit than the one proposed');
        t.unit = tx.getReference(Unit, unitId, { wrapped: true });
        t.overrideReason = proposed !== unitId ? note : null;
      },
    });
  }

  rejectTransfer(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    reason: RefusalReason,
    rawNote: string | null,
    expectedVersion?: number | null,
  ) {
    const note = text('note', rawNote, NOTE_MAX);
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.REJECT_TRANSFER,
      type: TicketEventType.TICKET_TRANSFER_REFUSED,
      note,
      apply: async (t, { tx }) => {
        if (reason === RefusalReason.OTHER && !note) throw badInput('note', 'say why, when the reason is OTHER');
        const refusing = t.unit!.id;
        t.refusedUnitIds = [...t.refusedUnitIds, refusing];
        t.lastRefusal = { reason, note, unitId: refusing };
        t.unit = null;
        t.overrideReason = null;
        const proposal = await this.propose({
          kind: t.kind,
          category: t.category.unwrap().code,
          compoundId: t.compound?.id ?? null,
          excludedUnitIds: t.refusedUnitIds,
        });
        t.proposedUnit = proposal ? tx.getReference(Unit, proposal.unitId, { wrapped: true }) : null;
      },
    });
  }

  claim(em: EntityManager, viewer: Viewer, id: string, expectedVersion?: number | null) {
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.CLAIM,
      type: TicketEventType.TICKET_CLAIMED,
      apply: (t, { v, now, tx }) => {
        t.claimedBy = tx.getReference(User, v.userId, { wrapped: true });
        t.claimedAt = now;
      },
    });
  }

  assign(em: EntityManager, viewer: Viewer, id: string, userId: string, expectedVersion?: number | null) {
    const assigneeId = parseIntId(userId, 'userId');
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.ASSIGN,
      type: TicketEventType.TICKET_ASSIGNED,
      apply: async (t, { now, tx }) => {
        const assignee = await tx.findOne(User, { id: assigneeId, active: true });
        const ofUnit =
          assignee?.unit?.id === t.unit?.id && (assignee?.role === Role.STAFF || assignee?.role === Role.HEAD);
        if (!assignee || !ofUnit) throw badInput('userId', "must be an active member of the ticket's unit");
        t.claimedBy = tx.getReference(User, assigneeId, { wrapped: true });
        t.claimedAt = now;
      },
    });
  }

  release(em: EntityManager, viewer: Viewer, id: string, expectedVersion?: number | null) {
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.RELEASE,
      type: TicketEventType.TICKET_RELEASED,
      apply: (t) => {
        t.claimedBy = null;
        t.claimedAt = null;
      },
    });
  }

  startOnSite(em: EntityManager, viewer: Viewer, id: string, note: string | null, expectedVersion?: number | null) {
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.START_ON_SITE,
      type: TicketEventType.TICKET_ON_SITE,
      note: text('note', note, NOTE_MAX),
    });
  }

  resolve(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    rawResolution: string,
    onSite: boolean,
    expectedVersion?: number | null,
  ) {
    const resolution = text('resolution', rawResolution, TEXT_MAX);
    if (!resolution) throw badInput('resolution', 'say what was done');
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.RESOLVE,
      type: TicketEventType.TICKET_RESOLVED,
      apply: (t, { now }) => {
        t.resolution = resolution;
        t.resolvedOnSite = onSite;
        t.resolvedAt = now;
      },
    });
  }

  recordCallback(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    satisfaction: Satisfaction,
    note: string | null,
    expectedVersion?: number | null,
  ) {
    const unsatisfied = satisfaction === Satisfaction.UNSATISFIED;
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.CALLBACK,
      type: unsatisfied ? TicketEventType.TICKET_REOPENED : TicketEventType.TICKET_REPLIED,
      note: text('note', note, NOTE_MAX),
      satisfaction,
      apply: (t, { now }) => {
        t.satisfaction = satisfaction;
        t.repliedAt = now;
        if (unsatisfied) clearResolution(t);
      },
    });
  }

  reopen(em: EntityManager, viewer: Viewer, id: string, rawReason: string, expectedVersion?: number | null) {
    const reason = text('reason', rawReason, NOTE_MAX);
    if (!reason) throw badInput('reason', 'say why the ticket is reopened');
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.REOPEN,
      type: TicketEventType.TICKET_REOPENED,
      note: reason,
      apply: clearResolution,
    });
  }

  close(em: EntityManager, viewer: Viewer, id: string, expectedVersion?: number | null) {
    return this.transition(em, viewer, id, expectedVersion, {
      action: TicketAction.CLOSE,
      type: TicketEventType.TICKET_CLOSED,
    });
  }

  /**
   * Every move: load in a transaction, check permission, version and state, apply, append the
   * audit event, and write with an optimistic version check so concurrent moves cannot both win.
   */
  private async transition(
    em: EntityManager,
    viewer: Viewer,
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
        const refusal = refusalFor(v, move.action, access(t));
        if (refusal) throw forbidden(refusal);
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
          },
          move.satisfaction,
        );
        const before = snapshot(t);
        const now = new Date();
        t.status = to;
        await move.apply?.(t, { v, now, tx });
        t.updatedAt = now;
        const e = await this.appendEvent(tx, t, v, move.type, diff(before, snapshot(t)), move.note ?? null, now);
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

  private appendEvent(
    tx: EntityManager,
    t: Ticket,
    v: UserViewer,
    type: TicketEventType,
    changes: FieldChanges,
    note: string | null,
    at: Date,
  ): Promise<TicketEvent> {
    return this.log.append(tx, this.eventOf(tx, t, v, type, changes, note, at));
  }

  private eventOf(
    tx: EntityManager,
    t: Ticket,
    v: UserViewer,
    type: TicketEventType,
    changes: FieldChanges,
    note: string | null,
    at: Date,
  ): NewEvent {
    return {
      ticket: t,
      type,
      actor: tx.getReference(User, v.userId, { wrapped: true }),
      actorName: v.displayName,
      at,
      changes,
      note,
    };
  }

  async get(em: EntityManager, viewer: Viewer, id: string): Promise<Ticket> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const t = await em.findOne(Ticket, { id: parseIntId(id) }, { populate: ['claimedBy'] });
    if (!t) throw notFound('ticket', id);
    if (!canRead(viewer, access(t))) throw forbidden('this ticket belongs to another unit');
    return t;
  }

  async events(em: EntityManager, ticketId: number): Promise<TicketEvent[]> {
    return em.find(TicketEvent, { ticket: ticketId }, { orderBy: { seq: 'asc' } });
  }

  async list(
    em: EntityManager,
    viewer: Viewer,
    filter: TicketFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    order: TicketOrder,
  ): Promise<TicketPage> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const limit = first ?? DEFAULT_PAGE;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) throw badInput('first', `must be 0 to ${MAX_PAGE}`);
    const where = this.filterQuery(viewer, filter ?? {});
    const cursorWhere = after ? afterCursor(after, order) : {};
    const orderBy: QueryOrderMap<Ticket>[] =
      order === TicketOrder.NEWEST ? [{ id: 'desc' }] : [{ dueAt: 'asc' }, { id: 'asc' }];
    const rows = await em.find(
      Ticket,
      { $and: [where, cursorWhere] },
      { orderBy, limit: limit + 1, populate: ['claimedBy'] },
    );
    const tickets = rows.slice(0, limit);
    return {
      tickets,
      cursors: tickets.map((t) => cursorOf(t, order)),
      hasNextPage: rows.length > limit,
      totalCount: () => em.fork().count(Ticket, where),
    };
  }

  private filterQuery(viewer: Viewer, f: TicketFilter): FilterQuery<Ticket> {
    const where: Record<string, unknown> = {};
    const scope = unitScope(viewer);
    if (scope !== undefined) {
      if (f.unitId && f.unitId !== scope) throw forbidden('you see only your own unit’s tickets');
      where.unit = scope;
    } else if (f.unitId) where.unit = f.unitId;
    if (f.status?.length) where.status = { $in: f.status };
    if (f.compoundId) where.compound = f.compoundId;
    if (f.stationId) where.compound = { station: f.stationId };
    if (f.kind) where.kind = f.kind;
    if (f.category) where.category = f.category;
    if (f.complexity) where.complexity = f.complexity;
    if (f.claimedById) where.claimedBy = parseIntId(f.claimedById, 'claimedById');
    if (f.callerPhone) {
      if (viewer.kind !== 'user') throw forbidden('API keys cannot search by caller');
      where.callerPhone = f.callerPhone.trim();
    }
    if (f.receivedFrom || f.receivedTo)
      where.receivedAt = {
        ...(f.receivedFrom && { $gte: f.receivedFrom }),
        ...(f.receivedTo && { $lt: f.receivedTo }),
      };
    const now = new Date();
    if (f.overdue === true) {
      where.dueAt = { $lt: now };
      where.status = { $in: (f.status?.length ? f.status : OPEN_STATUSES).filter((s) => OPEN_STATUSES.includes(s)) };
    } else if (f.overdue === false) {
      return {
        $and: [where, { $or: [{ dueAt: { $gte: now } }, { status: { $nin: [...OPEN_STATUSES] } }] }],
      } as FilterQuery<Ticket>;
    }
    return where as FilterQuery<Ticket>;
  }
}

/** A reopened ticket goes back to its unit unclaimed and unresolved. */
function clearResolution(t: Ticket): void {
  t.resolution = null;
  t.resolvedOnSite = null;
  t.resolvedAt = null;
  t.claimedBy = null;
  t.claimedAt = null;
}

function access(t: Ticket) {
  return { status: t.status, unitId: t.unit?.id ?? null, claimedById: t.claimedBy?.id ?? null };
}

function cursorOf(t: Ticket, order: TicketOrder): string {
  const key = order === TicketOrder.NEWEST ? [order, t.id] : [order, t.dueAt.getTime(), t.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function afterCursor(cursor: string, order: TicketOrder): FilterQuery<Ticket> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key[0] !== order || !key.slice(1).every((n) => Number.isSafeInteger(n)))
    throw badInput('after', 'is not a cursor from this list and order');
  if (order === TicketOrder.NEWEST) return { id: { $lt: key[1] as number } };
  const due = new Date(key[1] as number);
  return { $or: [{ dueAt: { $gt: due } }, { dueAt: due, id: { $gt: key[2] as number } }] };
}
