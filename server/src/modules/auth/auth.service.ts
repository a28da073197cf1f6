import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { pino, type Logger } from 'pino';
import { DomainError } from '../../errors.js';
import { User } from '../users/user.entity.js';
import { ApiKey, ApiKeyKind, AuthSession } from './auth.entities.js';
import { LoginLimits } from './login-limits.js';
import { hashPassword, requireStrongPassword, verifyPassword } from './password.js';
import { anonymous, requireUser, type Viewer } from './viewer.js';
import type { Bus } from '../../realtime/bus.js';

const SESSION_PREFIX = 'hls_';
/** An API key's secret; a display's secret starts DISPLAY_PREFIX. Both are keys to `lookup`. */
export const KEY_PREFIX = 'hlk_';
export const DISPLAY_PREFIX = 'hld_';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const secret = (prefix: string) => prefix + randomBytes(32).toString('base64url');

// Compared against when the user does not exist, so a wrong username costs as long as a wrong password.
const dummyHash = hashPassword('not a real password');

/** How long a verified credential is trusted without asking the database again. */
export const CREDENTIAL_CACHE_MS = 5_000;
const CREDENTIAL_CACHE_MAX = 10_000;
/** A key's last use is written at most this often: a key in steady use is one write a minute, not one a request. */
export const LAST_USED_GRANULARITY_MS = 60_000;

export class AuthService {
  // Every request carries a credential; re-reading it from the database each time costs more
  // than the request's own work. Logout and revocation on this instance clear it at once;
  // on other instances it lapses within CREDENTIAL_CACHE_MS.
  private readonly verified = new Map<string, { viewer: Viewer; until: number }>();
  private readonly lastUseWritten = new Map<number, number>();

  constructor(
    private readonly sessionHours: number,
    private readonly bus: Bus,
    private readonly limits: LoginLimits = new LoginLimits(null, pino({ level: 'silent' })),
    private readonly log: Logger = pino({ level: 'silent' }),
  ) {
    // A revocation on any instance clears the trusted copy on every instance.
    bus.on('auth.revoked', ({ sessionId, keyId }) =>
      this.forget(
        (v) => (v.kind === 'user' && v.sessionId === sessionId) || (v.kind === 'apiKey' && v.keyId === keyId),
      ),
    );
  }

