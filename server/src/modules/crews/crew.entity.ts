import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Extensions, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { personal } from '../../graphql/personal-data.js';
import { Incident, Task } from '../incidents/incident.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { CrewStatus } from './crews.rules.js';

registerEnumType(CrewStatus, { name: 'CrewStatus', description: 'Where a repair crew is in its day.' });

/** 抢修队: a unit's repair crew on standby, with its members, vehicle and phone; sent to a call, a task or an incident. */
@Entity({ tableName: 'crew' })
@Index({ properties: ['unit', 'status'] })
@ObjectType('Crew', {
  description:
    'A repair crew (抢修队) of a unit: its members, vehicle and phone, where it is in its day, and where it was sent.',
})
export class Crew {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'What the room calls it, e.g. 金泉抢修一队.' })
  name!: string;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Who is in it, by name.' })
  members!: string[];

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'The vehicle, e.g. its plate.' })
  vehicle?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  @Extensions(personal('phone'))
  @Field(() => String, { nullable: true, description: 'The crew’s phone; masked for those who do not see callers.' })
  phone?: string | null;

  @Enum({ items: () => CrewStatus, type: 'string', length: 16 })
  @Field(() => CrewStatus)
  status!: CrewStatus;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it entered its status.' })
  statusAt!: Date;

  /** Where it was sent: a call, a task, or an incident (one of them, while it is out). */
  @ManyToOne(() => Ticket, { ref: true, nullable: true })
  ticket?: Ref<Ticket> | null;

  @ManyToOne(() => Task, { ref: true, nullable: true })
  task?: Ref<Task> | null;

  @ManyToOne(() => Incident, { ref: true, nullable: true })
  incident?: Ref<Incident> | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Where it was sent: the place of the call, task or incident.' })
  targetLat?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true })
  targetLon?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'Where a crew member’s phone last said it was (shared by choice).',
  })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true })
  lon?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  positionAt?: Date | null;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  updatedAt!: Date;
}
