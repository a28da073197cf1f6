import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';

/** A problem category; a table, not an enum, so a city can add its own. */
@Entity({ tableName: 'category' })
@ObjectType({ description: 'What a call is about (no heat, leak, billing...). Cities may add their own.' })
export class Category {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 32 })
  @Field(() => ID)
  code!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  nameEn!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  sortOrder!: number;
}

/** One of the hotlines merged into the desk. */
@Entity({ tableName: 'channel' })
@ObjectType({ description: 'A hotline merged into the desk; every ticket records the line the call came in on.' })
export class Channel {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 32 })
  @Field(() => ID)
  code!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  nameEn!: string;

  @ManyToOne(() => Unit, { ref: true })
  ownerUnit!: Ref<Unit>;
}
