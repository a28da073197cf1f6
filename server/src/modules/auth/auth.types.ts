import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role, User } from '../users/user.entity.js';
import { ApiKey } from './auth.entities.js';

@ObjectType()
export class LoginResult {
  @Field(() => String, {
    description: 'Send as `Authorization: Bearer <token>`. Over HTTP a browser also gets it as an HttpOnly cookie.',
  })
  token!: string;

  @Field(() => User)
  user!: User;

  @Field(() => Date, { description: 'When the session ends by itself.' })
  expiresAt!: Date;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => String, { description: 'The secret, shown this once. Send as `Authorization: Bearer <key>`.' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@ObjectType({ description: 'A one-time code a wall screen trades for its display credential at /pair.' })
export class DisplayPairing {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'XXXX-XXXX, shown this once; it works once.' })
  code!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType({ description: 'What a wall screen keeps after pairing.' })
export class PairedDisplay {
  @Field(() => String, { description: 'The display credential. Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => String)
  name!: string;
}

export enum CredentialKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  DISPLAY = 'DISPLAY',
}
registerEnumType(CredentialKind, {
  name: 'CredentialKind',
  description: 'A signed-in person, a third party’s API key, or a wall screen.',
});

@ObjectType({ description: 'Who the credential on this request is, and what it may read.' })
export class ViewerInfo {
  @Field(() => CredentialKind)
  kind!: CredentialKind;

  @Field(() => String, { description: 'A user’s display name, or the key’s or display’s name.' })
  name!: string;

  @Field(() => [String], { description: 'A key’s scopes; empty for a user, whose role says what they may do.' })
  scopes!: string[];

  @Field(() => [ID], { nullable: true, description: 'The units whose tickets it reads; null: every unit.' })
  unitIds!: string[] | null;

  @Field(() => Role, { nullable: true, description: 'A user’s role; null for a key.' })
  role!: Role | null;

  @Field(() => ID, { nullable: true, description: 'A user’s id, or a key’s.' })
  id!: string | null;
}
