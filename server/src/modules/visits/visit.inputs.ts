import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';
import { VisitOutcome, VisitStatus } from './visits.rules.js';

/** A visit names a handful of tickets and inspectors and some dozens of readings at most. */
export const MAX_VISIT_TICKETS = 50;
export const MAX_INSPECTORS = 10;
export const MAX_READINGS = 100;

@InputType({ description: 'A site visit as a supervisor or a leader plans it: a compound or a station.' })
export class PlanVisitInput {
  @Field(() => ID, { nullable: true, description: 'The compound to visit (or give stationId).' })
  @IsOptional()
  @MaxLength(64)
  compoundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The station to visit (or give compoundId).' })
  @IsOptional()
  @MaxLength(64)
  stationId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MAX_VISIT_TICKETS)
  ticketIds!: string[];

  @Field(() => Date, { description: 'When the visit is planned for.' })
  at!: Date;

  @Field(() => [ID], { description: 'Who goes: supervisors or leaders, at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INSPECTORS)
  inspectorIds!: string[];
}

@InputType({ description: 'One indoor temperature reading.' })
export class ReadingInput {
  @Field(() => String, { description: 'Where: building, room, measurement point.' })
  @Length(1, 200)
  @NotBlank()
  @PlainText()
  place!: string;

  @Field(() => Float)
  celsius!: number;

  @Field(() => Date)
  at!: Date;
}

@InputType({ description: 'What the inspectors found on site.' })
export class RecordVisitInput {
  @Field(() => String)
  @Length(1, 4000)
  @NotBlank()
  @PlainText()
  findings!: string;

  @Field(() => [ReadingInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_READINGS)
  @ValidateNested()
  readings!: ReadingInput[];

  @Field(() => VisitOutcome)
  outcome!: VisitOutcome;

  @Field(() => Date, {
    nullable: true,
    description:
      'RECTIFY: the notice’s deadline; by default the end of the third working day after today, as for a complex issue.',
  })
  rectifyBy?: Date | null;
}

@ArgsType()
export class VisitArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class RecordVisitArgs extends VisitArgs {
  @Field(() => RecordVisitInput)
  input!: RecordVisitInput;
}

@ArgsType()
export class CancelVisitArgs extends VisitArgs {
  @Field(() => String)
  reason!: string;
}

@ArgsType()
export class VisitRangeArgs {
  @Field(() => Date, { description: 'From this instant…' })
  from!: Date;

  @Field(() => Date, { description: '…to before this one (at most 200 days later).' })
  to!: Date;
}

@ArgsType()
export class VisitsArgs extends VisitRangeArgs {
  @Field(() => VisitStatus, { nullable: true })
  status?: VisitStatus | null;
}
