import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PauseReason, RefusalReason, Satisfaction } from './ticket.enums.js';

/** Every move names its ticket, and may name the version it was shown, to refuse a stale edit. */
@ArgsType()
export class TicketMoveArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ArgsType()
export class TransferArgs extends TicketMoveArgs {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class RejectTransferArgs extends TicketMoveArgs {
  @Field(() => RefusalReason)
  reason!: RefusalReason;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class AssignArgs extends TicketMoveArgs {
  @Field(() => ID)
  userId!: string;
}

@ArgsType()
export class StartOnSiteArgs extends TicketMoveArgs {
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class ResolveArgs extends TicketMoveArgs {
  @Field(() => String)
  resolution!: string;

  @Field(() => Boolean)
  onSite!: boolean;
}

@ArgsType()
export class CallbackArgs extends TicketMoveArgs {
  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class ReopenArgs extends TicketMoveArgs {
  @Field(() => String)
  reason!: string;
}

@ArgsType()
export class UrgeArgs extends TicketMoveArgs {
  @Field(() => String, { nullable: true, description: 'What the unit is pressed for.' })
  note?: string | null;
}

@ArgsType()
export class ExtensionRequestArgs extends TicketMoveArgs {
  @Field(() => Date, {
    description:
      'The deadline asked for: later than the current one and than now, at most HEATLINE_EXTENSION_MAX_DAYS (10) working days past it.',
  })
  until!: Date;

  @Field(() => String)
  reason!: string;
}

@ArgsType()
export class ExtensionDecisionArgs extends TicketMoveArgs {
  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when refusing.' })
  note?: string | null;
}

@ArgsType()
export class PauseArgs extends TicketMoveArgs {
  @Field(() => PauseReason)
  reason!: PauseReason;

  @Field(() => String, { nullable: true, description: 'Required when the reason is OTHER.' })
  note?: string | null;
}
