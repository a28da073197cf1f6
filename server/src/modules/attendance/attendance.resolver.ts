import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Unit } from '../units/unit.entity.js';
import { DutyShift as DutyShiftRow } from './attendance.entities.js';
import { AttendanceStatus, type UnitDay } from './attendance.rules.js';

registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });

@ObjectType({ description: 'A unit in the room on one day (签到), against its duty shift.' })
export class UnitAttendance {
  unitId!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => Boolean, { description: 'Whether the unit has a shift that day (false: it came anyway).' })
  onRoster!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it is due in the room that day.' })
  expectedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Its first sign-in that day.' })
  signedInAt!: Date | null;

  @Field(() => [String], { description: 'Who of the unit is in the room now.' })
  officers!: string[];
}

@ObjectType({ description: 'When a unit must be in the room (值班).' })
export class DutyShift {
  unitId!: string;

  @Field(() => [Int], { description: 'ISO weekdays: 1 Monday … 7 Sunday.' })
  weekdays!: number[];

  @Field(() => String, { description: 'Local time of day it is due, HH:mm (the city’s zone).' })
  startsAt!: string;
}

const attendanceOf = (d: UnitDay) => Object.assign(new UnitAttendance(), d);
const shiftOf = (s: DutyShiftRow) =>
  Object.assign(new DutyShift(), { unitId: s.unitId, weekdays: [...s.weekdays].map(Number), startsAt: s.startsAt });

@Resolver(() => UnitAttendance)
export class AttendanceResolver {
  @Mutation(() => UnitAttendance, {
    description: 'STAFF or HEAD: you are in the room for your unit today. Signed in already: INVALID_TRANSITION.',
  })
  async signIn(@Ctx() ctx: Context): Promise<UnitAttendance> {
    return attendanceOf(await ctx.services.attendance.signIn(ctx));
  }

  @Mutation(() => UnitAttendance, {
    description: 'STAFF or HEAD: you leave the room. Not signed in: INVALID_TRANSITION.',
  })
  async signOut(@Ctx() ctx: Context): Promise<UnitAttendance> {
    return attendanceOf(await ctx.services.attendance.signOut(ctx));
  }

  @Query(() => [UnitAttendance], {
    description: 'The units on duty on a day (yyyy-MM-dd, default today in the city’s zone) or in the room that day.',
  })
  async attendance(
    @Ctx() ctx: Context,
    @Arg('date', () => String, { nullable: true }) date?: string | null,
  ): Promise<UnitAttendance[]> {
    return (await ctx.services.attendance.attendance(ctx, date)).map(attendanceOf);
  }

  @Query(() => [DutyShift], { description: 'Which units must be in the room on which days, from what time.' })
  async dutyRoster(@Ctx() ctx: Context): Promise<DutyShift[]> {
    return (await ctx.services.attendance.roster(ctx)).map(shiftOf);
  }

  @Mutation(() => DutyShift, { description: 'LEADER or ADMIN: sets (replaces) a unit’s duty shift.' })
  async setDutyShift(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('weekdays', () => [Int]) weekdays: number[],
    @Arg('startsAt', () => String) startsAt: string,
  ): Promise<DutyShift> {
    return shiftOf(await ctx.services.attendance.setShift(ctx, unitId, weekdays, startsAt));
  }

  @Mutation(() => Boolean, { description: 'LEADER or ADMIN: the unit has no duty in the room any more.' })
  removeDutyShift(@Ctx() ctx: Context, @Arg('unitId', () => ID) unitId: string): Promise<boolean> {
    return ctx.services.attendance.removeShift(ctx, unitId);
  }

  @FieldResolver(() => Unit)
  unit(@Root() a: UnitAttendance, @Ctx() { services }: Context) {
    return services.places.unit(a.unitId);
  }
}

@Resolver(() => DutyShift)
export class DutyShiftResolver {
  @FieldResolver(() => Unit)
  unit(@Root() s: DutyShift, @Ctx() { services }: Context) {
    return services.places.unit(s.unitId);
  }
}
