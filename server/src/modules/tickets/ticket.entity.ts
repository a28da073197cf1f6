import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Extensions, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { personal } from '../../graphql/personal-data.js';
import { Compound } from '../places/place.entities.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Category, Channel } from '../places/catalog.entities.js';
import {
  Complexity,
  Escalation,
  PauseReason,
  RefusalReason,
  Satisfaction,
  TicketAction,
  TicketKind,
  TicketStatus,
} from './ticket.enums.js';

registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(TicketKind, { name: 'TicketKind' });
registerEnumType(Complexity, {
  name: 'Complexity',
  description: 'GENERAL: answered the same day. COMPLEX: within 3 working days.',
});
registerEnumType(Satisfaction, { name: 'Satisfaction' });
registerEnumType(TicketAction, {
  name: 'TicketAction',
  description: 'A move on a ticket, named as in the mutation that makes it.',
});
registerEnumType(RefusalReason, { name: 'RefusalReason', description: 'Why a unit refused a transfer (退单).' });
registerEnumType(Escalation, {
  name: 'Escalation',
  description:
    'The step a ticket is on (催办): reminded before its deadline, urged when it passes (or by the desk or a leader), then proposed for the next meeting and a supervision notice.',
});
registerEnumType(PauseReason, { name: 'PauseReason', description: "Why a ticket's clock is stopped." });

@ObjectType({ description: 'Where the caller is, within the compound.' })
export class Address {
  @Field(() => String, { nullable: true })
  building?: string | null;

  @Field(() => String, { nullable: true, description: 'The stairwell unit (单元) in the building.' })
  unit?: string | null;

  @Extensions(personal('withheld'))
  @Field(() => String, { nullable: true, description: 'Withheld (null) from API keys and displays.' })
  room?: string | null;

  @Extensions(personal('text'))
  @Field(() => String, { nullable: true, description: 'Free text, for what the fields above do not hold.' })
  text?: string | null;
}

@ObjectType({ description: 'The last refusal (退单) of a transfer, shown to the desk.' })
export class Refusal {
  @Field(() => RefusalReason)
  reason!: RefusalReason;

  @Extensions(personal('text'))
  @Field(() => String, { nullable: true })
  note?: string | null;

  unitId!: string;
}

@ObjectType({ description: 'An extension (延期) the unit head asked for, waiting for the desk or a leader.' })
export class ExtensionRequest {
  @Field(() => Date, { description: 'The deadline asked for.' })
  until!: Date;

  @Extensions(personal('text'))
  @Field(() => String)
  reason!: string;

  @Field(() => Date)
  requestedAt!: Date;
}

