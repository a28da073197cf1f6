import { Role } from './user.entity.js';

/** The shortest password accepted: long enough that a guessed one costs more than the backoff allows. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** What is wrong with a new password, as an input reason and words; null when it will do. */
export function passwordProblem(
  password: string,
  username: string,
): { reason: 'required' | 'length' | 'weakPassword'; message: string } | null {
  if (!password.trim()) return { reason: 'required', message: 'must not be blank' };
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX)
    return { reason: 'length', message: `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` };
  if (new Set(password).size < 4) return { reason: 'weakPassword', message: 'must not repeat a few characters' };
  if (password.toLowerCase().includes(username.toLowerCase()))
    return { reason: 'weakPassword', message: 'must not contain the username' };
  return null;
}

/** Roles whose people belong to one unit, and work only its tickets. */
export const UNIT_ROLES: readonly Role[] = [Role.STAFF, Role.HEAD];

/** What is wrong with giving `role` this unit; null when it fits. */
export function membershipProblem(role: Role, unitId: string | null): string | null {
  if (UNIT_ROLES.includes(role) && !unitId) return `a ${role} belongs to a unit: give unitId`;
  return null;
}

/**
 * What an admin may not do to their own account: deactivate it, or take away its ADMIN role, so
 * that the last admin cannot lock everyone out by a slip.
 */
export function selfChangeProblem(
  actorId: number,
  targetId: number,
  change: { deactivate?: boolean; role?: Role },
): string | null {
  if (actorId !== targetId) return null;
  if (change.deactivate) return 'you cannot deactivate your own account';
  if (change.role !== undefined && change.role !== Role.ADMIN) return 'you cannot take the ADMIN role from yourself';
  return null;
}

/**
 * Whether a change to a user must sign them out everywhere: a new role or unit changes what every
 * open screen of theirs may see, and a signed-in screen keeps the rights it signed in with.
 */
export function changesRights(
  before: { role: Role; unitId: string | null },
  after: { role: Role; unitId: string | null },
): boolean {
  return before.role !== after.role || before.unitId !== after.unitId;
}
