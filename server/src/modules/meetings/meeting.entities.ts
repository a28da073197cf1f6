import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { MeetingStatus } from './meeting.rules.js';

/** A special-topic meeting (专题会议) on the hot spots and hard cases, run by a leader in the room. */
@Entity({ tableName: 'meeting' })
@ObjectType({ description: 'A special-topic meeting (专题会议) on the hard cases, run by a leader.' })
export class Meeting {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  startsAt!: Date;

  @Enum({ items: () => MeetingStatus, type: 'string', length: 16 })
  @Index()
  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  /** The units called to it. */
  @Property({ type: 'json' })
  unitIds!: string[];

  @ManyToOne(() => User, { ref: true })
  chair!: Ref<User>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'The leader who chairs it.' })
  chairName!: string;

  /** The item every board in the room shows while the meeting is in session. */
  @Property({ type: 'integer', nullable: true })
  focusItemId?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt?: Date | null;

  @OneToMany(() => AgendaItem, (i) => i.meeting, { orderBy: { position: 'asc' } })
  items = new Collection<AgendaItem>(this);
}

/** One matter on the agenda: tickets, a compound or a station, with why it is there. */
@Entity({ tableName: 'agenda_item' })
@ObjectType({ description: 'One matter on a meeting’s agenda: tickets, a compound or a station.' })
export class AgendaItem {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1 first.' })
  position!: number;

  @Property({ type: 'json' })
  ticketIds!: string[];

  @Property({ type: 'string', length: 64, nullable: true })
  compoundId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  stationId?: string | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  /** Why it was proposed (AgendaReason), empty when the leader added it of their own accord. */
  @Property({ type: 'json' })
  reasons!: string[];

  @OneToMany(() => Decision, (d) => d.item, { orderBy: { id: 'asc' } })
  decisions = new Collection<Decision>(this);
}

/** What the meeting decided on an item: who does what by when (and whether a notice goes out). */
@Entity({ tableName: 'meeting_decision' })
@ObjectType({ description: 'What a meeting decided on an item: who does what by when.' })
export class Decision {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => AgendaItem, { ref: true })
  item!: Ref<AgendaItem>;

  @Property({ type: 'string', length: 2000 })
  @Field(() => String)
  text!: string;

  @Property({ type: 'string', length: 64 })
  responsibleUnitId!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  dueAt!: Date;

  /** A supervision notice is to be issued to the responsible unit. */
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'A supervision notice goes to the responsible unit.' })
  issueNotice!: boolean;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  recordedAt!: Date;
}
