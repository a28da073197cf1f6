import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, checkInput, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import type { EventLog } from '../audit/event-log.js';
import { TicketEventType, type FieldChanges } from '../audit/ticket-event.entity.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, requireUser, type UserViewer } from '../auth/viewer.js';
import { Compound, Station } from '../places/place.entities.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Notice } from '../notices/notice.entity.js';
import { IssueNoticeInput } from '../notices/notice.inputs.js';
import type { NoticesService } from '../notices/notices.service.js';
import { COMPLEX_WORKING_DAYS, workingDaysAfter, type WorkCalendar } from '../tickets/deadline.rules.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { readableUnits } from '../units/unit.rules.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Visit, type StoredReading } from './visit.entity.js';
import { PlanVisitInput, ReadingInput, RecordVisitInput } from './visit.inputs.js';
import {
  belowStandard,
  LIVING_ROOM_STANDARD_CELSIUS,
  nextVisitStatus,
  READING_RANGE,
  readsVisit,
  VISITORS,
  VisitAction,
  VisitOutcome,
  VisitStatus,
  visitRefusal,
} from './visits.rules.js';

const DAY_MS = 86_400_000;
/** The longest range `visits(from, to)` lists, as the figures' periods. */
export const MAX_VISIT_RANGE_DAYS = 200;

/** Site supervision visits (现场督查): planned, under way, done with findings and readings, or cancelled. */
export class VisitsService {
  constructor(
    private readonly events: EventLog,
    private readonly places: PlaceDirectory,
    private readonly notices: NoticesService,
    private readonly calendar: WorkCalendar,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A supervisor or a leader plans a visit to a compound or a station, with its inspectors. */
  async plan({ em, viewer }: Caller, input: PlanVisitInput): Promise<Visit> {
    const v = requireUser(viewer, ...VISITORS);
    const i = await checkInput(Object.assign(new PlanVisitInput(), input));
    const place = await this.place(i.compoundId ?? null, i.stationId ?? null);
    if (!(i.at instanceof Date) || Number.isNaN(i.at.getTime())) throw badInput('at', 'must be an instant', 'format');
    const inspectorIds = await this.inspectors(em, i.inspectorIds);
    const ticketIds = await this.ticketIds(em, i.ticketIds ?? []);
    const now = this.now();
    let visit!: Visit;
    const seq = await em.fork().transactional(async (tx) => {
      visit = tx.create(Visit, {
        compound: place.compoundId ? tx.getReference(Compound, place.compoundId) : null,
        station: place.stationId ? tx.getReference(Station, place.stationId) : null,
        unit: tx.getReference(Unit, place.unitId),
        ticketIds,
        at: i.at,
        inspectorIds,
        status: VisitStatus.PLANNED,
        plannedBy: tx.getReference(User, v.userId),
        plannedByName: v.displayName,
        updatedAt: now,
      });
      await tx.flush();
      return this.append(tx, visit, v, TicketEventType.VISIT_PLANNED, now, {
        status: { from: null, to: VisitStatus.PLANNED },
        at: { from: null, to: i.at.toISOString() },
      });
    });
    this.events.committed(seq);
    return visit;
  }

  /** Who may go on a visit (a supervisor or a leader planning one picks from them): active, by name. */
  async inspectorsToPick({ em, viewer }: Caller): Promise<User[]> {
    requireUser(viewer, ...VISITORS);
    return em.find(
      User,
      { active: true, role: { $in: [...VISITORS] } },
      { orderBy: { displayName: 'asc', id: 'asc' } },
    );
  }

  /** An inspector is on site: the unit that runs the place sees the visit from now on. */
  start(caller: Caller, id: string): Promise<Visit> {
    return this.move(caller, id, VisitAction.START, async (_tx, now) => ({
      set: { startedAt: now },
      type: TicketEventType.VISIT_STARTED,
    }));
  }

  /**
   * An inspector records the findings and readings (each below 18 °C flagged); RECTIFY issues a
   * supervision notice to the unit that runs the place, in the same transaction.
   */
  async record(caller: Caller, id: string, input: RecordVisitInput): Promise<Visit> {
    const i = await checkInput(
      Object.assign(new RecordVisitInput(), input, {
        readings: (input.readings ?? []).map((r) => Object.assign(new ReadingInput(), r)),
      }),
    );
    const readings = i.readings.map(storedReading);
    const findings = i.findings.trim();
    return this.move(caller, id, VisitAction.RECORD, async (tx, now, actor, visit) => {
      const low = readings.filter((r) => belowStandard(r.celsius));
      let noticeSeq: number | null = null;
      let noticeId: number | null = null;
      if (i.outcome === VisitOutcome.RECTIFY) {
        const rectifyBy = i.rectifyBy ?? workingDaysAfter(now, COMPLEX_WORKING_DAYS, this.calendar);
        if (!(rectifyBy instanceof Date) || Number.isNaN(rectifyBy.getTime()) || rectifyBy <= now)
          throw badInput('rectifyBy', 'must be later than now', 'outOfRange');
        const issued = await this.notices.issueIn(
          tx,
          actor,
          await this.notices.checked(
            Object.assign(new IssueNoticeInput(), {
              unitId: visit.unit.id,
              subject: `现场督查整改：${await this.placeName(tx, visit)}`,
              requirement: requirementOf(findings, low),
              dueAt: rectifyBy,
              ticketIds: visit.ticketIds.map(String),
              compoundId: visit.compound?.id ?? null,
            }),
          ),
          { visitId: visit.id },
        );
        noticeSeq = issued.seq;
        noticeId = issued.notice.id;
      }
      return {
        set: { recordedAt: now, recordedByName: actor.displayName, findings, readings, outcome: i.outcome, noticeId },
        type: TicketEventType.VISIT_RECORDED,
        changes: {
          outcome: { from: null, to: i.outcome },
          readings: { from: null, to: readings.length },
          belowStandard: { from: null, to: low.length },
          ...(noticeId !== null ? { noticeId: { from: null, to: noticeId } } : {}),
        },
        after: noticeSeq,
      };
    });
  }

  /** A supervisor or a leader calls it off, with the reason. */
  cancel(caller: Caller, id: string, reason: string): Promise<Visit> {
    const why = text('reason', reason, 1000);
    if (!why) throw badInput('reason', 'must not be blank', 'required');
    return this.move(caller, id, VisitAction.CANCEL, async (_tx, now) => ({
      set: { cancelledAt: now, cancelReason: why },
      type: TicketEventType.VISIT_CANCELLED,
      note: why,
    }));
  }

  /** The visits planned in [from, to) the viewer reads, by time. */
  async list(
    { em, viewer }: Caller,
    { from, to, status }: { from: Date; to: Date; status?: VisitStatus | null },
  ): Promise<Visit[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const where: FilterQuery<Visit> = { at: this.range(from, to) };
    if (status) where.status = status;
    const units = readableUnits(viewer);
    if (units !== null) Object.assign(where, { unit: { $in: [...units] }, startedAt: { $ne: null } });
    return em.find(Visit, where, { orderBy: { at: 'asc', id: 'asc' }, limit: 500 });
  }

  /** How many visits were done (recorded) in [from, to): what the assessment counts. */
  async doneBetween({ em, viewer }: Caller, from: Date, to: Date): Promise<number> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const where: FilterQuery<Visit> = { status: VisitStatus.DONE, recordedAt: this.range(from, to) };
    const units = readableUnits(viewer);
    if (units !== null) where.unit = { $in: [...units] };
    return em.count(Visit, where);
  }

