import { Role } from '../users/user.entity.js';
import { forbidden, DomainError } from '../../errors.js';

export interface UserViewer {
  kind: 'user';
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  sessionId: number;
}

export interface ApiKeyViewer {
  kind: 'apiKey';
  keyId: number;
  scopes: readonly string[];
  /** The units whose tickets the key reads; null: every unit. */
  unitIds?: readonly string[] | null;
  /** The key's name, as the admin gave it (authentication always fills it in). */
  name?: string;
  /** A wall screen's credential: read-only like any key, and never shown callers in clear. */
  display?: boolean;
}

export type Viewer = UserViewer | ApiKeyViewer | { kind: 'anonymous' };

export const anonymous: Viewer = { kind: 'anonymous' };

export function requireUser(v: Viewer, ...roles: Role[]): UserViewer {
  if (v.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'sign in first');
  if (v.kind === 'apiKey') throw forbidden('an API key is read-only', 'readOnlyKey');
  if (roles.length > 0 && !roles.includes(v.role))
    throw forbidden(`this needs the role ${roles.join(' or ')}; you are ${v.role}`, 'role', { roles, role: v.role });
  return v;
}

/** Anyone signed in, or a key holding the scope. */
export function requireReader(v: Viewer, scope: string): Viewer {
  if (v.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'sign in or send an API key', {}, 'auth.signIn');
  if (v.kind === 'apiKey' && !v.scopes.includes(scope))
    throw forbidden(`this API key lacks the scope ${scope}`, 'scope', { scope });
  return v;
}

/** Third parties never see callers' personal data in clear. */
export function seesCallers(v: Viewer): boolean {
  return v.kind === 'user';
}
