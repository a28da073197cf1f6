import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank, PlainText } from '../../validation.js';

@InputType({ description: 'A read-only key for a third party.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'Whose key it is, e.g. "Jinquan Heating CRM".' })
  @Length(1, 100)
  @NotBlank()
  @PlainText()
  name!: string;

  @Field(() => [String], { description: 'places:read, tickets:read.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  scopes!: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The units whose tickets the key reads; leave out for every unit.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @MaxLength(64, { each: true })
  unitIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; leave out for never.' })
  @IsOptional()
  expiresAt?: Date | null;
}

@InputType({ description: 'A wall screen: reads the board and the map, never a caller in clear.' })
export class CreateDisplayInput {
  @Field(() => String, { description: 'Where the screen hangs, e.g. "Call room, left wall".' })
  @Length(1, 100)
  @NotBlank()
  @PlainText()
  name!: string;

  @Field(() => [ID], { nullable: true, description: 'The units it shows; leave out for the whole city.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @MaxLength(64, { each: true })
  unitIds?: string[] | null;
}
