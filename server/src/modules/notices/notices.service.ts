import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, checkInput, forbidden, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import type { EventLog } from '../audit/event-log.js';
import { TicketEventType, type FieldChanges } from '../audit/ticket-event.entity.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, requireUser } from '../auth/viewer.js';
import { Compound } from '../places/place.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { readableUnits } from '../units/unit.rules.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Notice } from './notice.entity.js';
import { IssueNoticeInput } from './notice.inputs.js';
import {
  ISSUERS,
  NoticeAction,
  NoticeStatus,
  nextNoticeStatus,
  noticeNumber,
  noticeRefusal,
  noticeYear,
  readsNotice,
} from './notices.rules.js';

/** How many notices a list holds at most, the newest first. */
export const NOTICES_SHOWN = 200;
const TEXT_MAX = 4000;

/** Who issues a notice: a leader by hand, or whoever's act issued it (a meeting, a visit's outcome). */
export interface Issuer {
  userId: number;
  displayName: string;
}

/** Where a notice came from, besides a leader's own hand. */
export interface NoticeOrigin {
  decisionId?: string | null;
  visitId?: number | null;
}

/** Supervision notices (督办通知单): issued, acknowledged, rectified, verified or returned; each on the board. */
export class NoticesService {
  constructor(
    private readonly events: EventLog,
    private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * A leader issues a notice; a meeting's decision passes its id (the viewer is the leader who
   * recorded it). The notice and its NOTICE_ISSUED event commit together.
   */
  async issue({ em, viewer }: Caller, input: IssueNoticeInput, origin: NoticeOrigin = {}): Promise<Notice> {
    const v = requireUser(viewer, ...ISSUERS);
    const checked = await this.checked(input);
    const { notice, seq } = await em
      .fork()
      .transactional((tx) => this.issueIn(tx, { userId: v.userId, displayName: v.displayName }, checked, origin));
    this.events.committed(seq);
    return notice;
  }

  /** The input held to its declared rules; a service calling issueIn checks it first with this. */
  async checked(input: IssueNoticeInput): Promise<IssueNoticeInput> {
    return checkInput(Object.assign(new IssueNoticeInput(), input));
  }

  /**
   * Issues within the caller's transaction (a visit's outcome, a meeting's decision): numbers the
   * notice, writes it and appends its event. The caller commits, then calls `events.committed(seq)`.
   */
  async issueIn(
    tx: EntityManager,
    issuer: Issuer,
    input: IssueNoticeInput,
    origin: NoticeOrigin = {},
  ): Promise<{ notice: Notice; seq: number }> {
    const now = this.now();
    // Read through the transaction: on SQLite another connection would wait for this one to end.
    const unit = await tx.findOne(Unit, { id: input.unitId });
    if (!unit) throw badInput('unitId', `no unit ${input.unitId}`, 'unknown');
    if (!unit.active) throw badInput('unitId', `unit ${input.unitId} is deactivated`, 'inactiveUnit');
    if (input.compoundId && !(await tx.findOne(Compound, { id: input.compoundId })))
      throw badInput('compoundId', `no compound ${input.compoundId}`, 'unknown');
    if (!(input.dueAt instanceof Date) || Number.isNaN(input.dueAt.getTime()) || input.dueAt <= now)
      throw badInput('dueAt', 'must be later than now', 'outOfRange');
    const ticketIds = await this.ticketIds(tx, input.ticketIds ?? []);
    const year = noticeYear(now, this.timeZone);
    const notice = tx.create(Notice, {
      number: noticeNumber(year, await this.nextNumber(tx, year)),
      unit: tx.getReference(Unit, unit.id),
      subject: input.subject.trim(),
      requirement: input.requirement.trim(),
      dueAt: input.dueAt,
      compound: input.compoundId ? tx.getReference(Compound, input.compoundId) : null,
      ticketIds,
      status: NoticeStatus.ISSUED,
      issuedAt: now,
      issuedBy: tx.getReference(User, issuer.userId),
      issuedByName: issuer.displayName,
      decisionId: origin.decisionId ?? null,
      visitId: origin.visitId ?? null,
      returnCount: 0,
      updatedAt: now,
    });
    await tx.flush();
    const seq = await this.append(tx, notice, issuer, TicketEventType.NOTICE_ISSUED, now, {
      number: { from: null, to: notice.number },
      status: { from: null, to: NoticeStatus.ISSUED },
      dueAt: { from: null, to: notice.dueAt.toISOString() },
    });
    return { notice, seq };
  }

  /** The unit's head has the notice (签收). */
  acknowledge(caller: Caller, id: string): Promise<Notice> {
    return this.move(caller, id, NoticeAction.ACKNOWLEDGE, (now) => ({
      set: { acknowledgedAt: now },
      type: TicketEventType.NOTICE_ACKNOWLEDGED,
    }));
  }

  /** The unit's head reports what was done. */
  reportRectification(caller: Caller, id: string, report: string): Promise<Notice> {
    const done = required('text', report);
    return this.move(caller, id, NoticeAction.REPORT_RECTIFICATION, (now) => ({
      set: { rectification: done, rectifiedAt: now },
      type: TicketEventType.NOTICE_RECTIFIED,
      note: done,
    }));
  }

  /** A leader or a supervisor finds it done: the notice is closed. */
  verify(caller: Caller, id: string, note?: string | null): Promise<Notice> {
    const said = text('note', note, TEXT_MAX);
    return this.move(caller, id, NoticeAction.VERIFY, (now, actor) => ({
      set: { verifiedAt: now, verifiedByName: actor.displayName, verificationNote: said },
      type: TicketEventType.NOTICE_VERIFIED,
      note: said,
    }));
  }

