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
