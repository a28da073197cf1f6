import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiScope } from '../auth/auth.entities.js';
import { Category, Channel } from './catalog.entities.js';

@Resolver()
export class CatalogResolver {
  @Query(() => [Category])
  @Authorized(ApiScope.PLACES_READ)
  async categories(@Ctx() { services }: Context): Promise<Category[]> {
    return [...(await services.places.get()).categories.values()];
  }

  @Query(() => [Channel], { description: 'The hotlines merged into the desk.' })
  @Authorized(ApiScope.PLACES_READ)
  async channels(@Ctx() { services }: Context): Promise<Channel[]> {
    return [...(await services.places.get()).channels.values()];
  }
}
