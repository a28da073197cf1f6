import { IsEnum, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';
import { UnitKind } from './unit.entity.js';

/** A unit's id is in every ticket that went there, so it is chosen once, plainly: unit-water, unit-property-09. */
export const UNIT_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** A unit's two names, as created and as renamed. */
@InputType()
abstract class UnitNames {
  @Field(() => String, { description: 'Chinese name.' })
  @Length(1, 200)
  @NotBlank()
  @PlainText()
  name!: string;

  @Field(() => String)
  @Length(1, 200)
  @NotBlank()
  @PlainText()
  nameEn!: string;
}

@InputType({ description: 'A body that tickets are transferred to.' })
export class CreateUnitInput extends UnitNames {
  @Field(() => ID, { description: 'Lower-case letters, digits and dashes, e.g. unit-property-09; never changes.' })
  @Matches(UNIT_ID, { message: 'id must be 2–64 lower-case letters, digits or dashes' })
  id!: string;

  @Field(() => UnitKind)
  @IsEnum(UnitKind)
  kind!: UnitKind;
}

@InputType()
export class RenameUnitInput extends UnitNames {
  @Field(() => ID)
  @Length(1, 64)
  id!: string;
}
