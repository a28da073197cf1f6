import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../users/user.entity.js';

/** A signed-in session; only the token's hash is kept, so a copied database yields no tokens. */
@Entity({ tableName: 'auth_session' })
export class AuthSession {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}

export enum ApiScope {
  PLACES_READ = 'places:read',
  TICKETS_READ = 'tickets:read',
}

/** What a key is for: a third party's system, or a wall screen paired from the admin page. */
export enum ApiKeyKind {
  API_KEY = 'API_KEY',
  DISPLAY = 'DISPLAY',
}
registerEnumType(ApiKeyKind, {
  name: 'ApiKeyKind',
  description: 'API_KEY: a third party’s read-only key. DISPLAY: a wall screen’s board credential.',
});

/** The scopes a wall screen holds: the board and the map, nothing else. */
export const DISPLAY_SCOPES: readonly string[] = [ApiScope.TICKETS_READ, ApiScope.PLACES_READ];

/** A read-only key for third parties; the secret is shown once and kept only as a hash. */
@Entity({ tableName: 'api_key' })
@ObjectType({ description: 'A read-only key for a third party. The secret itself is never shown again.' })
export class ApiKey {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'json' })
  @Field(() => [String])
  scopes!: string[];

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Enum({ items: () => ApiKeyKind, type: 'string', length: 16, default: ApiKeyKind.API_KEY })
  @Field(() => ApiKeyKind)
  kind: ApiKeyKind = ApiKeyKind.API_KEY;

  /** The units whose tickets the key reads; null: every unit. */
  @Property({ type: 'json', nullable: true })
  @Field(() => [ID], { nullable: true, description: 'The units whose tickets the key reads; null: every unit.' })
  unitIds?: string[] | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'The key stops working then; null: never.' })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the key was last used, to within a minute.' })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the secret was last replaced.' })
  rotatedAt?: Date | null;

  /** A display's one-time pairing code, as a hash; null once paired. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  pairingCodeHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'A display: its pairing code works until then; null once paired.' })
  pairingExpiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'A display: when a screen was last paired with it.' })
  pairedAt?: Date | null;
}
