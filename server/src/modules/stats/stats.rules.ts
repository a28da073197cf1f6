import { DateTime } from 'luxon';
import { badInput } from '../../errors.js';
import { Satisfaction } from '../tickets/ticket.enums.js';

/** A half-open interval of time [from, to). */
export interface Period {
  from: Date;
  to: Date;
}

/** The longest period a caller may ask figures for: a heating season and a little. */
export const MAX_PERIOD_DAYS = 200;

/**
 * The period figures are asked for: a calendar day of the city (YYYY-MM-DD), an explicit range,
 * or, with neither, today in the city's zone (whatever the server's or the screen's zone is).
 */
export function resolvePeriod(
  q: { day?: string | null; from?: Date | null; to?: Date | null } | null | undefined,
  now: Date,
  timeZone: string,
): Period {
  if (q?.day && (q.from || q.to)) throw badInput('period', 'give a day or a range, not both');
  if (q?.from || q?.to) {
    if (!q.from || !q.to) throw badInput('period', 'a range needs both from and to');
    if (Number.isNaN(q.from.getTime()) || Number.isNaN(q.to.getTime())) throw badInput('period', 'is not a valid time');
    if (q.to.getTime() <= q.from.getTime()) throw badInput('period.to', 'must be after from');
    if (q.to.getTime() - q.from.getTime() > MAX_PERIOD_DAYS * 86_400_000)
      throw badInput('period', `must be at most ${MAX_PERIOD_DAYS} days`, 'outOfRange', { max: MAX_PERIOD_DAYS });
    return { from: q.from, to: q.to };
  }
  const day = q?.day
    ? DateTime.fromISO(q.day, { zone: timeZone })
    : DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  if (!day.isValid || (q?.day && !/^\d{4}-\d{2}-\d{2}$/.test(q.day)))
    throw badInput('period.day', 'must be a date, YYYY-MM-DD', 'format');
  return { from: day.startOf('day').toJSDate(), to: day.startOf('day').plus({ days: 1 }).toJSDate() };
}

/** The figures of the wall, for the whole room or one unit. */
export interface Figures {
  /** Calls received in the period. */
  calls: number;
  /** Open now (registered, transferred, claimed or on site), whenever received. */
  open: number;
  /** Claimed or on site now. */
  claimed: number;
  /** Open now and past their deadline. */
  overdue: number;
  /** Supervision notices the unit still owes (issued or acknowledged) past their deadline. */
  overdueNotices: number;
  /** Tickets resolved (办结) in the period, whatever became of them since. */
  resolved: number;
  /** Tickets whose callback (回访) was recorded in the period. */
  replied: number;
  /** Tickets closed (结案) in the period after a callback; calls answered on the call are counted apart. */
  closed: number;
  /** Consultations and thank-you calls the desk answered on the call in the period (closed at once). */
  answeredOnCall: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  /** (satisfied + basically satisfied) / answered callbacks, 0..1; null with no callback yet. */
  satisfaction: number | null;
}

export const emptyFigures = (): Figures => ({
  calls: 0,
  open: 0,
  claimed: 0,
  overdue: 0,
  overdueNotices: 0,
  resolved: 0,
  replied: 0,
  closed: 0,
  answeredOnCall: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  unsatisfied: 0,
  satisfaction: null,
});

/** One grouped count from the database: which figure, for which unit (null: at the desk), how many. */
export interface Count {
  figure: Exclude<keyof Figures, 'satisfaction'>;
  unitId: string | null;
  n: number;
}

export const SATISFACTION_FIGURE: Record<Satisfaction, Count['figure']> = {
  [Satisfaction.SATISFIED]: 'satisfied',
  [Satisfaction.BASICALLY_SATISFIED]: 'basicallySatisfied',
  [Satisfaction.UNSATISFIED]: 'unsatisfied',
};

/** The room's figures and each unit's, from grouped counts; every listed unit appears, with zeros if need be. */
export function tally(
  counts: readonly Count[],
  unitIds: readonly string[],
): { total: Figures; units: Map<string, Figures> } {
  const total = emptyFigures();
  const units = new Map(unitIds.map((id) => [id, emptyFigures()]));
  for (const c of counts) {
    total[c.figure] += c.n;
    if (c.unitId !== null) {
      const u = units.get(c.unitId) ?? emptyFigures();
      u[c.figure] += c.n;
      units.set(c.unitId, u);
    }
  }
  for (const f of [total, ...units.values()]) f.satisfaction = satisfactionRate(f);
  return { total, units };
}

export function satisfactionRate(f: Pick<Figures, 'satisfied' | 'basicallySatisfied' | 'unsatisfied'>): number | null {
  const answered = f.satisfied + f.basicallySatisfied + f.unsatisfied;
  return answered === 0 ? null : (f.satisfied + f.basicallySatisfied) / answered;
}
