import { describe, expect, it } from 'vitest';
import {
  addWorkingMs,
  dueAt,
  isWorkingDay,
  localDayKey,
  shiftedDeadline,
  workingDaysAfter,
  workingMsBetween,
  type WorkCalendar,
} from './deadline.rules.js';
import { Complexity } from './ticket.enums.js';
import { DateTime } from 'luxon';

const cal: WorkCalendar = {
  timeZone: 'Asia/Shanghai',
  workdayStart: '08:30',
  workdayEnd: '17:30',
  holidays: ['2010-01-01', '2009-10-01', '2009-10-02', '2009-10-05', '2009-10-06', '2009-10-07', '2009-10-08'],
  makeupDays: ['2009-09-27', '2009-10-10'],
};
// Shanghai is UTC+8 all year (no daylight saving), so local 17:30 is 09:30Z.
const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toJSDate();

describe('deadline calendar', () => {
  it('gives a general issue until the end of the day it was received, in Shanghai', () => {
    expect(dueAt(Complexity.GENERAL, local('2009-11-16T09:15'), cal).toISOString()).toBe('2009-11-16T15:59:59.999Z');
    // 23:30 UTC on the 15th is already the 16th in Shanghai.
    expect(dueAt(Complexity.GENERAL, new Date('2009-11-15T23:30:00Z'), cal).toISOString()).toBe(
      '2009-11-16T15:59:59.999Z',
    );
  });

  it('gives a complex issue received on a Monday until Thursday 17:30', () => {
    expect(dueAt(Complexity.COMPLEX, local('2009-11-16T10:00'), cal).toISOString()).toBe('2009-11-19T09:30:00.000Z');
  });

  it('skips the weekend: Thursday and Friday calls are due on Tuesday and Wednesday', () => {
    expect(dueAt(Complexity.COMPLEX, local('2009-11-19T10:00'), cal).toISOString()).toBe('2009-11-24T09:30:00.000Z');
    expect(dueAt(Complexity.COMPLEX, local('2009-11-20T16:00'), cal).toISOString()).toBe('2009-11-25T09:30:00.000Z');
  });

  it('counts from the next working day when received on a weekend', () => {
    expect(dueAt(Complexity.COMPLEX, local('2009-11-21T11:00'), cal).toISOString()).toBe('2009-11-25T09:30:00.000Z');
  });

  it('skips holidays and counts make-up working days', () => {
    // Received Wed 30 Sep 2009: 1-2 Oct holiday, 3-4 weekend, 5-8 holiday, 9 Fri, 10 Sat make-up, 11 Sun, 12 Mon.
    expect(dueAt(Complexity.COMPLEX, local('2009-09-30T12:00'), cal).toISOString()).toBe('2009-10-12T09:30:00.000Z');
    expect(isWorkingDay(DateTime.fromISO('2009-09-27', { zone: cal.timeZone }), cal)).toBe(true);
    expect(isWorkingDay(DateTime.fromISO('2010-01-01', { zone: cal.timeZone }), cal)).toBe(false);
    // Received on New Year's Eve 2009 (Thu): 1 Jan holiday, weekend, then Mon 4, Tue 5, Wed 6.
    expect(dueAt(Complexity.COMPLEX, local('2009-12-31T12:00'), cal).toISOString()).toBe('2010-01-06T09:30:00.000Z');
  });

  it('uses the configured end of the working day', () => {
    const late = { ...cal, workdayEnd: '18:00' };
    expect(dueAt(Complexity.COMPLEX, local('2009-11-16T10:00'), late).toISOString()).toBe('2009-11-19T10:00:00.000Z');
  });

  it('does not depend on the server time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(dueAt(Complexity.GENERAL, local('2009-11-16T23:59'), cal).toISOString()).toBe('2009-11-16T15:59:59.999Z');
      expect(localDayKey(new Date('2009-11-16T16:00:00Z'), cal.timeZone)).toBe('20091117');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('working time', () => {
  const hours = (h: number) => h * 3_600_000;
  const at = (iso: string) => local(iso).toISOString();

  it('counts only the working hours of working days between two instants', () => {
    // Friday 16:30 to Monday 09:30: an hour on Friday, an hour on Monday.
    expect(workingMsBetween(local('2009-11-20T16:30'), local('2009-11-23T09:30'), cal)).toBe(hours(2));
    // A whole weekend, and a night, count nothing.
    expect(workingMsBetween(local('2009-11-21T08:00'), local('2009-11-22T20:00'), cal)).toBe(0);
    expect(workingMsBetween(local('2009-11-16T18:00'), local('2009-11-17T08:00'), cal)).toBe(0);
    // The National Day holidays count nothing; the make-up Saturday counts a full day.
    expect(workingMsBetween(local('2009-09-30T17:30'), local('2009-10-11T12:00'), cal)).toBe(hours(18));
  });

  it('adds working time from the next working hour, skipping nights, weekends and holidays', () => {
    expect(addWorkingMs(local('2009-11-20T17:30'), hours(2), cal).toISOString()).toBe(at('2009-11-23T10:30'));
    expect(addWorkingMs(local('2009-11-16T12:00'), hours(1), cal).toISOString()).toBe(at('2009-11-16T13:00'));
    expect(addWorkingMs(local('2009-11-16T23:59'), hours(9), cal).toISOString()).toBe(at('2009-11-17T17:30'));
    expect(addWorkingMs(local('2009-09-30T17:30'), hours(1), cal).toISOString()).toBe(at('2009-10-09T09:30'));
  });

  it('moves a general deadline by the time paused, a complex one by the working time paused', () => {
    const paused = local('2009-11-20T16:30');
    const resumed = local('2009-11-23T09:30');
    const general = dueAt(Complexity.GENERAL, local('2009-11-20T09:00'), cal);
    expect(shiftedDeadline(Complexity.GENERAL, general, paused, resumed, cal).getTime()).toBe(
      general.getTime() + resumed.getTime() - paused.getTime(),
    );
    // Due Wednesday 17:30; two working hours paused: due Thursday 10:30.
    const complex = local('2009-11-25T17:30');
    expect(shiftedDeadline(Complexity.COMPLEX, complex, paused, resumed, cal).toISOString()).toBe(
      at('2009-11-26T10:30'),
    );
    // Paused over the holidays only: the complex deadline does not move.
    const holiday = local('2009-10-12T17:30');
    expect(
      shiftedDeadline(
        Complexity.COMPLEX,
        holiday,
        local('2009-10-01T09:00'),
        local('2009-10-08T18:00'),
        cal,
      ).toISOString(),
    ).toBe(holiday.toISOString());
  });

  it('names the end of the working day a number of working days later', () => {
    expect(workingDaysAfter(local('2009-11-19T17:30'), 10, cal).toISOString()).toBe(at('2009-12-03T17:30'));
    expect(workingDaysAfter(local('2009-09-30T17:30'), 2, cal).toISOString()).toBe(at('2009-10-10T17:30'));
  });
});