@Entity({ tableName: 'ticket' })
@Index({ properties: ['status', 'dueAt'] })
@Index({ properties: ['unit', 'status'] })
@ObjectType({ description: 'One call, from registration to the callback.' })
export class Ticket {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 20, unique: true })
  @Field(() => String, { description: 'Human number: the day received (Asia/Shanghai) and a counter, 20091116-0001.' })
  number!: string;

  @Enum({ items: () => TicketKind, type: 'string', length: 16 })
  @Field(() => TicketKind)
  kind!: TicketKind;

  @ManyToOne(() => Category, { ref: true })
  category!: Ref<Category>;

  @ManyToOne(() => Channel, { ref: true })
  channel!: Ref<Channel>;

  @Enum({ items: () => Complexity, type: 'string', length: 16 })
  @Field(() => Complexity)
  complexity!: Complexity;

  @Property({ type: 'string', length: 100 })
  callerName!: string;

  @Property({ type: 'string', length: 32 })
  @Index()
  callerPhone!: string;

  @ManyToOne(() => Compound, { ref: true, nullable: true })
  compound?: Ref<Compound> | null;

  @Property({ type: 'string', length: 50, nullable: true })
  building?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  addressUnit?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  room?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  addressText?: string | null;

  @Property({ type: 'text' })
  @Extensions(personal('text'))
  @Field(() => String)
  description!: string;

  @Property({ type: 'datetime' })
  @Index()
  @Field(() => Date)
  receivedAt!: Date;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  dueAt!: Date;

  @Enum({ items: () => TicketStatus, type: 'string', length: 16 })
  @Field(() => TicketStatus)
  status!: TicketStatus;

  /** The unit that owns the problem; null while at the desk. */
  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit?: Ref<Unit> | null;

  /** What routing proposed at registration, kept to show when the desk overrode it. */
  @ManyToOne(() => Unit, { ref: true, nullable: true })
  proposedUnit?: Ref<Unit> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Extensions(personal('text'))
  @Field(() => String, { nullable: true, description: 'Why the desk chose another unit than the one proposed.' })
  overrideReason?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  claimedBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  claimedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Extensions(personal('text'))
  @Field(() => String, { nullable: true })
  resolution?: string | null;

  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'true: solved on site; false: solved by phone.' })
  resolvedOnSite?: boolean | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @Enum({ items: () => Satisfaction, type: 'string', length: 24, nullable: true })
  @Field(() => Satisfaction, { nullable: true })
  satisfaction?: Satisfaction | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  repliedAt?: Date | null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, {
    description:
      'Answered on the call by the desk (a consultation, a thank-you call): closed at once, no callback owed.',
  })
  answeredOnCall: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, {
    description: 'How many times the ticket was reopened (重办): 0 for a ticket in its first round.',
  })
  reopenCount: number = 0;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Extensions(personal('text'))
  @Field(() => String, {
    nullable: true,
    description: 'Why it was last reopened (the callback note or the reason given).',
  })
  reopenReason?: string | null;

  /** An earlier open ticket this call was attached to at the desk (same problem, another caller). */
  @ManyToOne(() => Ticket, { ref: true, nullable: true })
  @Index()
  relatedTo?: Ref<Ticket> | null;

  /** Units that refused this ticket (退单); routing never proposes them again. */
  @Property({ type: 'json' })
  refusedUnitIds: string[] = [];

  @Property({ type: 'json', nullable: true })
  lastRefusal?: Refusal | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy?: Ref<User> | null;

  /** When the TICKET_OVERDUE event was written; set once, so the event is written once. */
  @Property({ type: 'datetime', nullable: true })
  overdueAt?: Date | null;

  /** When the unit is reminded (a share of the ticket's time); moves with the deadline. */
  @Property({ type: 'datetime', nullable: true })
  remindAt?: Date | null;

  /** When the TICKET_REMINDED event was written; set once per deadline, so it is written once. */
  @Property({ type: 'datetime', nullable: true })
  remindedAt?: Date | null;

  @Enum({ items: () => Escalation, type: 'string', length: 24, default: Escalation.NONE })
  @Field(() => Escalation)
  escalation: Escalation = Escalation.NONE;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'How many times the unit was urged (催办), by the desk, a leader or the system.' })
  urgedCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'How many extensions (延期) were approved; the assessment counts them.' })
  extensionCount: number = 0;

  /** The deadline a pending extension asks for; null when none is pending. */
  @Property({ type: 'datetime', nullable: true })
  extensionUntil?: Date | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  extensionReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  extensionRequestedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: "Since when the ticket's clock is stopped; null while it runs." })
  pausedAt?: Date | null;

  @Enum({ items: () => PauseReason, type: 'string', length: 32, nullable: true })
  @Field(() => PauseReason, { nullable: true })
  pauseReason?: PauseReason | null;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Bumped by every change; pass it as expectedVersion to refuse stale edits.' })
  version!: number;
}

/** Ticket numbers restart every day; the day's row is bumped inside the registering transaction. */
@Entity({ tableName: 'ticket_day_counter' })
export class TicketDayCounter {
  [PrimaryKeyProp]?: 'day';

  @PrimaryKey({ type: 'string', length: 8 })
  day!: string;

  @Property({ type: 'integer' })
  last!: number;
}
