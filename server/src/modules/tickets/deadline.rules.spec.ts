import { describe, expect, it } from 'vitest';
import { dueAt, isWorkingDay, localDayKey, type WorkCalendar } from './deadline.rules.js';
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
