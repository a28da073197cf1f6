import type { Bus } from '../../realtime/bus.js';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { badInput, checkInput, forbidden, notFound } from '../../errors.js';
import { requireUser, type Viewer } from '../auth/viewer.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Role, User } from '../users/user.entity.js';
import { CreateUnitInput, RenameUnitInput } from './unit.inputs.js';
import { Unit, UnitKind } from './unit.entity.js';
import { readableUnits, readsUnit } from './unit.rules.js';

export class UnitService {
  constructor(
    private readonly places: PlaceDirectory,
    private readonly log: Logger,
    private readonly bus: Bus,
  ) {}

  /** Reads the places again here at once, and on every other instance through the bus. */
  private async changed(): Promise<void> {
    await this.places.refresh();
    this.bus.publish('places.changed', {});
  }

  /** The unit's active staff and head; a unit's own people see only their unit's. */
  members(em: EntityManager, viewer: Viewer, unitId: string): Promise<User[]> {
    if (!readsUnit(readableUnits(requireUser(viewer)), unitId))
      throw forbidden("only your own unit's members are listed", 'otherUnit');
    return em.find(
      User,
      { unit: unitId, active: true, role: { $in: [Role.STAFF, Role.HEAD] } },
      { orderBy: { id: 'asc' } },
    );
  }

  /** The units in the call room; deactivated ones only when asked for (an admin's list). */
  async list(includeInactive: boolean): Promise<Unit[]> {
    const all = [...(await this.places.get()).units.values()];
    return includeInactive ? all : all.filter((u) => u.active);
  }

  async create(em: EntityManager, viewer: Viewer, raw: CreateUnitInput): Promise<Unit> {
    const v = requireUser(viewer, Role.ADMIN);
    const input = await checkInput(Object.assign(new CreateUnitInput(), raw));
    if (input.kind === UnitKind.DESK) throw badInput('kind', 'the call room has one desk', 'invalid');
    if (await em.findOne(Unit, { id: input.id }))
      throw badInput('id', `${input.id} is taken`, 'taken', { value: input.id });
    const unit = em.create(Unit, {
      id: input.id,
      kind: input.kind,
      name: input.name.trim(),
      nameEn: input.nameEn.trim(),
      active: true,
    });
    await em.flush();
    await this.changed();
    this.log.info({ event: 'unit.created', unitId: unit.id, by: v.userId }, 'unit created');
    return unit;
  }

  async rename(em: EntityManager, viewer: Viewer, raw: RenameUnitInput): Promise<Unit> {
    const v = requireUser(viewer, Role.ADMIN);
    const input = await checkInput(Object.assign(new RenameUnitInput(), raw));
    const unit = await this.find(em, input.id);
    unit.name = input.name.trim();
    unit.nameEn = input.nameEn.trim();
    await em.flush();
    await this.changed();
    this.log.info({ event: 'unit.renamed', unitId: unit.id, by: v.userId }, 'unit renamed');
    return unit;
  }

  /**
   * No longer offered for transfer nor proposed by routing; its tickets, history and people stay
   * as they are, readable, so the desk can move what is still open elsewhere.
   */
  async setActive(em: EntityManager, viewer: Viewer, id: string, active: boolean): Promise<Unit> {
    const v = requireUser(viewer, Role.ADMIN);
    const unit = await this.find(em, id);
    if (!active && unit.kind === UnitKind.DESK) throw badInput('id', 'the desk cannot be deactivated', 'notDesk');
    unit.active = active;
    await em.flush();
    await this.changed();
    this.log.info(
      { event: active ? 'unit.reactivated' : 'unit.deactivated', unitId: unit.id, by: v.userId },
      'unit changed',
    );
    return unit;
  }

  private async find(em: EntityManager, id: string): Promise<Unit> {
    const unit = await em.findOne(Unit, { id: id.slice(0, 64) });
    if (!unit) throw notFound('unit', id.slice(0, 64));
    return unit;
  }
}
