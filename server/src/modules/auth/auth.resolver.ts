import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseIntId } from '../../ids.js';
import { Unit } from '../units/unit.entity.js';
import { readableUnits } from '../units/unit.rules.js';
import { User } from '../users/user.entity.js';
import { CreateDisplayInput } from './api-key.inputs.js';
import { ApiKey, ApiKeyKind } from './auth.entities.js';
import { CreatedApiKey, CredentialKind, DisplayPairing, LoginResult, PairedDisplay, ViewerInfo } from './auth.types.js';

/** The client's address on HTTP; a socket is opened with a credential already, so sign-in is by HTTP. */
const addressOf = (ctx: Context) => (ctx.transport === 'http' ? (ctx.address ?? null) : null);

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description: 'Too many failures for the username or from the address: TOO_MANY_REQUESTS, with retryAfterSeconds.',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const result = await ctx.services.auth.login(ctx.em, username.slice(0, 64), password.slice(0, 200), addressOf(ctx));
    if (ctx.transport === 'http') ctx.cookie?.set(result.token, result.expiresAt);
    return result;
  }

  @Mutation(() => Boolean, {
    description:
      'Ends this session and clears the browser’s session cookie. A display’s screen only forgets its credential (revoke it to end it).',
  })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.transport === 'http') ctx.cookie?.clear();
    if (ctx.viewer.kind === 'apiKey' && ctx.viewer.display) return true;
    return ctx.services.auth.logout(ctx.em, ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description: 'Any signed-in user: a new password, after the current one. Their other sessions end.',
  })
  changeOwnPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.auth.changeOwnPassword(
      ctx.em,
      ctx.viewer,
      currentPassword.slice(0, 200),
      newPassword.slice(0, 1000),
      addressOf(ctx),
    );
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null for an API key or no credential.' })
  me(@Ctx() { em, viewer, services }: Context): Promise<User | null> {
    return services.auth.me(em, viewer);
  }

  @Query(() => ViewerInfo, {
    nullable: true,
    description: 'Who this credential is: a user, an API key or a display, with what it reads; null without one.',
  })
  viewer(@Ctx() { viewer: v }: Context): ViewerInfo | null {
    if (v.kind === 'anonymous') return null;
    const units = readableUnits(v);
    const unitIds = units === null ? null : [...units];
    if (v.kind === 'apiKey')
      return {
        kind: v.display ? CredentialKind.DISPLAY : CredentialKind.API_KEY,
        id: String(v.keyId),
        name: v.name ?? '',
        scopes: [...v.scopes],
        unitIds,
        role: null,
      };
    return { kind: CredentialKind.USER, id: String(v.userId), name: v.displayName, scopes: [], unitIds, role: v.role };
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() u: User, @Ctx() { services }: Context) {
    return u.unit ? services.places.unit(u.unit.id) : null;
  }

  @Mutation(() => CreatedApiKey, {
    description:
      'ADMIN only. Scopes: places:read, tickets:read. unitIds limits it to those units’ tickets; expiresAt ends it.',
  })
  async createApiKey(
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [String]) scopes: string[],
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Arg('expiresAt', () => Date, { nullable: true }) expiresAt: Date | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<CreatedApiKey> {
    return services.apiKeys.create(em, viewer, { name, scopes, unitIds, expiresAt });
  }

  @Mutation(() => CreatedApiKey, { description: 'ADMIN only. A new secret, shown once; the old one stops at once.' })
  rotateApiKey(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context): Promise<CreatedApiKey> {
    return services.apiKeys.rotate(em, viewer, parseIntId(id));
  }

  @Mutation(() => ApiKey, {
    description: 'ADMIN only. The key (or display) stops working at once; its open sockets close with 4401.',
  })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context): Promise<ApiKey> {
    return services.apiKeys.revoke(em, viewer, parseIntId(id));
  }

  @Query(() => [ApiKey], { description: 'ADMIN only. Keys and displays, or only those of one kind.' })
  apiKeys(
    @Arg('kind', () => ApiKeyKind, { nullable: true }) kind: ApiKeyKind | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<ApiKey[]> {
    return services.apiKeys.list(em, viewer, kind);
  }

  @Mutation(() => DisplayPairing, {
    description: 'ADMIN only. A wall screen’s read-only board credential, paired by the code returned.',
  })
  createDisplay(
    @Arg('input', () => CreateDisplayInput) input: CreateDisplayInput,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<DisplayPairing> {
    return services.apiKeys.createDisplay(em, viewer, input);
  }

  @Mutation(() => DisplayPairing, {
    description: 'ADMIN only. A new pairing code for a display; the screen that pairs with it replaces the last.',
  })
  newDisplayPairing(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<DisplayPairing> {
    return services.apiKeys.newPairing(em, viewer, parseIntId(id));
  }

  @Mutation(() => PairedDisplay, {
    description: 'No credential needed: a wall screen trades its one-time pairing code for its display credential.',
  })
  async pairDisplay(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<PairedDisplay> {
    const { token, apiKey } = await ctx.services.apiKeys.pair(ctx.em, code, addressOf(ctx));
    if (ctx.transport === 'http') ctx.cookie?.set(token, apiKey.expiresAt ?? null);
    return { token, name: apiKey.name };
  }
}
