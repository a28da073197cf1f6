import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Compound } from '../places/place.entities.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { NoticeAction, NoticeStatus } from './notices.rules.js';

registerEnumType(NoticeStatus, { name: 'NoticeStatus', description: 'Where a supervision notice stands.' });
registerEnumType(NoticeAction, { name: 'NoticeAction', description: 'What may be done to a notice now.' });

/** 督办通知单: a leader's tracked demand on a unit, with a deadline, numbered per year. */
@Entity({ tableName: 'supervision_notice' })
@Index({ properties: ['unit', 'status'] })
@ObjectType('Notice', {
  description: 'A supervision notice (督办通知单): a tracked demand on a unit, with a deadline.',
})
export class Notice {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 32, unique: true })
  @Field(() => String, { description: 'The official number, e.g. 督〔2026〕017: per year, in the city’s zone.' })
  number!: string;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'The matter (事由).' })
  subject!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the unit must do (整改要求).' })
  requirement!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the rectification is due; a return sets a new one.' })
  dueAt!: Date;

  @ManyToOne(() => Compound, { ref: true, nullable: true })
  compound?: Ref<Compound> | null;

  /** The tickets the notice is about, by id. */
  @Property({ type: 'json' })
  ticketIds!: number[];

  @Enum({ items: () => NoticeStatus, type: 'string', length: 16 })
  @Field(() => NoticeStatus)
  status!: NoticeStatus;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  issuedAt!: Date;

  @ManyToOne(() => User, { ref: true })
  issuedBy!: Ref<User>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who issued it, as named then.' })
  issuedByName!: string;

  /** The meeting decision that issued it, if one did. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The special-topic meeting’s decision that issued it, if any.' })
  decisionId?: string | null;

  /** The site visit whose outcome issued it, if one did. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The site visit whose outcome issued it, if any.' })
  visitId?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  acknowledgedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the unit reports it did (整改情况), the latest report.' })
  rectification?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  rectifiedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who verified it, as named then.' })
  verifiedByName?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  verificationNote?: string | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'How many times the rectification was returned as not done.' })
  returnCount!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was last returned.' })
  returnReason?: string | null;

  /** When NOTICE_OVERDUE was written for the current deadline; a return clears it. */
  @Property({ type: 'datetime', nullable: true })
  overdueAt?: Date | null;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  updatedAt!: Date;
}

/** Notice numbers restart every year; the year's row is bumped inside the issuing transaction. */
@Entity({ tableName: 'notice_year_counter' })
export class NoticeYearCounter {
  [PrimaryKeyProp]?: 'year';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
