import { IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';
import { Role } from './user.entity.js';

/** Letters, digits, dot, dash and underscore, starting with a letter or digit: typed at a sign-in box. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

@InputType({ description: 'A person who will sign in. STAFF and HEAD need a unit.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Lower-case letters, digits, . _ -; 2 to 64 characters.' })
  @Matches(USERNAME, { message: 'username must be 2–64 lower-case letters, digits, . _ or -' })
  username!: string;

  @Field(() => String, { description: 'As the board shows them, e.g. "金泉热力 杨磊".' })
  @Length(1, 100)
  @NotBlank()
  @PlainText()
  displayName!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  @MaxLength(1000)
  password!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  unitId?: string | null;
}

@InputType({ description: 'What to change about a user; what is left out stays.' })
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  @NotBlank()
  @PlainText()
  displayName?: string | null;

  @Field(() => Role, { nullable: true, description: 'A new role signs the user out everywhere.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A new unit signs the user out everywhere. Leave out to keep it; set clearUnit to remove it.',
  })
  @IsOptional()
  @MaxLength(64)
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Take the user out of their unit (not for STAFF or HEAD).' })
  @IsOptional()
  clearUnit?: boolean | null;
}
