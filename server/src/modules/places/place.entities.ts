import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';

export enum HeatingArrangement {
  /** Heated directly by the heating company. */
  DIRECT = 'DIRECT',
  /** The heating company delivers to a station a property company runs. */
  PROPERTY = 'PROPERTY',
}
registerEnumType(HeatingArrangement, { name: 'HeatingArrangement' });

/** What every place on the map has: an id, a name in both languages, and a position. */
@Entity({ abstract: true })
@ObjectType()
abstract class Place {
  @PrimaryKey({ type: 'string', length: 64 })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Chinese name.' })
  name!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  nameEn!: string;

  @Property({ type: 'double' })
  @Field(() => Float)
  lat!: number;

  @Property({ type: 'double' })
  @Field(() => Float)
  lon!: number;
}

@Entity({ tableName: 'heat_source' })
@ObjectType({ description: 'A heating plant (热源).' })
export class HeatSource extends Place {
  @ManyToOne(() => Unit, { ref: true })
  operatorUnit!: Ref<Unit>;
}

@Entity({ tableName: 'station' })
@ObjectType({ description: 'A heat-exchange station (换热站).' })
export class Station extends Place {
  @ManyToOne(() => HeatSource, { ref: true })
  heatSource!: Ref<HeatSource>;

  /** The heating company, or the property company that runs this station. */
  @ManyToOne(() => Unit, { ref: true })
  operatorUnit!: Ref<Unit>;
}

@Entity({ tableName: 'compound' })
@ObjectType({ description: 'A residential compound (小区).' })
export class Compound extends Place {
  @Property({ type: 'string', length: 32 })
  @Index()
  @Field(() => String, {
    description: 'Pinyin initials of the Chinese name, for quick search at the desk (文丰小区 → wfxq).',
  })
  initials!: string;

  @ManyToOne(() => Station, { ref: true })
  station!: Ref<Station>;

  @Enum({ items: () => HeatingArrangement, type: 'string', length: 16 })
  @Field(() => HeatingArrangement)
  heating!: HeatingArrangement;

  @Property({ type: 'integer' })
  @Field(() => Int)
  households!: number;

  @Property({ type: 'integer' })
  @Field(() => Int)
  residents!: number;
}
