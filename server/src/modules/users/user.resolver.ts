import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden } from '../../errors.js';
import { requireUser } from '../auth/viewer.js';
import { unitScope } from '../tickets/ticket-permissions.rules.js';
import { Unit } from '../units/unit.entity.js';
import { Role, User } from './user.entity.js';

@Resolver(() => Unit)
export class UnitMembersResolver {
  @FieldResolver(() => [User], {
    description:
      "The unit's active staff and head, whom its head may assign tickets to. Signed-in users only; staff see their own unit's.",
  })
  members(@Root() unit: Unit, @Ctx() { em, viewer }: Context): Promise<User[]> {
    const scope = unitScope(requireUser(viewer));
    if (scope !== undefined && scope !== unit.id) throw forbidden("only your own unit's members are listed");
    return em.find(
      User,
      { unit: unit.id, active: true, role: { $in: [Role.STAFF, Role.HEAD] } },
      { orderBy: { id: 'asc' } },
    );
  }
}
