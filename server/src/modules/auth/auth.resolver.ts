import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseIntId } from '../../ids.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { ApiKey } from './auth.entities.js';

@ObjectType()
class LoginResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@ObjectType()
class CreatedApiKey {
  @Field(() => String, { description: 'The secret, shown this once. Send as `Authorization: Bearer <key>`.' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => LoginResult)
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em, services }: Context,
  ): Promise<LoginResult> {
    return services.auth.login(em, username.slice(0, 64), password.slice(0, 200));
  }

  @Mutation(() => Boolean, { description: 'Ends this token’s session.' })
  logout(@Ctx() { em, viewer, services }: Context): Promise<boolean> {
    return services.auth.logout(em, viewer);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null for an API key or no credential.' })
  me(@Ctx() { em, viewer, services }: Context): Promise<User | null> {
    return services.auth.me(em, viewer);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() u: User, @Ctx() { services }: Context) {
    return u.unit ? services.places.unit(u.unit.id) : null;
  }

  @Mutation(() => CreatedApiKey, { description: 'ADMIN only. Scopes: places:read, tickets:read.' })
  async createApiKey(
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [String]) scopes: string[],
    @Ctx() { em, viewer, services }: Context,
  ): Promise<CreatedApiKey> {
    return services.auth.createApiKey(em, viewer, name, scopes);
  }

  @Mutation(() => ApiKey, { description: 'ADMIN only. The key stops working at once.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context): Promise<ApiKey> {
    return services.auth.revokeApiKey(em, viewer, parseIntId(id));
  }

  @Query(() => [ApiKey], { description: 'ADMIN only.' })
  apiKeys(@Ctx() { em, viewer, services }: Context): Promise<ApiKey[]> {
    return services.auth.listApiKeys(em, viewer);
  }
}
