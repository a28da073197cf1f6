import { Notice } from '../notices/notice.entity.js';
import { OWED_STATUSES } from '../notices/notices.rules.js';
import { raw, type QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader } from '../auth/viewer.js';
import { TicketEvent, TicketEventType } from '../audit/ticket-event.entity.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { OPEN_STATUSES, Satisfaction, TicketStatus } from '../tickets/ticket.enums.js';
import { Unit, UnitKind } from '../units/unit.entity.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';
import { resolvePeriod, SATISFACTION_FIGURE, tally, type Count, type Figures, type Period } from './stats.rules.js';

export interface PeriodQuery {
  day?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface RoomFigures {
  period: Period;
  total: Figures;
  units: Array<{ unit: Unit; figures: Figures }>;
}

type Row = { unit_id: string | null; n: number | string } & Record<string, unknown>;

/**
 * The wall's figures, computed by the database from the tickets and the audit log, so every screen
 * (opened before or after the calls, on any instance) shows the same numbers. A unit's staff get
 * their unit's figures only, by the same rule as their ticket lists.
 */
export class StatsService {
  constructor(
    private readonly timeZone: string,
    private readonly places: PlaceDirectory,
  ) {}

  async figures({ em, viewer }: Caller, q: PeriodQuery | null | undefined, now = new Date()): Promise<RoomFigures> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const period = resolvePeriod(q, now, this.timeZone);
    const units = readableUnits(viewer);
    const mine: QBFilterQuery<Ticket> = units === null ? {} : { unit: { $in: [...units] } };
    const during = { $gte: period.from, $lt: period.to };
    const k = em as EntityManager;

    const openNow = { ...mine, status: { $in: [...OPEN_STATUSES] } };
    const [calls, open, overdue, resolved, replied, closed, overdueNotices] = await Promise.all([
      this.grouped(k, { ...mine, receivedAt: during }),
      this.grouped(k, openNow, ['status']),
      this.grouped(k, { ...openNow, dueAt: { $lt: now }, pausedAt: null }),
      this.resolvedIn(k, period, units),
      this.grouped(k, { ...mine, repliedAt: during, satisfaction: { $ne: null } }, ['satisfaction']),
      this.grouped(k, { ...mine, closedAt: during }, ['answeredOnCall']),
      this.overdueNotices(k, units, now),
    ]);
    const counts: Count[] = [
      ...calls.map((r) => count('calls', r)),
      ...open.flatMap((r) => {
        const claimed = r.status === TicketStatus.CLAIMED || r.status === TicketStatus.ON_SITE;
        return claimed ? [count('open', r), count('claimed', r)] : [count('open', r)];
      }),
      ...overdue.map((r) => count('overdue', r)),
      ...resolved.map((r) => count('resolved', r)),
      ...replied.flatMap((r) => [count('replied', r), count(SATISFACTION_FIGURE[r.satisfaction as Satisfaction], r)]),
      ...closed.map((r) => count(truthy(r.answered_on_call) ? 'answeredOnCall' : 'closed', r)),
      ...overdueNotices.map((r) => count('overdueNotices', r)),
    ];
    const known = [...(await this.places.get()).units.values()].filter(
      (u) => u.kind !== UnitKind.DESK && readsUnit(units, u.id),
    );
    const { total, units: perUnit } = tally(
      counts,
      known.map((u) => u.id),
    );
    return { period, total, units: known.map((unit) => ({ unit, figures: perUnit.get(unit.id)! })) };
  }

  /** Tickets matching `where`, counted per unit (and per the extra columns). */
  private grouped(em: EntityManager, where: QBFilterQuery<Ticket>, extra: string[] = []) {
    const columns = extra.map((c) => `t.${c}`);
    return em
      .createQueryBuilder(Ticket, 't')
      .select(['t.unit', ...columns, raw('count(*) as n')])
      .where(where)
      .groupBy(['t.unit', ...columns])
      .execute<Row[]>('all', false);
  }

  /** Supervision notices a unit still owes past their deadline, per unit: the wall escalates them. */
  private overdueNotices(em: EntityManager, units: readonly string[] | null, now: Date) {
    return em
      .createQueryBuilder(Notice, 'n')
      .select(['n.unit', raw('count(*) as n')])
      .where({
        status: { $in: [...OWED_STATUSES] },
        dueAt: { $lt: now },
        ...(units === null ? {} : { unit: { $in: [...units] } }),
      })
      .groupBy('n.unit')
      .execute<Row[]>('all', false);
  }

  /** Tickets with a TICKET_RESOLVED event in the period, once each however often they were resolved. */
  private resolvedIn(em: EntityManager, p: Period, units: readonly string[] | null) {
    return em
      .createQueryBuilder(TicketEvent, 'e')
      .select([raw('t.unit_id as unit_id'), raw('count(distinct e.ticket_id) as n')])
      .join('e.ticket', 't')
      .where({
        type: TicketEventType.TICKET_RESOLVED,
        at: { $gte: p.from, $lt: p.to },
        ...(units === null ? {} : { ticket: { unit: { $in: [...units] } } }),
      })
      .groupBy(raw('t.unit_id'))
      .execute<Row[]>('all', false);
  }
}

function count(figure: Count['figure'], r: Row): Count {
  return { figure, unitId: r.unit_id ?? null, n: Number(r.n) };
}

function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 't';
}
