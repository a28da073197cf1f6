import type { EntityManager } from '@mikro-orm/knex';
import { forbidden } from '../../errors.js';
import { requireUser, type Viewer } from '../auth/viewer.js';
import { Role, User } from '../users/user.entity.js';
import { unitScope } from './unit.rules.js';

export class UnitService {
  /** The unit's active staff and head; a unit's own people see only their unit's. */
  members(em: EntityManager, viewer: Viewer, unitId: string): Promise<User[]> {
    const scope = unitScope(requireUser(viewer));
    if (scope !== undefined && scope !== unitId)
      throw forbidden("only your own unit's members are listed", 'otherUnit');
    return em.find(
      User,
      { unit: unitId, active: true, role: { $in: [Role.STAFF, Role.HEAD] } },
      { orderBy: { id: 'asc' } },
    );
  }
}
