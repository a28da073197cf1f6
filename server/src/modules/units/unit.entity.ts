import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a unit is in the room; routing finds the bureaus it needs by this, not by id. */
export enum UnitKind {
  DESK = 'DESK',
  CONSTRUCTION_BUREAU = 'CONSTRUCTION_BUREAU',
  PRICE_BUREAU = 'PRICE_BUREAU',
  UTILITIES_OFFICE = 'UTILITIES_OFFICE',
  CONSTRUCTION_MANAGEMENT = 'CONSTRUCTION_MANAGEMENT',
  PROPERTY_OFFICE = 'PROPERTY_OFFICE',
  HEATING_COMPANY = 'HEATING_COMPANY',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  WATER_COMPANY = 'WATER_COMPANY',
}
registerEnumType(UnitKind, { name: 'UnitKind', description: 'The role a unit plays in the call room.' });

@Entity({ tableName: 'unit' })
@ObjectType({ description: 'A body in the call room that tickets are transferred to (单位).' })
export class Unit {
  @PrimaryKey({ type: 'string', length: 64 })
  @Field(() => ID)
  id!: string;

  @Enum({ items: () => UnitKind, type: 'string', length: 32 })
  @Field(() => UnitKind)
  kind!: UnitKind;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Chinese name.' })
  name!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  nameEn!: string;

  /** A deactivated unit is offered for nothing new; its tickets and history stay readable. */
  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'False once deactivated: no longer offered for transfer.' })
  active: Opt<boolean> = true;
}
