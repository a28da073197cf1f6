import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';

@InputType({
  description:
    'A calendar day of the city (YYYY-MM-DD, in the configured zone), or a range [from, to); neither: today in the city.',
})
export class StatsPeriodInput {
  @Field(() => String, { nullable: true })
  day?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@ObjectType({
  description:
    'The wall figures. Flows (calls, resolved, replied, closed, answeredOnCall, satisfaction) count what happened in the period; open, claimed and overdue are how things stand now.',
})
export class BoardFigures {
  @Field(() => Int, { description: 'Calls received in the period (今日来电 for today).' })
  calls!: number;

  @Field(() => Int, { description: 'Open now: registered, transferred, claimed or on site, whenever received.' })
  open!: number;

  @Field(() => Int, { description: 'Claimed or on site now.' })
  claimed!: number;

  @Field(() => Int, { description: 'Open now and past the deadline.' })
  overdue!: number;

  @Field(() => Int, {
    description: 'Supervision notices still owed (issued or acknowledged) and past their deadline, now.',
  })
  overdueNotices!: number;

  @Field(() => Int, { description: 'Tickets resolved (办结) in the period, whatever became of them since.' })
  resolved!: number;

  @Field(() => Int, { description: 'Tickets whose callback (回访) was recorded in the period.' })
  replied!: number;

  @Field(() => Int, { description: 'Tickets closed (结案) in the period after a callback.' })
  closed!: number;

  @Field(() => Int, {
    description: 'Consultations and thank-you calls answered on the call in the period; counted apart.',
  })
  answeredOnCall!: number;

  @Field(() => Int)
  satisfied!: number;

  @Field(() => Int)
  basicallySatisfied!: number;

  @Field(() => Int)
  unsatisfied!: number;

  @Field(() => Float, {
    nullable: true,
    description: '(satisfied + basically satisfied) / callbacks recorded in the period, 0 to 1; null with none.',
  })
  satisfaction!: number | null;
}

@ObjectType()
export class UnitFigures {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => BoardFigures)
  figures!: BoardFigures;
}

@ObjectType({ description: 'The figures of the room and of each unit, for one period.' })
export class BoardStats {
  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => BoardFigures)
  total!: BoardFigures;

  @Field(() => [UnitFigures], {
    description: 'Every unit (but the desk) that the viewer may see, with zeros if need be.',
  })
  units!: UnitFigures[];
}
