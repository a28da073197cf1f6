import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Extensions, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { personal } from '../../graphql/personal-data.js';
import { Unit } from '../units/unit.entity.js';

export enum Role {
  /** The desk: registers, transfers, answers consultations, records callbacks. */
  OPERATOR = 'OPERATOR',
  /** Staff of one unit: claims and works the unit's tickets. */
  STAFF = 'STAFF',
  /** Head of one unit: sees and reassigns the unit's tickets. */
  HEAD = 'HEAD',
  /** City leaders: see everything, run meetings, issue supervision notices. */
  LEADER = 'LEADER',
  /** 督查员: reads every unit's tickets, plans and records site visits, verifies notices; moves no ticket. */
  SUPERVISOR = 'SUPERVISOR',
  /** Manages users and API keys. */
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

@Entity({ tableName: 'app_user' })
@ObjectType('User', { description: 'A person who signs in to Heatline.' })
export class User {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  @Extensions(personal('withheld'))
  @Field(() => String, {
    nullable: true,
    description: 'Withheld (null) from API keys and displays: a login name is half a credential.',
  })
  username!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  displayName!: string;

  @Enum({ items: () => Role, type: 'string', length: 16 })
  @Field(() => Role)
  role!: Role;

  /** Set for STAFF and HEAD; the desk's operators belong to the hotline office. */
  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit?: Ref<Unit> | null;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'False once deactivated: the user can no longer sign in.' })
  active: boolean = true;
}
