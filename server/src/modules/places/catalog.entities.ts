import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';

/** A coded list entry with a name in both languages; a table, not an enum, so a city can add its own. */
@Entity({ abstract: true })
@ObjectType()
abstract class CatalogEntry {
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
}

@Entity({ tableName: 'category' })
@ObjectType({ description: 'What a call is about (no heat, leak, billing...). Cities may add their own.' })
export class Category extends CatalogEntry {
  @Property({ type: 'integer' })
  @Field(() => Int)
  sortOrder!: number;
}

@Entity({ tableName: 'channel' })
@ObjectType({ description: 'A hotline merged into the desk; every ticket records the line the call came in on.' })
export class Channel extends CatalogEntry {
  @ManyToOne(() => Unit, { ref: true })
  ownerUnit!: Ref<Unit>;
}
