import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';

/** A unit's duty in the room (值班): on which weekdays it must be there, from what local time. */
@Entity({ tableName: 'duty_shift' })
export class DutyShift {
  @PrimaryKey({ type: 'string', length: 64 })
  unitId!: string;

  /** ISO weekdays as digits, Monday 1 … Sunday 7: "12345" is Monday to Friday. */
  @Property({ type: 'string', length: 7 })
  weekdays!: string;

  /** Local time of day, HH:mm. */
  @Property({ type: 'string', length: 5 })
  startsAt!: string;
}

/** One officer's day in the room for their unit (签到), from signing in to signing out. */
@Entity({ tableName: 'unit_sign_in' })
@Index({ properties: ['day', 'unitId'] })
export class UnitSignIn {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64 })
  unitId!: string;

  @ManyToOne(() => User, { ref: true })
  officer!: Ref<User>;

  /** The officer's name then, as the wall showed it. */
  @Property({ type: 'string', length: 100 })
  officerName!: string;

  /** The local day (yyyy-MM-dd, the city's zone). */
  @Property({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'datetime' })
  signedInAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  signedOutAt?: Date | null;
}
