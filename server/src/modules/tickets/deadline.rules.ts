import { DateTime } from 'luxon';
import { Complexity } from './ticket.enums.js';

export interface WorkCalendar {
  timeZone: string;
  /** 'HH:MM' in the calendar's zone. */
  workdayStart: string;
  workdayEnd: string;
  /** ISO dates (YYYY-MM-DD) that are days off although they fall on a weekday. */
  holidays: readonly string[];
  /** ISO dates of weekend days that are worked (调休). */
  makeupDays: readonly string[];
}

/** How many working days after the day of receipt a complex issue has. */
export const COMPLEX_WORKING_DAYS = 3;

export function isWorkingDay(day: DateTime, cal: WorkCalendar): boolean {
  const iso = day.toISODate() ?? '';
  if (cal.makeupDays.includes(iso)) return true;
  if (cal.holidays.includes(iso)) return false;
  return day.weekday <= 5;
}

function at(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * When a ticket must be resolved: a general issue by the end of the day it was received;
 * a complex one by the end of the working day of the third working day after that day.
 * Computed in the calendar's zone, whatever the server's zone is.
 */
export function dueAt(complexity: Complexity, receivedAt: Date, cal: WorkCalendar): Date {
  const received = DateTime.fromJSDate(receivedAt, { zone: cal.timeZone });
  if (complexity === Complexity.GENERAL) return received.endOf('day').toJSDate();
  let day = received.startOf('day');
  for (let counted = 0; counted < COMPLEX_WORKING_DAYS;) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, cal)) counted += 1;
  }
  return at(day, cal.workdayEnd).toJSDate();
}

/** The calendar day (YYYYMMDD) in the calendar's zone, as used in ticket numbers. */
export function localDayKey(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyyLLdd');
}

/** The working hours of `day` as instants: [start, end]. */
function workingWindow(day: DateTime, cal: WorkCalendar): [DateTime, DateTime] {
  return [at(day, cal.workdayStart), at(day, cal.workdayEnd)];
}

/** Walks the days from `from`'s to `to`'s, in the calendar's zone (bounded: a few years at most). */
function* daysBetween(from: DateTime, to: DateTime): Generator<DateTime> {
  let day = from.startOf('day');
  for (let n = 0; day <= to && n < 5_000; n++, day = day.plus({ days: 1 })) yield day;
}

/** How much working time (working days, working hours) lies between two instants, in ms. */
export function workingMsBetween(from: Date, to: Date, cal: WorkCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  const a = DateTime.fromJSDate(from, { zone: cal.timeZone });
  const b = DateTime.fromJSDate(to, { zone: cal.timeZone });
  let ms = 0;
  for (const day of daysBetween(a, b)) {
    if (!isWorkingDay(day, cal)) continue;
    const [start, end] = workingWindow(day, cal);
    const lo = Math.max(start.toMillis(), a.toMillis());
    const hi = Math.min(end.toMillis(), b.toMillis());
    if (hi > lo) ms += hi - lo;
  }
  return ms;
}

/** The instant `ms` of working time after `from` (from the next working hour when `from` is outside them). */
export function addWorkingMs(from: Date, ms: number, cal: WorkCalendar): Date {
  if (ms <= 0) return from;
  let cursor = DateTime.fromJSDate(from, { zone: cal.timeZone });
  let left = ms;
  for (let n = 0; n < 5_000; n++) {
    if (isWorkingDay(cursor, cal)) {
      const [start, end] = workingWindow(cursor, cal);
      const lo = cursor > start ? cursor : start;
      const available = end.toMillis() - lo.toMillis();
      if (available >= left) return lo.plus({ milliseconds: left }).toJSDate();
      if (available > 0) left -= available;
    }
    cursor = cursor.startOf('day').plus({ days: 1 });
  }
  throw new Error('no working time within 5,000 days: check HEATLINE_HOLIDAYS');
}

/**
 * Where a deadline moves after the clock was stopped from `pausedAt` to `resumedAt`: a general
 * issue (due the same day, by the clock) by the time paused; a complex one (due in working days)
 * by the working time paused, so a weekend or a holiday in the pause moves it by nothing.
 */
export function shiftedDeadline(
  complexity: Complexity,
  due: Date,
  pausedAt: Date,
  resumedAt: Date,
  cal: WorkCalendar,
): Date {
  if (complexity === Complexity.GENERAL)
    return new Date(due.getTime() + Math.max(0, resumedAt.getTime() - pausedAt.getTime()));
  return addWorkingMs(due, workingMsBetween(pausedAt, resumedAt, cal), cal);
}

/** The end of the working day `days` working days after `from`'s day: the latest an extension may reach. */
export function workingDaysAfter(from: Date, days: number, cal: WorkCalendar): Date {
  let day = DateTime.fromJSDate(from, { zone: cal.timeZone }).startOf('day');
  for (let counted = 0; counted < days;) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, cal)) counted += 1;
  }
  return at(day, cal.workdayEnd).toJSDate();
}