  /** Not done: back to the unit, acknowledged, with the reason and a new deadline (overdue again once it passes). */
  returnNotice(caller: Caller, id: string, reason: string, newDueAt: Date): Promise<Notice> {
    const why = required('reason', reason);
    return this.move(caller, id, NoticeAction.RETURN, (now, _actor, n) => {
      if (!(newDueAt instanceof Date) || Number.isNaN(newDueAt.getTime()) || newDueAt <= now)
        throw badInput('newDueAt', 'must be later than now', 'outOfRange');
      return {
        set: { returnReason: why, returnCount: n.returnCount + 1, dueAt: newDueAt, overdueAt: null },
        type: TicketEventType.NOTICE_RETURNED,
        note: why,
        changes: { dueAt: { from: n.dueAt.toISOString(), to: newDueAt.toISOString() } },
      };
    });
  }

  /** The notices the viewer reads (a unit its own), newest first; narrowed by unit and status. */
  async list(
    { em, viewer }: Caller,
    { unitId, status }: { unitId?: string | null; status?: NoticeStatus | null },
  ): Promise<Notice[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const units = readableUnits(viewer);
    const where: FilterQuery<Notice> = {};
    if (unitId) {
      if (units !== null && !units.includes(unitId)) return [];
      where.unit = unitId;
    } else if (units !== null) where.unit = { $in: [...units] };
    if (status) where.status = status;
    return em.find(Notice, where, { orderBy: { id: 'desc' }, limit: NOTICES_SHOWN });
  }

  async get({ em, viewer }: Caller, id: string): Promise<Notice> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const n = await em.findOne(Notice, { id: parseIntId(id) });
    if (!n) throw notFound('notice', id);
    if (!readsNotice(viewer, n.unit.id)) throw forbidden('this notice is another unit’s', 'otherUnit');
    return n;
  }

  /** The notice's tickets the viewer may read, by the one read rule. */
  /**
   * One step of a notice's life: the rules, then a conditional update on the status read (so of two
   * concurrent steps one wins, the other gets INVALID_TRANSITION), and its event, in one transaction.
   */
  private async move(
    { em, viewer }: Caller,
    id: string,
    action: NoticeAction,
    step: (
      now: Date,
      actor: Issuer,
      n: Notice,
    ) => { set: Partial<Notice>; type: TicketEventType; note?: string | null; changes?: FieldChanges },
  ): Promise<Notice> {
    const v = requireUser(viewer);
    const n = await em.findOne(Notice, { id: parseIntId(id) });
    if (!n) throw notFound('notice', id);
    if (!readsNotice(v, n.unit.id)) throw forbidden('this notice is another unit’s', 'otherUnit');
    const refusal = noticeRefusal(v, action, n.unit.id);
    if (refusal) throw refusal;
    const from = n.status;
    const to = nextNoticeStatus(action, from);
    const now = this.now();
    const actor = { userId: v.userId, displayName: v.displayName };
    const { set, type, note, changes } = step(now, actor, n);
    // A clean unit of work: the request's would flush its copy of the notice over the update.
    const seq = await em.fork().transactional(async (tx) => {
      const won = await tx.nativeUpdate(Notice, { id: n.id, status: from }, { ...set, status: to, updatedAt: now });
      if (won === 0) {
        const current = await tx.findOneOrFail(Notice, { id: n.id }, { refresh: true });
        nextNoticeStatus(action, current.status);
      }
      return this.append(tx, n, actor, type, now, { status: { from, to }, ...changes }, note ?? null);
    });
    this.events.committed(seq);
    return em.findOneOrFail(Notice, { id: n.id }, { refresh: true });
  }

  private async append(
    tx: EntityManager,
    n: Notice,
    actor: Issuer,
    type: TicketEventType,
    at: Date,
    changes: FieldChanges,
    note: string | null = null,
  ): Promise<number> {
    const e = await this.events.append(tx, {
      ticket: null,
      unitId: n.unit.id,
      subjectId: String(n.id),
      type,
      actor: tx.getReference(User, actor.userId, { wrapped: true }),
      actorName: actor.displayName,
      at,
      changes,
      note,
    });
    return e.seq;
  }

  /** The tickets named, each existing; in the order given, without repeats. */
  private async ticketIds(tx: EntityManager, ids: readonly string[]): Promise<number[]> {
    const wanted = [...new Set(ids.map((id) => parseIntId(id, 'ticketIds')))];
    if (wanted.length === 0) return [];
    const found = new Set((await tx.find(Ticket, { id: { $in: wanted } }, { fields: ['id'] })).map((t) => t.id));
    const missing = wanted.find((id) => !found.has(id));
    if (missing !== undefined) throw badInput('ticketIds', `no ticket ${missing}`, 'unknown');
    return wanted;
  }

  /** The year's next number: one statement, so concurrent issues each get their own, on both databases. */
  private async nextNumber(tx: EntityManager, year: number): Promise<number> {
    const rows = await tx.execute<Array<{ last: number | string }>>(
      'insert into notice_year_counter (year, last) values (?, 1) on conflict (year) do update set last = notice_year_counter.last + 1 returning last',
      [year],
    );
    return Number(rows[0]!.last);
  }
}

/** A text the step needs: present, plain, within bounds. */
function required(field: string, value: string | null | undefined): string {
  const t = text(field, value, TEXT_MAX);
  if (!t) throw badInput(field, 'must not be blank', 'required');
  return t;
}
