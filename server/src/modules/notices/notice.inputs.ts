import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';
import { NoticeStatus } from './notices.rules.js';

/** How many tickets one notice may name; more is a matter for a meeting. */
export const MAX_NOTICE_TICKETS = 50;

@InputType({ description: 'A supervision notice as a leader issues it (督办).' })
export class IssueNoticeInput {
  @Field(() => ID, { description: 'The unit that must act.' })
  @Length(1, 64)
  unitId!: string;

  @Field(() => String, { description: 'The matter (事由), one line.' })
  @Length(1, 200)
  @NotBlank()
  @PlainText()
  subject!: string;

  @Field(() => String, { description: 'What the unit must do (整改要求).' })
  @Length(1, 4000)
  @NotBlank()
  @PlainText()
  requirement!: string;

  @Field(() => Date, { description: 'When the rectification is due: later than now.' })
  dueAt!: Date;

  @Field(() => [ID], { defaultValue: [], description: `The tickets it is about (at most ${MAX_NOTICE_TICKETS}).` })
  @ArrayMaxSize(MAX_NOTICE_TICKETS)
  ticketIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The compound it is about, if any.' })
  @IsOptional()
  @MaxLength(64)
  compoundId?: string | null;
}

@ArgsType()
export class NoticeArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class RectificationArgs extends NoticeArgs {
  @Field(() => String, { description: 'What was done (整改情况).' })
  text!: string;
}

@ArgsType()
export class VerifyNoticeArgs extends NoticeArgs {
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class ReturnNoticeArgs extends NoticeArgs {
  @Field(() => String, { description: 'Why the rectification is not accepted.' })
  reason!: string;

  @Field(() => Date, { description: 'The new deadline: later than now.' })
  newDueAt!: Date;
}

@ArgsType()
export class NoticesArgs {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => NoticeStatus, { nullable: true })
  status?: NoticeStatus | null;
}
