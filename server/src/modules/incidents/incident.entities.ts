import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { IncidentKind, IncidentStatus, TaskAction, TaskStatus } from './incidents.rules.js';

registerEnumType(IncidentKind, { name: 'IncidentKind', description: 'What happened: the cause many calls share.' });
registerEnumType(IncidentStatus, { name: 'IncidentStatus', description: 'Where an incident stands.' });
registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'Where a co-handling task stands.' });
registerEnumType(TaskAction, { name: 'TaskAction', description: 'What may be done to a task now.' });

/** 事件: one cause (a burst main, a station fault) with the many calls it brought, worked as one. */
@Entity({ tableName: 'incident' })
@Index({ properties: ['status'] })
@ObjectType('Incident', {
  description:
    'An incident (事件): one cause with many callers (a burst main, a station fault), its area on the network, its public notice, its attached calls and co-handling tasks.',
})
export class Incident {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @Enum({ items: () => IncidentKind, type: 'string', length: 24 })
  @Field(() => IncidentKind)
  kind!: IncidentKind;

  @Enum({ items: () => IncidentStatus, type: 'string', length: 16 })
  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Property({ type: 'string', length: 500 })
  @Field(() => String, { description: 'What happened, in a line (for the room and the wall).' })
  summary!: string;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What the desk tells callers from the area (e.g. the expected restoration time); public.',
  })
  publicNotice?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When heat is expected back, as last said.' })
  expectedRestoreAt?: Date | null;

  @ManyToOne(() => Unit, { ref: true })
  leadUnit!: Ref<Unit>;

  /** What it was declared over: one of a station, a heat source, or compounds named. */
  @Property({ type: 'string', length: 64, nullable: true })
  stationId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  heatSourceId?: string | null;

  /** The area, as the network gave it when declared. */
  @Property({ type: 'json' })
  compoundIds!: string[];

  @Property({ type: 'json' })
  stationIds!: string[];

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Households in the area (the compounds’ own figures).' })
  households!: number;

  @Property({ type: 'integer' })
  @Field(() => Int)
  residents!: number;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  declaredAt!: Date;

  @ManyToOne(() => User, { ref: true })
  declaredBy!: Ref<User>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who declared it, as named then.' })
  declaredByName!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  containedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How it was resolved: offered as the resolution of each attached call.',
  })
  resolution?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  updatedAt!: Date;
}

/** A call attached to an incident: it keeps its own caller, deadline and callback. One incident per call. */
@Entity({ tableName: 'incident_ticket' })
@Index({ properties: ['incident'] })
export class IncidentTicket {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;

  @ManyToOne(() => Ticket, { ref: true, unique: true })
  ticket!: Ref<Ticket>;

  @Property({ type: 'datetime' })
  attachedAt!: Date;
}

/** 协办: one unit's part of an incident's or a ticket's work, claimed and completed by its staff. */
@Entity({ tableName: 'cohandling_task' })
@Index({ properties: ['unit', 'status'] })
@Index({ properties: ['incident'] })
@Index({ properties: ['ticket'] })
@ObjectType('Task', {
  description:
    'A co-handling task (协办): one unit’s part of an incident’s or a ticket’s work, claimed by its staff, possibly waiting for another task.',
})
export class Task {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Incident, { ref: true, nullable: true })
  incident?: Ref<Incident> | null;

  @ManyToOne(() => Ticket, { ref: true, nullable: true })
  ticket?: Ref<Ticket> | null;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 1000 })
  @Field(() => String, { description: 'What the unit must do.' })
  text!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  dueAt!: Date;

  /** The task (of the same incident or ticket) that must be done before this one may be claimed. */
  @ManyToOne(() => Task, { ref: true, nullable: true })
  after?: Ref<Task> | null;

  @Enum({ items: () => TaskStatus, type: 'string', length: 16 })
  @Field(() => TaskStatus)
  status!: TaskStatus;

  @ManyToOne(() => User, { ref: true, nullable: true })
  claimedBy?: Ref<User> | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who claimed it, as named then.' })
  claimedByName?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  claimedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'What was done, as the unit reported it.' })
  doneNote?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt!: Date;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  createdByName!: string;
}
