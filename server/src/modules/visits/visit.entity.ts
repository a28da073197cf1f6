import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Compound, Station } from '../places/place.entities.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { VisitAction, VisitOutcome, VisitStatus } from './visits.rules.js';

registerEnumType(VisitStatus, { name: 'VisitStatus', description: 'Where a site visit stands.' });
registerEnumType(VisitAction, { name: 'VisitAction', description: 'What may be done to a visit now.' });
registerEnumType(VisitOutcome, { name: 'VisitOutcome' });

/** One indoor temperature reading (测温), as stored with its visit. */
export interface StoredReading {
  place: string;
  celsius: number;
  /** ISO instant. */
  at: string;
}

@ObjectType({ description: 'An indoor temperature reading taken on a visit.' })
export class Reading {
  @Field(() => String, { description: 'Where it was taken (building, room, measurement point).' })
  place!: string;

  @Field(() => Float)
  celsius!: number;

  @Field(() => Date)
  at!: Date;

  @Field(() => Boolean, { description: 'Below the living-room standard of 18 °C.' })
  belowStandard!: boolean;
}

/** 现场督查: supervisors' visit to a compound or a station, with findings and readings. */
@Entity({ tableName: 'site_visit' })
@Index({ properties: ['at'] })
@ObjectType('Visit', { description: 'A site supervision visit (现场督查) to a compound or a station.' })
export class Visit {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Compound, { ref: true, nullable: true })
  compound?: Ref<Compound> | null;

  @ManyToOne(() => Station, { ref: true, nullable: true })
  station?: Ref<Station> | null;

  /** The unit that runs the place (the station's operator): a RECTIFY outcome's notice goes to it. */
  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'json' })
  ticketIds!: number[];

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it is planned for.' })
  at!: Date;

  @Property({ type: 'json' })
  inspectorIds!: number[];

  @Enum({ items: () => VisitStatus, type: 'string', length: 16 })
  @Field(() => VisitStatus)
  status!: VisitStatus;

  @ManyToOne(() => User, { ref: true })
  plannedBy!: Ref<User>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  plannedByName!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  recordedAt?: Date | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  recordedByName?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the inspectors found.' })
  findings?: string | null;

  @Property({ type: 'json', nullable: true })
  readings?: StoredReading[] | null;

  @Enum({ items: () => VisitOutcome, type: 'string', length: 16, nullable: true })
  @Field(() => VisitOutcome, { nullable: true })
  outcome?: VisitOutcome | null;

  /** The notice a RECTIFY outcome issued. */
  @Property({ type: 'integer', nullable: true })
  noticeId?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  updatedAt!: Date;
}
