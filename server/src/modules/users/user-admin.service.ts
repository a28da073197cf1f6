import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { badInput, checkInput, notFound } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import type { AuthService } from '../auth/auth.service.js';
import { hashPassword, requireStrongPassword } from '../auth/password.js';
import { requireUser, type UserViewer, type Viewer } from '../auth/viewer.js';
import { forbidden } from '../../errors.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Unit } from '../units/unit.entity.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { Role, User } from './user.entity.js';
import { changesRights, membershipProblem, selfChangeProblem } from './user.rules.js';

/** The people who sign in: created, changed, deactivated and given new passwords by an ADMIN. */
export class UserAdminService {
  constructor(
    private readonly auth: AuthService,
    private readonly places: PlaceDirectory,
    private readonly log: Logger,
  ) {}

  list(em: EntityManager, viewer: Viewer): Promise<User[]> {
    requireUser(viewer, Role.ADMIN);
    return em.find(User, {}, { orderBy: { id: 'asc' } });
  }

  async create(em: EntityManager, viewer: Viewer, raw: CreateUserInput): Promise<User> {
    const v = requireUser(viewer, Role.ADMIN);
    return this.createTrusted(em, raw, `user ${v.userId}`);
  }

  /**
   * The same checks without asking who is asking: for the command line, whose user holds the
   * database already (the first admin has nobody to be created by).
   */
  async createTrusted(em: EntityManager, raw: CreateUserInput, by: string): Promise<User> {
    const input = await checkInput(Object.assign(new CreateUserInput(), raw));
    requireStrongPassword('password', input.password, input.username);
    const unitId = await this.checkMembership(input.role, input.unitId ?? null);
    if ((await em.count(User, { username: input.username })) > 0)
      throw badInput('username', `${input.username} is taken`, 'taken', { value: input.username });
    const user = em.create(User, {
      username: input.username,
      displayName: input.displayName.trim(),
      role: input.role,
      unit: unitId ? em.getReference(Unit, unitId) : null,
      passwordHash: await hashPassword(input.password),
      active: true,
    });
    await em.flush();
    this.log.info({ event: 'user.created', userId: user.id, role: user.role, unitId, by }, 'user created');
    return user;
  }

  async update(em: EntityManager, viewer: Viewer, raw: UpdateUserInput): Promise<User> {
    const v = requireUser(viewer, Role.ADMIN);
    const input = await checkInput(Object.assign(new UpdateUserInput(), raw));
    const user = await this.find(em, input.id);
    const role = input.role ?? user.role;
    this.refuseSelf(v, user, { role });
    const wantedUnit = input.clearUnit
      ? null
      : input.unitId !== undefined && input.unitId !== null
        ? input.unitId
        : (user.unit?.id ?? null);
    const unitId = await this.checkMembership(role, wantedUnit, user.unit?.id ?? null);
    const before = { role: user.role, unitId: user.unit?.id ?? null };
    if (input.displayName) user.displayName = input.displayName.trim();
    user.role = role;
    user.unit = unitId ? em.getReference(Unit, unitId, { wrapped: true }) : null;
    await em.flush();
    if (changesRights(before, { role, unitId })) await this.auth.revokeSessionsOf(em, user.id);
    this.log.info({ event: 'user.updated', userId: user.id, role, unitId, by: v.userId }, 'user changed');
    return user;
  }

  /** The user can no longer sign in; every screen of theirs is signed out (sockets close with 4401). */
  async deactivate(em: EntityManager, viewer: Viewer, id: string): Promise<User> {
    const v = requireUser(viewer, Role.ADMIN);
    const user = await this.find(em, id);
    this.refuseSelf(v, user, { deactivate: true });
    user.active = false;
    await em.flush();
    await this.auth.revokeSessionsOf(em, user.id);
    this.log.info({ event: 'user.deactivated', userId: user.id, by: v.userId }, 'user deactivated');
    return user;
  }

  async reactivate(em: EntityManager, viewer: Viewer, id: string): Promise<User> {
    const v = requireUser(viewer, Role.ADMIN);
    const user = await this.find(em, id);
    user.active = true;
    await em.flush();
    this.log.info({ event: 'user.reactivated', userId: user.id, by: v.userId }, 'user reactivated');
    return user;
  }

  /** An admin sets a new password (the user forgot theirs); their sessions end. */
  async resetPassword(em: EntityManager, viewer: Viewer, id: string, password: string): Promise<User> {
    const v = requireUser(viewer, Role.ADMIN);
    const user = await this.find(em, id);
    requireStrongPassword('password', password, user.username);
    user.passwordHash = await hashPassword(password);
    await em.flush();
    await this.auth.revokeSessionsOf(em, user.id);
    this.log.info({ event: 'user.passwordReset', userId: user.id, by: v.userId }, 'password reset by an admin');
    return user;
  }

  private refuseSelf(v: UserViewer, user: User, change: Parameters<typeof selfChangeProblem>[2]): void {
    const problem = selfChangeProblem(v.userId, user.id, change);
    if (problem) throw forbidden(problem, 'ownAccount');
  }

  private async find(em: EntityManager, id: string): Promise<User> {
    const user = await em.findOne(User, { id: parseIntId(id) });
    if (!user) throw notFound('user', id);
    return user;
  }

  /** The unit fits the role and exists; a deactivated unit takes no one new (`current` may stay). */
  private async checkMembership(
    role: Role,
    unitId: string | null,
    current: string | null = null,
  ): Promise<string | null> {
    const problem = membershipProblem(role, unitId);
    if (problem) throw badInput('unitId', problem, 'required');
    if (!unitId) return null;
    const unit = await this.places.unit(unitId);
    if (!unit) throw badInput('unitId', `unknown unit ${unitId}`, 'unknown', { value: unitId });
    if (!unit.active && unitId !== current)
      throw badInput('unitId', `${unit.name} is deactivated`, 'inactiveUnit', {
        unit: { name: unit.name, nameEn: unit.nameEn },
      });
    return unitId;
  }
}
