import { DateTime } from 'luxon';

/** How a unit stands in the room on a day, against its duty shift. */
export enum AttendanceStatus {
  /** Signed in by its start time (or signed in, with no shift that day), and still in the room. */
  PRESENT = 'PRESENT',
  /** Signed in after its start time, and still in the room. */
  LATE = 'LATE',
  /** Its start time has passed and nobody of the unit signed in. */
  ABSENT = 'ABSENT',
  /** On duty later today; not yet due. */
  EXPECTED = 'EXPECTED',
  /** Signed in today, and everyone has signed out since. */
  LEFT = 'LEFT',
}

/** A unit's duty in the room: the ISO weekdays (1 Monday … 7 Sunday) and the local start time. */
export interface Shift {
  unitId: string;
  weekdays: readonly number[];
  startsAt: string;
}

export interface SignInFact {
  unitId: string;
  officerName: string;
  signedInAt: Date;
  signedOutAt: Date | null;
}

export interface UnitDay {
  unitId: string;
  status: AttendanceStatus;
  onRoster: boolean;
  /** When the unit is due in the room that day; null when it has no shift that day. */
  expectedAt: Date | null;
  /** Its first sign-in that day. */
  signedInAt: Date | null;
  /** Who of the unit is in the room now. */
  officers: string[];
}

const START = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether `startsAt` is a local time of day as a shift names it (HH:mm, 24 h). */
export const isStartTime = (startsAt: string) => START.test(startsAt);

/** The local day (yyyy-MM-dd) of an instant in the city's zone. */
export function dayOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/**
 * Every unit on duty on `day` or signed in that day, in roster order, then the others by id: how
 * it stands at `now` (a day in the past reads as it ended).
 */
export function attendanceOf(
  shifts: readonly Shift[],
  signIns: readonly SignInFact[],
  day: string,
  now: Date,
  timeZone: string,
): UnitDay[] {
  const date = DateTime.fromISO(day, { zone: timeZone });
  const onDuty = shifts.filter((s) => s.weekdays.includes(date.weekday));
  const units = [...new Set([...onDuty.map((s) => s.unitId), ...signIns.map((s) => s.unitId).sort()])];
  return units.map((unitId) => {
    const shift = onDuty.find((s) => s.unitId === unitId);
    const expectedAt = shift ? startOf(date, shift.startsAt).toJSDate() : null;
    const mine = signIns.filter((s) => s.unitId === unitId);
    const first = mine.reduce<Date | null>((a, s) => (a && a <= s.signedInAt ? a : s.signedInAt), null);
    const officers = mine.filter((s) => s.signedOutAt === null).map((s) => s.officerName);
    const status =
      officers.length > 0
        ? expectedAt && first! > expectedAt
          ? AttendanceStatus.LATE
          : AttendanceStatus.PRESENT
        : first
          ? AttendanceStatus.LEFT
          : expectedAt && now >= expectedAt
            ? AttendanceStatus.ABSENT
            : AttendanceStatus.EXPECTED;
    return { unitId, status, onRoster: !!shift, expectedAt, signedInAt: first, officers };
  });
}

function startOf(date: DateTime, startsAt: string): DateTime {
  const [hour, minute] = startsAt.split(':').map(Number);
  return date.set({ hour, minute, second: 0, millisecond: 0 });
}
