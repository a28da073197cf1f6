import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';
import { Complexity, TicketKind, TicketStatus } from './ticket.enums.js';

// Reachable by phone: digits with the usual separators, 3 (12319) to 20 characters.
const PHONE = /^\+?[0-9][0-9 ()-]{1,18}[0-9]$/;

@InputType({ description: 'Where the caller is, within the compound.' })
export class AddressInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText()
  @MaxLength(50)
  building?: string | null;

  @Field(() => String, { nullable: true, description: 'The stairwell unit (单元).' })
  @IsOptional()
  @PlainText()
  @MaxLength(50)
  unit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText()
  @MaxLength(50)
  room?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText()
  @MaxLength(500)
  text?: string | null;
}

@InputType({ description: 'A call as the desk registers it (受理).' })
export class CreateTicketInput {
  @Field(() => TicketKind)
  kind!: TicketKind;

  @Field(() => String, { description: 'A Category code, e.g. NO_HEAT.' })
  @Length(1, 32)
  category!: string;

  @Field(() => String, { description: 'A Channel code: the hotline the call came in on.' })
  @Length(1, 32)
  channel!: string;

  @Field(() => Complexity, { defaultValue: Complexity.GENERAL })
  complexity!: Complexity;

  @Field(() => String)
  @Length(1, 100)
  @NotBlank()
  @PlainText()
  callerName!: string;

  @Field(() => String)
  @Matches(PHONE, { message: 'callerPhone must be a phone number' })
  callerPhone!: string;

  @Field(() => ID, { nullable: true, description: 'The compound the call is about, if any.' })
  @IsOptional()
  @MaxLength(64)
  compoundId?: string | null;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String)
  @Length(1, 4000)
  @NotBlank()
  @PlainText()
  description!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the call was taken, if it is registered afterwards. Defaults to now.',
  })
  @IsOptional()
  receivedAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'An earlier ticket about the same problem (another caller, the same burst): this call is linked to it.',
  })
  @IsOptional()
  @MaxLength(20)
  relatedTicketId?: string | null;
}

export enum TicketOrder {
  NEWEST = 'NEWEST',
  DUE_SOONEST = 'DUE_SOONEST',
}
registerEnumType(TicketOrder, {
  name: 'TicketOrder',
  description: 'NEWEST: last registered first. DUE_SOONEST: the earliest due (overdue) first.',
});

@InputType()
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true })
  status?: TicketStatus[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => TicketKind, { nullable: true })
  kind?: TicketKind | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Complexity, { nullable: true })
  complexity?: Complexity | null;

  @Field(() => ID, { nullable: true })
  claimedById?: string | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "The caller's number, to see a repeat caller's earlier tickets. Not for API keys.",
  })
  @IsOptional()
  @Matches(PHONE, { message: 'callerPhone must be a phone number' })
  callerPhone?: string | null;

  @Field(() => Date, { nullable: true })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  receivedTo?: Date | null;
}

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;
