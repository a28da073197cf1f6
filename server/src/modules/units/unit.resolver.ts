import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { User } from '../users/user.entity.js';
import { CreateUnitInput, RenameUnitInput } from './unit.inputs.js';
import { Unit } from './unit.entity.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], {
    description:
      'The units in the call room, and the property companies: the active ones, to transfer to; with includeInactive, all.',
  })
  @Authorized(ApiScope.PLACES_READ)
  units(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() { services }: Context,
  ): Promise<Unit[]> {
    return services.units.list(includeInactive);
  }

  @FieldResolver(() => [User], {
    description:
      "The unit's active staff and head, whom its head may assign tickets to. Signed-in users only; staff see their own unit's.",
  })
  @Authorized()
  members(@Root() unit: Unit, @CurrentViewer() viewer: Viewer, @Ctx() { em, services }: Context): Promise<User[]> {
    return services.units.members(em, viewer, unit.id);
  }

  @Mutation(() => Unit, { description: 'ADMIN only. The id never changes; tickets carry it.' })
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() { em, viewer, services }: Context) {
    return services.units.create(em, viewer, input);
  }

  @Mutation(() => Unit, { description: 'ADMIN only.' })
  renameUnit(@Arg('input', () => RenameUnitInput) input: RenameUnitInput, @Ctx() { em, viewer, services }: Context) {
    return services.units.rename(em, viewer, input);
  }

  @Mutation(() => Unit, {
    description: 'ADMIN only. No longer offered for transfer nor proposed; its tickets stay readable.',
  })
  deactivateUnit(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context) {
    return services.units.setActive(em, viewer, id, false);
  }

  @Mutation(() => Unit, { description: 'ADMIN only.' })
  reactivateUnit(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context) {
    return services.units.setActive(em, viewer, id, true);
  }
}
