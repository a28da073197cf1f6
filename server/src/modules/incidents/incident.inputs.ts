import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';
import { IncidentKind, IncidentStatus } from './incidents.rules.js';

/** How many calls may be attached in one declaration (a proposal's); more are attached one by one. */
export const MAX_DECLARED_TICKETS = 200;

@InputType({
  description: 'An incident as declared: what happened, where on the network (exactly one scope), who leads.',
})
export class DeclareIncidentInput {
  @Field(() => IncidentKind)
  kind!: IncidentKind;

  @Field(() => ID, { nullable: true, description: 'A station’s fault: the area is every compound it feeds.' })
  @IsOptional()
  @MaxLength(64)
  stationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A heat source’s fault: every station behind it and their compounds.',
  })
  @IsOptional()
  @MaxLength(64)
  heatSourceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The compounds affected, named one by one.' })
  @IsOptional()
  @ArrayMaxSize(200)
  compoundIds?: string[] | null;

  @Field(() => String, { description: 'What happened, in a line.' })
  @Length(1, 500)
  @NotBlank()
  @PlainText()
  summary!: string;

  @Field(() => String, { nullable: true, description: 'What the desk tells callers from the area; public.' })
  @IsOptional()
  @MaxLength(1000)
  @PlainText()
  publicNotice?: string | null;

  @Field(() => Date, { nullable: true, description: 'When heat is expected back.' })
  @IsOptional()
  expectedRestoreAt?: Date | null;

  @Field(() => ID, { description: 'The unit that leads the work (e.g. the water company for a burst main).' })
  @Length(1, 64)
  leadUnitId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Calls to attach at once (a proposal's), at most ${MAX_DECLARED_TICKETS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_DECLARED_TICKETS)
  ticketIds?: string[] | null;
}

@InputType({ description: 'What changes of an open incident; a field left out stays as it is.' })
export class UpdateIncidentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @PlainText()
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Null clears it.' })
  @IsOptional()
  @MaxLength(1000)
  @PlainText()
  publicNotice?: string | null;

  @Field(() => Date, { nullable: true, description: 'Null clears it.' })
  @IsOptional()
  expectedRestoreAt?: Date | null;
}

@InputType({ description: 'One unit’s part of an incident’s or a ticket’s work (协办): exactly one of the two.' })
export class AddTaskInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  incidentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  ticketId?: string | null;

  @Field(() => ID, { description: 'The unit that does it.' })
  @Length(1, 64)
  unitId!: string;

  @Field(() => String, { description: 'What it must do.' })
  @Length(1, 1000)
  @NotBlank()
  @PlainText()
  text!: string;

  @Field(() => Date, { description: 'When it is due: later than now.' })
  dueAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'A task of the same incident or ticket that must be done before this one may be claimed.',
  })
  @IsOptional()
  @MaxLength(20)
  afterTaskId?: string | null;
}

@ArgsType()
export class IncidentsArgs {
  @Field(() => IncidentStatus, { nullable: true })
  status?: IncidentStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those not resolved yet.' })
  open?: boolean | null;
}
