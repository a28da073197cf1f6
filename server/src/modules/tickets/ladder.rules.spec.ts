import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import {
  checkExtension,
  DEFAULT_LADDER,
  dueForProposal,
  dueForReminder,
  proposeAt,
  remindAt,
  urgedStep,
  type LadderState,
} from './ladder.rules.js';
import { CALENDAR } from './ticket-services.fixture.js';
import { Escalation, TicketStatus } from './ticket.enums.js';

const cal = { ...CALENDAR, holidays: ['2009-11-26'] };
const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toJSDate();
const E = Escalation;

function ladder(over: Partial<LadderState> = {}): LadderState {
  return {
    status: TicketStatus.CLAIMED,
    escalation: E.NONE,
    dueAt: local('2009-11-16T23:59:59.999'),
    remindAt: local('2009-11-16T18:00'),
    overdueAt: null,
    pausedAt: null,
    ...over,
  };
}

const refusedField = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code} ${String(e.details.field)}`;
    throw e;
  }
  return 'accepted';
};

describe('the reminder', () => {
  it('comes when the configured share of the time from start to deadline has passed', () => {
    const start = local('2009-11-16T08:00');
    const due = local('2009-11-16T16:00');
    expect(remindAt(start, due, 0.75).toISOString()).toBe(local('2009-11-16T14:00').toISOString());
    expect(remindAt(start, due, 0.5).toISOString()).toBe(local('2009-11-16T12:00').toISOString());
  });

  it('is due once its time has come, before the deadline, on the first step, with the clock running', () => {
    const now = local('2009-11-16T19:00');
    expect(dueForReminder(ladder(), now)).toBe(true);
    expect(dueForReminder(ladder(), local('2009-11-16T17:59'))).toBe(false);
    expect(dueForReminder(ladder({ escalation: E.REMINDED }), now)).toBe(false);
    expect(dueForReminder(ladder({ escalation: E.URGED }), now)).toBe(false);
    expect(dueForReminder(ladder({ pausedAt: local('2009-11-16T17:00') }), now)).toBe(false);
    expect(dueForReminder(ladder({ status: TicketStatus.REGISTERED }), now)).toBe(false);
    expect(dueForReminder(ladder({ status: TicketStatus.RESOLVED }), now)).toBe(false);
    // Past the deadline the ticket is urged instead.
    expect(dueForReminder(ladder(), local('2009-11-17T00:00'))).toBe(false);
  });
});

describe('the ladder', () => {
  it('urges to URGED from below, and never down from a meeting proposal', () => {
    expect(urgedStep(E.NONE)).toBe(E.URGED);
    expect(urgedStep(E.REMINDED)).toBe(E.URGED);
    expect(urgedStep(E.URGED)).toBe(E.URGED);
    expect(urgedStep(E.PROPOSED_FOR_MEETING)).toBe(E.PROPOSED_FOR_MEETING);
  });

  it('proposes for a meeting a working day (9 working hours) after the ticket went overdue', () => {
    // Overdue at midnight Monday: proposed at the end of Tuesday's working day.
    expect(proposeAt(local('2009-11-17T00:00'), DEFAULT_LADDER, cal).toISOString()).toBe(
      local('2009-11-17T17:30').toISOString(),
    );
    // Overdue Wednesday 17:30; Thursday is a holiday: proposed Friday 17:30.
    expect(proposeAt(local('2009-11-25T17:30'), DEFAULT_LADDER, cal).toISOString()).toBe(
      local('2009-11-27T17:30').toISOString(),
    );
    const overdue = ladder({ escalation: E.URGED, overdueAt: local('2009-11-17T00:00') });
    expect(dueForProposal(overdue, local('2009-11-17T17:29'), DEFAULT_LADDER, cal)).toBe(false);
    expect(dueForProposal(overdue, local('2009-11-17T17:30'), DEFAULT_LADDER, cal)).toBe(true);
    const later = local('2009-11-20T12:00');
    expect(dueForProposal({ ...overdue, overdueAt: null }, later, DEFAULT_LADDER, cal)).toBe(false);
    expect(dueForProposal({ ...overdue, escalation: E.REMINDED }, later, DEFAULT_LADDER, cal)).toBe(false);
    expect(dueForProposal({ ...overdue, pausedAt: later }, later, DEFAULT_LADDER, cal)).toBe(false);
    expect(dueForProposal(overdue, later, { ...DEFAULT_LADDER, proposeAfterWorkingHours: 40 }, cal)).toBe(false);
  });
});

describe('an extension', () => {
  const due = local('2009-11-19T17:30');
  const now = local('2009-11-18T10:00');
  const check =
    (until: Date, at = now) =>
    () =>
      checkExtension(until, due, at, DEFAULT_LADDER, cal);

  it('may reach at most 10 working days past the deadline (the holiday not counted)', () => {
    expect(check(local('2009-11-20T17:30'))()).toEqual(local('2009-11-20T17:30'));
    expect(check(local('2009-12-04T17:30'))()).toEqual(local('2009-12-04T17:30'));
    expect(refusedField(check(local('2009-12-04T17:31')))).toBe('BAD_USER_INPUT until');
  });

  it('must be later than the current deadline, and than now', () => {
    expect(refusedField(check(due))).toBe('BAD_USER_INPUT until');
    expect(refusedField(check(local('2009-11-19T12:00')))).toBe('BAD_USER_INPUT until');
    // Already overdue: a date between the old deadline and now is no extension.
    expect(refusedField(check(local('2009-11-20T09:00'), local('2009-11-20T10:00')))).toBe('BAD_USER_INPUT until');
    expect(refusedField(check(new Date('not a date')))).toBe('BAD_USER_INPUT until');
  });
});
