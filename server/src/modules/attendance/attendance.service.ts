import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, DomainError, forbidden, notFound } from '../../errors.js';
import type { EventLog } from '../audit/event-log.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { requireReader, requireUser } from '../auth/viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Role, User } from '../users/user.entity.js';
import { DutyShift, UnitSignIn } from './attendance.entities.js';
import { attendanceOf, dayOf, isStartTime, type UnitDay } from './attendance.rules.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Who of each unit is in the room (签到), against the duty roster; each sign-in is on the board. */
export class AttendanceService {
  constructor(
    private readonly events: EventLog,
    private readonly places: PlaceDirectory,
    private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The caller, an officer of a unit, is in the room for it today. */
  async signIn({ em, viewer }: Caller): Promise<UnitDay> {
    const v = requireUser(viewer, Role.STAFF, Role.HEAD);
    const unitId = this.officerUnit(v.unitId);
    const now = this.now();
    const day = dayOf(now, this.timeZone);
    await this.record(em, unitId, async (tx) => {
      if (await tx.findOne(UnitSignIn, { day, unitId, officer: v.userId, signedOutAt: null }))
        throw new DomainError('INVALID_TRANSITION', 'you are signed in for today already', { status: 'SIGNED_IN' });
      tx.create(UnitSignIn, {
        unitId,
        officer: tx.getReference(User, v.userId),
        officerName: v.displayName,
        day,
        signedInAt: now,
      });
      return { type: TicketEventType.UNIT_SIGNED_IN, actorId: v.userId, actorName: v.displayName, at: now };
    });
    return this.unitDay(em, unitId, day);
  }

  /** The caller leaves the room; their unit stays present while another of its officers is there. */
  async signOut({ em, viewer }: Caller): Promise<UnitDay> {
    const v = requireUser(viewer, Role.STAFF, Role.HEAD);
    const unitId = this.officerUnit(v.unitId);
    const now = this.now();
    const day = dayOf(now, this.timeZone);
    await this.record(em, unitId, async (tx) => {
      const open = await tx.findOne(UnitSignIn, { day, unitId, officer: v.userId, signedOutAt: null });
      if (!open) throw new DomainError('INVALID_TRANSITION', 'you are not signed in today', { status: 'SIGNED_OUT' });
      open.signedOutAt = now;
      return { type: TicketEventType.UNIT_SIGNED_OUT, actorId: v.userId, actorName: v.displayName, at: now };
    });
    return this.unitDay(em, unitId, day);
  }

  /** Every unit on duty on `day` (default today) or signed in that day, as it stands now. */
  async attendance({ em, viewer }: Caller, day?: string | null): Promise<UnitDay[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const date = day ?? dayOf(this.now(), this.timeZone);
    if (!DAY.test(date) || Number.isNaN(Date.parse(date)))
      throw badInput('date', 'must be a day, yyyy-MM-dd', 'format');
    const [shifts, signIns] = await Promise.all([
      em.find(DutyShift, {}, { orderBy: { unitId: 'asc' } }),
      em.find(UnitSignIn, { day: date }, { orderBy: { id: 'asc' } }),
    ]);
    return attendanceOf(shifts.map(shiftOf), signIns.map(signInOf), date, this.now(), this.timeZone);
  }

  roster({ em, viewer }: Caller): Promise<DutyShift[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    return em.find(DutyShift, {}, { orderBy: { unitId: 'asc' } });
  }

  /** A leader or an admin sets when a unit must be in the room (replacing its shift). */
  async setShift({ em, viewer }: Caller, unitId: string, weekdays: number[], startsAt: string): Promise<DutyShift> {
    requireUser(viewer, Role.LEADER, Role.ADMIN);
    if (!(await this.places.unit(unitId))) throw notFound('unit', unitId);
    const days = [...new Set(weekdays)].sort();
    if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      throw badInput('weekdays', 'must be 1 (Monday) to 7 (Sunday), at least one', 'outOfRange', { min: 1, max: 7 });
    if (!isStartTime(startsAt)) throw badInput('startsAt', 'must be a time of day, HH:mm', 'format');
    const shift = (await em.findOne(DutyShift, { unitId })) ?? em.create(DutyShift, { unitId, weekdays: '', startsAt });
    Object.assign(shift, { weekdays: days.join(''), startsAt });
    await em.flush();
    return shift;
  }

  async removeShift({ em, viewer }: Caller, unitId: string): Promise<boolean> {
    requireUser(viewer, Role.LEADER, Role.ADMIN);
    return (await em.nativeDelete(DutyShift, { unitId })) > 0;
  }

  private officerUnit(unitId: string | null): string {
    if (!unitId) throw forbidden('only an officer of a unit signs in for it', 'unitOfficer');
    return unitId;
  }

  /** The change and its event in one transaction; the board hears of it once committed. */
  private async record(
    em: EntityManager,
    unitId: string,
    change: (tx: EntityManager) => Promise<{ type: TicketEventType; actorId: number; actorName: string; at: Date }>,
  ): Promise<void> {
    const seq = await em.transactional(async (tx) => {
      const { type, actorId, actorName, at } = await change(tx);
      const e = await this.events.append(tx, {
        ticket: null,
        unitId,
        type,
        actor: tx.getReference(User, actorId, { wrapped: true }),
        actorName,
        at,
        changes: {},
        note: null,
      });
      return e.seq;
    });
    this.events.committed(seq);
  }

  private async unitDay(em: EntityManager, unitId: string, day: string): Promise<UnitDay> {
    const all = await this.attendance(
      { em, viewer: { kind: 'apiKey', keyId: 0, scopes: [ApiScope.TICKETS_READ] } },
      day,
    );
    return all.find((d) => d.unitId === unitId)!;
  }
}

const shiftOf = (s: DutyShift) => ({ unitId: s.unitId, weekdays: [...s.weekdays].map(Number), startsAt: s.startsAt });
const signInOf = (s: UnitSignIn) => ({
  unitId: s.unitId,
  officerName: s.officerName,
  signedInAt: s.signedInAt,
  signedOutAt: s.signedOutAt ?? null,
});
