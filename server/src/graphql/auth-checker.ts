import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context.js';
import { ApiScope } from '../modules/auth/auth.entities.js';
import { requireReader, requireUser } from '../modules/auth/viewer.js';
import { Role } from '../modules/users/user.entity.js';

const SCOPES = new Set<string>(Object.values(ApiScope));
const ROLES = new Set<string>(Object.values(Role));

/**
 * The gate of `@Authorized(...)`, read as: an ApiScope — anyone signed in, or a key holding that
 * scope; Roles — a signed-in user with one of them; nothing — any signed-in user (no key). It
 * throws the domain refusal itself, so the message and code are those a service would give.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, rules) => {
  const scope = rules.find((r) => SCOPES.has(r));
  if (scope) {
    requireReader(context.viewer, scope);
    return true;
  }
  const unknown = rules.find((r) => !ROLES.has(r));
  if (unknown) throw new Error(`@Authorized names neither a role nor a scope: ${unknown}`);
  requireUser(context.viewer, ...(rules as Role[]));
  return true;
};
