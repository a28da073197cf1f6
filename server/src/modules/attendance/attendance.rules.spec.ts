import { describe, expect, it } from 'vitest';
import { AttendanceStatus, attendanceOf, dayOf, isStartTime, type Shift } from './attendance.rules.js';

const TZ = 'Asia/Shanghai';
// Monday 2026-11-30 in Pingdu.
const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);
const shifts: Shift[] = [
  { unitId: 'unit-jinquan', weekdays: [1, 2, 3, 4, 5, 6, 7], startsAt: '08:00' },
  { unitId: 'unit-price', weekdays: [1, 2, 3, 4, 5], startsAt: '09:00' },
  { unitId: 'unit-weekend', weekdays: [6, 7], startsAt: '08:00' },
];
const signIn = (unitId: string, hhmm: string, out: string | null = null, officerName = '值班员') => ({
  unitId,
  officerName,
  signedInAt: at(hhmm),
  signedOutAt: out ? at(out) : null,
});

describe('attendance against the duty roster', () => {
  it('reads present, late, absent and expected by the start time in the city’s zone', () => {
    const day = attendanceOf(shifts, [signIn('unit-jinquan', '07:55')], '2026-11-30', at('08:30'), TZ);
    expect(day.map((d) => [d.unitId, d.status])).toEqual([
      ['unit-jinquan', AttendanceStatus.PRESENT],
      ['unit-price', AttendanceStatus.EXPECTED],
    ]);
    const later = attendanceOf(shifts, [signIn('unit-price', '09:20')], '2026-11-30', at('10:00'), TZ);
    expect(later.map((d) => [d.unitId, d.status])).toEqual([
      ['unit-jinquan', AttendanceStatus.ABSENT],
      ['unit-price', AttendanceStatus.LATE],
    ]);
    expect(later[1]!.expectedAt).toEqual(at('09:00'));
  });

  it('keeps a unit in the room while any of its officers is, and says who', () => {
    const facts = [signIn('unit-jinquan', '07:50', '12:00', '王'), signIn('unit-jinquan', '08:10', null, '李')];
    const [jinquan] = attendanceOf(shifts, facts, '2026-11-30', at('13:00'), TZ);
    expect(jinquan).toMatchObject({ status: AttendanceStatus.PRESENT, officers: ['李'], signedInAt: at('07:50') });
    const gone = attendanceOf(shifts, [signIn('unit-jinquan', '07:50', '12:00')], '2026-11-30', at('13:00'), TZ);
    expect(gone[0]!.status).toBe(AttendanceStatus.LEFT);
  });

  it('lists a unit that signed in without a shift that day, off the roster', () => {
    const day = attendanceOf(shifts, [signIn('unit-weekend', '10:00')], '2026-11-30', at('11:00'), TZ);
    expect(day.find((d) => d.unitId === 'unit-weekend')).toMatchObject({
      status: AttendanceStatus.PRESENT,
      onRoster: false,
      expectedAt: null,
    });
  });

  it('names the local day and checks start times', () => {
    // 23:30 UTC on the 29th is already the 30th in Pingdu.
    expect(dayOf(new Date('2026-11-29T23:30:00Z'), TZ)).toBe('2026-11-30');
    expect(['08:00', '23:59'].map(isStartTime)).toEqual([true, true]);
    expect(['8:00', '24:00', '08:60', '0800'].map(isStartTime)).toEqual([false, false, false, false]);
  });
});
