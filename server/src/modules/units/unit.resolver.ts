import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { User } from '../users/user.entity.js';
import { Unit } from './unit.entity.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], { description: 'The units in the call room, and the property companies.' })
  @Authorized(ApiScope.PLACES_READ)
  async units(@Ctx() { services }: Context): Promise<Unit[]> {
    return [...(await services.places.get()).units.values()];
  }

  @FieldResolver(() => [User], {
    description:
      "The unit's active staff and head, whom its head may assign tickets to. Signed-in users only; staff see their own unit's.",
  })
  @Authorized()
  members(@Root() unit: Unit, @CurrentViewer() viewer: Viewer, @Ctx() { em, services }: Context): Promise<User[]> {
    return services.units.members(em, viewer, unit.id);
  }
}