  async get({ em, viewer }: Caller, id: string): Promise<Visit> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const visit = await em.findOne(Visit, { id: parseIntId(id) });
    if (!visit || !readsVisit(viewer, { unitId: visit.unit.id, startedAt: visit.startedAt ?? null }))
      throw notFound('visit', id);
    return visit;
  }

  /** The notice a visit issued, when the viewer reads it. */
  async noticeOf({ em, viewer }: Caller, visit: Visit): Promise<Notice | null> {
    if (visit.noticeId == null) return null;
    return this.notices.get({ em, viewer }, String(visit.noticeId)).catch(() => null);
  }

  private range(from: Date, to: Date) {
    if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw badInput('from', 'must be an instant', 'format');
    if (!(to instanceof Date) || Number.isNaN(to.getTime()) || to <= from)
      throw badInput('to', 'must be later than from', 'outOfRange');
    if (to.getTime() - from.getTime() > MAX_VISIT_RANGE_DAYS * DAY_MS)
      throw badInput('to', `must be at most ${MAX_VISIT_RANGE_DAYS} days after from`, 'outOfRange', {
        max: MAX_VISIT_RANGE_DAYS,
      });
    return { $gte: from, $lt: to };
  }

  /**
   * One step of a visit: the rules, then a conditional update on the status read (one of two
   * concurrent steps wins), its event, and whatever the step writes, in one transaction.
   */
  private async move(
    { em, viewer }: Caller,
    id: string,
    action: VisitAction,
    step: (
      tx: EntityManager,
      now: Date,
      actor: UserViewer,
      visit: Visit,
    ) => Promise<{
      set: Partial<Visit>;
      type: TicketEventType;
      note?: string | null;
      changes?: FieldChanges;
      after?: number | null;
    }>,
  ): Promise<Visit> {
    const v = requireUser(viewer);
    const visit = await em.findOne(Visit, { id: parseIntId(id) });
    if (!visit || !readsVisit(v, { unitId: visit.unit.id, startedAt: visit.startedAt ?? null }))
      throw notFound('visit', id);
    const refusal = visitRefusal(v, action, visit);
    if (refusal) throw refusal;
    const from = visit.status;
    const to = nextVisitStatus(action, from);
    const now = this.now();
    // A clean unit of work: the request's would flush its copy of the visit over the update.
    const seq = await em.fork().transactional(async (tx) => {
      // The visit's row first, then whatever the step writes: one lock order whatever the outcome.
      const won = await tx.nativeUpdate(Visit, { id: visit.id, status: from }, { status: to, updatedAt: now });
      if (won === 0) {
        const current = await tx.findOneOrFail(Visit, { id: visit.id }, { refresh: true });
        nextVisitStatus(action, current.status);
      }
      const { set, type, note, changes, after } = await step(tx, now, v, visit);
      await tx.nativeUpdate(Visit, { id: visit.id }, set);
      // The unit learns of a visit once someone is there; one called off before that stays unannounced.
      const started = action !== VisitAction.CANCEL || visit.startedAt != null;
      const seq = await this.append(tx, visit, v, type, now, { status: { from, to }, ...changes }, note, started);
      return Math.max(seq, after ?? 0);
    });
    this.events.committed(seq);
    return em.findOneOrFail(Visit, { id: visit.id }, { refresh: true });
  }

  private async append(
    tx: EntityManager,
    visit: Visit,
    actor: UserViewer,
    type: TicketEventType,
    at: Date,
    changes: FieldChanges,
    note: string | null = null,
    announced = type !== TicketEventType.VISIT_PLANNED,
  ): Promise<number> {
    const e = await this.events.append(tx, {
      ticket: null,
      // A room event with no unit reaches only readers of every unit: the place's unit is not told of a plan.
      unitId: announced ? visit.unit.id : null,
      subjectId: String(visit.id),
      type,
      actor: tx.getReference(User, actor.userId, { wrapped: true }),
      actorName: actor.displayName,
      at,
      changes,
      note,
    });
    return e.seq;
  }

  /** The place visited, exactly one of the two, and the unit that runs it (its station's operator). */
  private async place(
    compoundId: string | null,
    stationId: string | null,
  ): Promise<{ compoundId: string | null; stationId: string | null; unitId: string }> {
    if (!!compoundId === !!stationId) throw badInput('compoundId', 'give a compoundId or a stationId, one of them');
    if (compoundId) {
      const c = await this.places.compound(compoundId);
      if (!c) throw badInput('compoundId', `no compound ${compoundId}`, 'unknown');
      const routing = await this.places.routingCompound(compoundId);
      return { compoundId, stationId: null, unitId: routing!.stationOperatorId };
    }
    const s = await this.places.station(stationId!);
    if (!s) throw badInput('stationId', `no station ${stationId}`, 'unknown');
    return { compoundId: null, stationId: s.id, unitId: s.operatorUnit.id };
  }

  /** Read through the transaction: on SQLite another connection would wait for this one to end. */
  private async placeName(tx: EntityManager, visit: Visit): Promise<string> {
    const place = visit.compound
      ? await tx.findOne(Compound, { id: visit.compound.id })
      : await tx.findOne(Station, { id: visit.station!.id });
    return place?.name ?? '';
  }

  /** The inspectors named: active supervisors or leaders, without repeats. */
  private async inspectors(em: EntityManager, ids: readonly string[]): Promise<number[]> {
    const wanted = [...new Set(ids.map((id) => parseIntId(id, 'inspectorIds')))];
    const users = await em.find(User, { id: { $in: wanted } });
    for (const id of wanted) {
      const u = users.find((x) => x.id === id);
      if (!u || !u.active || !VISITORS.includes(u.role))
        throw badInput('inspectorIds', `user ${id} is not an active supervisor or leader`, 'unknown');
    }
    return wanted;
  }

  private async ticketIds(em: EntityManager, ids: readonly string[]): Promise<number[]> {
    const wanted = [...new Set(ids.map((id) => parseIntId(id, 'ticketIds')))];
    if (wanted.length === 0) return [];
    const found = new Set((await em.find(Ticket, { id: { $in: wanted } }, { fields: ['id'] })).map((t) => t.id));
    const missing = wanted.find((id) => !found.has(id));
    if (missing !== undefined) throw badInput('ticketIds', `no ticket ${missing}`, 'unknown');
    return wanted;
  }
}

function storedReading(r: ReadingInput, index: number): StoredReading {
  const field = `readings.${index}`;
  if (!Number.isFinite(r.celsius) || r.celsius < READING_RANGE.min || r.celsius > READING_RANGE.max)
    throw badInput(`${field}.celsius`, `must be ${READING_RANGE.min} to ${READING_RANGE.max} °C`, 'outOfRange', {
      ...READING_RANGE,
    });
  if (!(r.at instanceof Date) || Number.isNaN(r.at.getTime()))
    throw badInput(`${field}.at`, 'must be an instant', 'format');
  return { place: r.place.trim(), celsius: r.celsius, at: r.at.toISOString() };
}

/** The notice's requirement: what was found, and each reading below the standard. */
function requirementOf(findings: string, low: readonly StoredReading[]): string {
  const lines = low.map((r) => `${r.place}：${r.celsius} °C（低于 ${LIVING_ROOM_STANDARD_CELSIUS} °C）`);
  const text = [findings, ...(lines.length ? ['', '室温不达标：', ...lines] : [])].join('\n');
  return text.slice(0, 4000);
}