  /**
   * A new session for the user, and the user; the same refusal for an unknown name and a wrong
   * password. Too many failures for the name or from the address are refused before the password
   * is even read (login-limits.ts).
   */
  async login(
    em: EntityManager,
    username: string,
    password: string,
    address: string | null = null,
  ): Promise<{ token: string; user: User; expiresAt: Date }> {
    const attempt = await this.limits.admit(username, address);
    const user = await em.findOne(User, { username, active: true });
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok) {
      this.limits.failed(attempt);
      throw new DomainError('UNAUTHENTICATED', 'wrong username or password', {}, 'auth.wrongPassword');
    }
    await this.limits.succeeded(attempt);
    const token = secret(SESSION_PREFIX);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3600_000);
    em.create(AuthSession, { tokenHash: sha256(token), user, createdAt: now, expiresAt });
    await em.flush();
    return { token, user, expiresAt };
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

  /**
   * Ends every open session of a user (but `keep`): their sockets close with 4401 on every
   * instance, and their next request is refused.
   */
  async revokeSessionsOf(em: EntityManager, userId: number, keep?: number): Promise<number> {
    const open = await em.find(
      AuthSession,
      { user: userId, revokedAt: null, ...(keep === undefined ? {} : { id: { $ne: keep } }) },
      { fields: ['id'] },
    );
    if (open.length === 0) return 0;
    await em.nativeUpdate(AuthSession, { id: { $in: open.map((s) => s.id) } }, { revokedAt: new Date() });
    for (const s of open) this.bus.publish('auth.revoked', { sessionId: s.id });
    return open.length;
  }

  /**
   * A signed-in user's own password, changed after the current one is checked (counted as a
   * sign-in attempt, so a borrowed screen cannot be used to guess it). Their other sessions end.
   */
  async changeOwnPassword(
    em: EntityManager,
    viewer: Viewer,
    current: string,
    next: string,
    address: string | null = null,
  ): Promise<boolean> {
    const v = requireUser(viewer);
    const attempt = await this.limits.admit(v.username, address);
    const user = await em.findOneOrFail(User, { id: v.userId });
    if (!(await verifyPassword(current, user.passwordHash))) {
      this.limits.failed(attempt);
      throw new DomainError('UNAUTHENTICATED', 'the current password is wrong', {}, 'auth.wrongCurrentPassword');
    }
    await this.limits.succeeded(attempt);
    requireStrongPassword('newPassword', next, user.username);
    user.passwordHash = await hashPassword(next);
    await em.flush();
    await this.revokeSessionsOf(em, user.id, v.sessionId);
    this.log.info({ event: 'password.changed', userId: user.id }, 'a user changed their own password');
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
    if (cached && cached.until > now) {
      if (cached.viewer.kind === 'apiKey') await this.noteUse(em, cached.viewer.keyId, now);
      return cached.viewer;
    }
    const { viewer, expiresAt } = await this.lookup(em, credential, hash);
    if (this.verified.size >= CREDENTIAL_CACHE_MAX) this.verified.delete(this.verified.keys().next().value!);
    // A key that expires within the cache's time is trusted only until it expires.
    this.verified.set(hash, { viewer, until: Math.min(now + CREDENTIAL_CACHE_MS, expiresAt ?? Infinity) });
    if (viewer.kind === 'apiKey') await this.noteUse(em, viewer.keyId, now);
    return viewer;
  }

  /** Records a key's use, at most once a minute per key and instance. */
  private async noteUse(requestEm: EntityManager, keyId: number, now: number): Promise<void> {
    if (now - (this.lastUseWritten.get(keyId) ?? 0) < LAST_USED_GRANULARITY_MS) return;
    this.lastUseWritten.set(keyId, now);
    if (this.lastUseWritten.size > CREDENTIAL_CACHE_MAX) this.lastUseWritten.clear();
    try {
      await requestEm.fork().nativeUpdate(ApiKey, { id: keyId }, { lastUsedAt: new Date(now) });
    } catch (e) {
      // A bookkeeping write never costs the request its answer.
      this.log.warn({ err: e, keyId }, 'could not record an API key’s last use');
    }
  }

  private forget(match: (v: Viewer) => boolean): void {
    for (const [hash, { viewer }] of this.verified) if (match(viewer)) this.verified.delete(hash);
  }

  private async lookup(
    requestEm: EntityManager,
    credential: string,
    hash: string,
  ): Promise<{ viewer: Viewer; expiresAt?: number }> {
    // Its own unit of work, so the request's later flushes never touch the session or key rows.
    const em = requestEm.fork();
    if (credential.startsWith(KEY_PREFIX) || credential.startsWith(DISPLAY_PREFIX)) {
      const key = await em.findOne(ApiKey, {
        secretHash: hash,
        revokedAt: null,
        $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }],
      });
      if (!key) throw new DomainError('UNAUTHENTICATED', 'unknown, expired or revoked API key', {}, 'auth.unknownKey');
      return {
        viewer: {
          kind: 'apiKey',
          keyId: key.id,
          scopes: key.scopes,
          name: key.name,
          unitIds: key.unitIds ?? null,
          display: key.kind === ApiKeyKind.DISPLAY,
        },
        expiresAt: key.expiresAt?.getTime(),
      };
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
      viewer: {
        kind: 'user',
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.unit?.id ?? null,
        sessionId: session.id,
      },
      expiresAt: session.expiresAt.getTime(),
    };
  }

  async close(): Promise<void> {
    await this.limits.close();
  }
}
