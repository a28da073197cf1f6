import { badInput } from '../../errors.js';
import { addWorkingMs, workingDaysAfter, type WorkCalendar } from './deadline.rules.js';
import { AT_UNIT_STATUSES, Escalation, type TicketStatus } from './ticket.enums.js';

/** How the ladder (催办) and extensions (延期) are set for a deployment. */
export interface LadderSettings {
  /** The share of a ticket's time after which its unit is reminded (0.75: three quarters). */
  reminderShare: number;
  /** Working hours a ticket stays overdue and urged before it is proposed for the next meeting. */
  proposeAfterWorkingHours: number;
  /** How many working days past its current deadline an extension may reach. */
  extensionMaxWorkingDays: number;
}

export const DEFAULT_LADDER: LadderSettings = {
  reminderShare: 0.75,
  proposeAfterWorkingHours: 9,
  extensionMaxWorkingDays: 10,
};

const RANK: Record<Escalation, number> = {
  [Escalation.NONE]: 0,
  [Escalation.REMINDED]: 1,
  [Escalation.URGED]: 2,
  [Escalation.PROPOSED_FOR_MEETING]: 3,
};

/** When the unit is reminded: once `share` of the time from `start` (received, reopened, extended) to `due` has passed. */
export function remindAt(start: Date, due: Date, share: number): Date {
  const span = Math.max(0, due.getTime() - start.getTime());
  return new Date(start.getTime() + Math.round(span * share));
}

export interface LadderState {
  status: TicketStatus;
  escalation: Escalation;
  dueAt: Date;
  remindAt?: Date | null;
  overdueAt?: Date | null;
  pausedAt?: Date | null;
}

/** Whether the ladder moves at all: the ticket is open at a unit and its clock runs. */
const climbs = (t: LadderState) => AT_UNIT_STATUSES.includes(t.status) && !t.pausedAt;

/** Remind once, when the reminder time has come and the deadline has not yet passed (then it is urged instead). */
export function dueForReminder(t: LadderState, now: Date): boolean {
  return (
    climbs(t) &&
    t.escalation === Escalation.NONE &&
    !!t.remindAt &&
    t.remindAt.getTime() <= now.getTime() &&
    now.getTime() < t.dueAt.getTime()
  );
}

/** The step an urge leads to: URGED, unless the ticket is already further up. */
export function urgedStep(current: Escalation): Escalation {
  return RANK[current] >= RANK[Escalation.URGED] ? current : Escalation.URGED;
}

/** When an overdue, urged ticket is proposed for the next meeting: the configured working hours after it went overdue. */
export function proposeAt(overdueAt: Date, settings: LadderSettings, cal: WorkCalendar): Date {
  return addWorkingMs(overdueAt, settings.proposeAfterWorkingHours * 3_600_000, cal);
}

export function dueForProposal(t: LadderState, now: Date, settings: LadderSettings, cal: WorkCalendar): boolean {
  return (
    climbs(t) &&
    t.escalation === Escalation.URGED &&
    !!t.overdueAt &&
    proposeAt(t.overdueAt, settings, cal).getTime() <= now.getTime()
  );
}

/**
 * Checks the date an extension asks for: a valid time, later than the current deadline and than
 * now, and at most the configured working days past the deadline. Returns it, or refuses the field.
 */
export function checkExtension(
  until: Date,
  currentDue: Date,
  now: Date,
  settings: LadderSettings,
  cal: WorkCalendar,
): Date {
  if (!(until instanceof Date) || Number.isNaN(until.getTime()))
    throw badInput('until', 'is not a valid time', 'format');
  const latest = workingDaysAfter(currentDue, settings.extensionMaxWorkingDays, cal);
  const range = { min: currentDue.toISOString(), max: latest.toISOString() };
  if (until.getTime() <= Math.max(currentDue.getTime(), now.getTime()))
    throw badInput('until', 'must be later than the current deadline and than now', 'outOfRange', range);
  if (until.getTime() > latest.getTime())
    throw badInput(
      'until',
      `may be at most ${settings.extensionMaxWorkingDays} working days past the current deadline`,
      'outOfRange',
      range,
    );
  return until;
}
