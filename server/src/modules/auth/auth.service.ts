import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { badInput, DomainError, notFound } from '../../errors.js';
import { Role, User } from '../users/user.entity.js';
import { ApiKey, ApiScope, AuthSession } from './auth.entities.js';
import { hashPassword, verifyPassword } from './password.js';
import { anonymous, requireUser, type Viewer } from './viewer.js';
import type { Bus } from '../../realtime/bus.js';

const SESSION_PREFIX = 'hls_';
const KEY_PREFIX = 'hlk_';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = (prefix: string) => prefix + randomBytes(32).toString('base64url');

// Compared against when the user does not exist, so a wrong username costs as long as a wrong password.
const dummyHash = hashPassword('not a real password');

/** How long a verified credential is trusted without asking the database again. */
export const CREDENTIAL_CACHE_MS = 5_000;
const CREDENTIAL_CACHE_MAX = 10_000;

export class AuthService {
  // Every request carries a credential; re-reading it from the database each time costs more
  // than the request's own work. Logout and revocation on this instance clear it at once;
  // on other instances it lapses within CREDENTIAL_CACHE_MS.
  private readonly verified = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly sessionHours: number,
    private readonly bus: Bus,
  ) {
    // A revocation on any instance clears the trusted copy on every instance.
    bus.on('auth.revoked', ({ sessionId, keyId }) =>
      this.forget(
        (v) => (v.kind === 'user' && v.sessionId === sessionId) || (v.kind === 'apiKey' && v.keyId === keyId),
      ),
    );
  }

  /** A new session for the user, and the user; the same refusal for an unknown name and a wrong password. */
  async login(em: EntityManager, username: string, password: string): Promise<{ token: string; user: User }> {
    const user = await em.findOne(User, { username, active: true });
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok) throw new DomainError('UNAUTHENTICATED', 'wrong username or password', {}, 'auth.wrongPassword');
    const token = secret(SESSION_PREFIX);
    const now = new Date();
    em.create(AuthSession, {
      tokenHash: sha256(token),
      user,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.sessionHours * 3600_000),
    });
    await em.flush();
    return { token, user };
  }

  /** The signed-in user; null for an API key or no credential. */
  me(em: EntityManager, viewer: Viewer): Promise<User | null> {
    return viewer.kind === 'user' ? em.findOne(User, { id: viewer.userId }) : Promise.resolve(null);
  }

  async logout(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const v = requireUser(viewer);
    await em.nativeUpdate(AuthSession, { id: v.sessionId }, { revokedAt: new Date() });
    this.bus.publish('auth.revoked', { sessionId: v.sessionId });
    return true;
  }

  /** Resolves an `Authorization: Bearer …` credential; a bad one is refused, a missing one is anonymous. */
  async authenticate(em: EntityManager, authorization: string | undefined | null): Promise<Viewer> {
    if (!authorization) return anonymous;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1])
      throw new DomainError(
        'UNAUTHENTICATED',
        'the Authorization header must be "Bearer <token>"',
        {},
        'auth.badHeader',
      );
    return this.fromCredential(em, match[1]);
  }

  async fromCredential(em: EntityManager, credential: string): Promise<Viewer> {
    const hash = sha256(credential);
    const now = Date.now();
    const cached = this.verified.get(hash);
    if (cached && cached.until > now) return cached.viewer;
    const viewer = await this.lookup(em, credential, hash);
    if (this.verified.size >= CREDENTIAL_CACHE_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(hash, { viewer, until: now + CREDENTIAL_CACHE_MS });
    return viewer;
  }

  private forget(match: (v: Viewer) => boolean): void {
    for (const [hash, { viewer }] of this.verified) if (match(viewer)) this.verified.delete(hash);
  }

  private async lookup(requestEm: EntityManager, credential: string, hash: string): Promise<Viewer> {
    // Its own unit of work, so the request's later flushes never touch the session or key rows.
    const em = requestEm.fork();
    if (credential.startsWith(KEY_PREFIX)) {
      const key = await em.findOne(ApiKey, { secretHash: hash, revokedAt: null });
      if (!key) throw new DomainError('UNAUTHENTICATED', 'unknown or revoked API key', {}, 'auth.unknownKey');
      return { kind: 'apiKey', keyId: key.id, scopes: key.scopes };
    }
    const session = await em.findOne(
      AuthSession,
      { tokenHash: hash, revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
    const user = session?.user.getEntity();
    if (!session || !user?.active)
      throw new DomainError('UNAUTHENTICATED', 'unknown, expired or signed-out token', {}, 'auth.sessionEnded');
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unit?.id ?? null,
      sessionId: session.id,
    };
  }

  async createApiKey(
    em: EntityManager,
    viewer: Viewer,
    name: string,
    scopes: string[],
  ): Promise<{ key: string; apiKey: ApiKey }> {
    const v = requireUser(viewer, Role.ADMIN);
    const known = Object.values(ApiScope) as string[];
    const unknown = scopes.filter((s) => !known.includes(s));
    if (unknown.length > 0)
      throw badInput('scopes', `unknown scope ${unknown.join(', ')}; known: ${known.join(', ')}`, 'unknown', {
        value: unknown.join(', '),
      });
    if (scopes.length === 0) throw badInput('scopes', 'give at least one scope', 'required');
    if (!name.trim()) throw badInput('name', 'must not be empty', 'required');
    const key = secret(KEY_PREFIX);
    const apiKey = em.create(ApiKey, {
      name: name.trim(),
      secretHash: sha256(key),
      scopes: [...new Set(scopes)],
      createdBy: em.getReference(User, v.userId),
      createdAt: new Date(),
    });
    await em.flush();
    return { key, apiKey };
  }

  async revokeApiKey(em: EntityManager, viewer: Viewer, id: number): Promise<ApiKey> {
    requireUser(viewer, Role.ADMIN);
    const key = await em.findOne(ApiKey, { id });
    if (!key) throw notFound('API key', id);
    key.revokedAt ??= new Date();
    await em.flush();
    this.bus.publish('auth.revoked', { keyId: id });
    return key;
  }

  async listApiKeys(em: EntityManager, viewer: Viewer): Promise<ApiKey[]> {
    requireUser(viewer, Role.ADMIN);
    return em.find(ApiKey, {}, { orderBy: { id: 'asc' } });
  }
}
