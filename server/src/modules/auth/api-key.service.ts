import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { badInput, checkInput, DomainError, notFound } from '../../errors.js';
import type { Bus } from '../../realtime/bus.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Role, User } from '../users/user.entity.js';
import { CreateApiKeyInput, CreateDisplayInput } from './api-key.inputs.js';
import { newPairingCode, normalizePairingCode, PAIRING_MINUTES, scopeProblem } from './api-key.rules.js';
import { ApiKey, ApiKeyKind, ApiScope, DISPLAY_SCOPES } from './auth.entities.js';
import { DISPLAY_PREFIX, KEY_PREFIX, secret, sha256 } from './auth.service.js';
import type { LoginLimits } from './login-limits.js';
import { requireUser, type Viewer } from './viewer.js';

/** A display's one-time code, and until when it works. */
export interface Pairing {
  apiKey: ApiKey;
  code: string;
  expiresAt: Date;
}

/**
 * Keys for third parties and wall screens: minted, limited, rotated and revoked by an ADMIN. A
 * secret is shown once and kept only as a hash; a revocation or rotation reaches every instance
 * over the bus, which clears its trusted copies and closes the sockets that used the old secret.
 */
export class ApiKeyService {
  constructor(
    private readonly bus: Bus,
    private readonly places: PlaceDirectory,
    private readonly limits: LoginLimits,
    private readonly log: Logger,
  ) {}

  async create(em: EntityManager, viewer: Viewer, raw: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKey }> {
    const v = requireUser(viewer, Role.ADMIN);
    const input = await checkInput(Object.assign(new CreateApiKeyInput(), raw));
    const scopes = [...new Set(input.scopes)];
    const problem = scopeProblem(scopes, Object.values(ApiScope));
    if (problem)
      throw badInput('scopes', problem, scopes.length === 0 ? 'required' : 'unknown', { value: scopes.join(', ') });
    const unitIds = await this.checkUnits(input.unitIds);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badInput('expiresAt', 'must be in the future', 'outOfRange');
    const key = secret(KEY_PREFIX);
    const apiKey = em.create(ApiKey, {
      name: input.name.trim(),
      secretHash: sha256(key),
      scopes,
      unitIds,
      expiresAt: input.expiresAt ?? null,
      kind: ApiKeyKind.API_KEY,
      createdBy: em.getReference(User, v.userId),
      createdAt: new Date(),
    });
    await em.flush();
    this.log.info({ event: 'apiKey.created', keyId: apiKey.id, by: v.userId, scopes, unitIds }, 'API key created');
    return { key, apiKey };
  }

  /** A new secret for a key; the old one stops at once, on every instance. */
  async rotate(em: EntityManager, viewer: Viewer, id: number): Promise<{ key: string; apiKey: ApiKey }> {
    const v = requireUser(viewer, Role.ADMIN);
    const apiKey = await this.find(em, id);
    if (apiKey.kind === ApiKeyKind.DISPLAY)
      throw badInput('id', 'a display gets a new secret by pairing it again', 'invalid');
    if (apiKey.revokedAt) throw badInput('id', 'a revoked key stays revoked; create a new one', 'invalid');
    const key = secret(KEY_PREFIX);
    apiKey.secretHash = sha256(key);
    apiKey.rotatedAt = new Date();
    await em.flush();
    this.bus.publish('auth.revoked', { keyId: id });
    this.log.info({ event: 'apiKey.rotated', keyId: id, by: v.userId }, 'API key rotated');
    return { key, apiKey };
  }

  async revoke(em: EntityManager, viewer: Viewer, id: number): Promise<ApiKey> {
    const v = requireUser(viewer, Role.ADMIN);
    const key = await this.find(em, id);
    key.revokedAt ??= new Date();
    key.pairingCodeHash = null;
    key.pairingExpiresAt = null;
    await em.flush();
    this.bus.publish('auth.revoked', { keyId: id });
    this.log.info({ event: 'apiKey.revoked', keyId: id, by: v.userId }, 'API key revoked');
    return key;
  }

  async list(em: EntityManager, viewer: Viewer, kind?: ApiKeyKind | null): Promise<ApiKey[]> {
    requireUser(viewer, Role.ADMIN);
    return em.find(ApiKey, kind ? { kind } : {}, { orderBy: { id: 'asc' } });
  }

  /** A wall screen's credential, not usable until a screen pairs with the code returned. */
  async createDisplay(em: EntityManager, viewer: Viewer, raw: CreateDisplayInput): Promise<Pairing> {
    const v = requireUser(viewer, Role.ADMIN);
    const input = await checkInput(Object.assign(new CreateDisplayInput(), raw));
    const unitIds = await this.checkUnits(input.unitIds);
    const apiKey = em.create(ApiKey, {
      name: input.name.trim(),
      // Nobody holds this secret: the screen gets its own when it pairs.
      secretHash: sha256(secret(DISPLAY_PREFIX)),
      scopes: [...DISPLAY_SCOPES],
      unitIds,
      kind: ApiKeyKind.DISPLAY,
      createdBy: em.getReference(User, v.userId),
      createdAt: new Date(),
    });
    const pairing = this.issueCode(apiKey);
    await em.flush();
    this.log.info({ event: 'display.created', keyId: apiKey.id, by: v.userId }, 'display created');
    return pairing;
  }

  /** A fresh pairing code for a display (a new screen, or one that lost its storage). */
  async newPairing(em: EntityManager, viewer: Viewer, id: number): Promise<Pairing> {
    requireUser(viewer, Role.ADMIN);
    const apiKey = await this.find(em, id);
    if (apiKey.kind !== ApiKeyKind.DISPLAY) throw badInput('id', 'only a display is paired', 'invalid');
    if (apiKey.revokedAt) throw badInput('id', 'a revoked display stays revoked; create a new one', 'invalid');
    const pairing = this.issueCode(apiKey);
    await em.flush();
    return pairing;
  }

  /**
   * A wall screen trades a pairing code for its display secret. The code works once; the secret
   * replaces any earlier screen's. Wrong codes are counted per address like wrong passwords.
   */
  async pair(em: EntityManager, typed: string, address: string | null): Promise<{ token: string; apiKey: ApiKey }> {
    const attempt = await this.limits.admit(null, address);
    const code = normalizePairingCode(typed.slice(0, 40));
    const apiKey = code
      ? await em.findOne(ApiKey, {
          pairingCodeHash: sha256(code),
          kind: ApiKeyKind.DISPLAY,
          revokedAt: null,
          pairingExpiresAt: { $gt: new Date() },
        })
      : null;
    if (!apiKey) {
      this.limits.failed(attempt, 'wrong pairing code');
      throw new DomainError('UNAUTHENTICATED', 'unknown, used or expired pairing code', {}, 'auth.badPairingCode');
    }
    await this.limits.succeeded(attempt);
    const token = secret(DISPLAY_PREFIX);
    apiKey.secretHash = sha256(token);
    apiKey.pairingCodeHash = null;
    apiKey.pairingExpiresAt = null;
    apiKey.pairedAt = new Date();
    await em.flush();
    // A screen paired before with this display is signed out.
    this.bus.publish('auth.revoked', { keyId: apiKey.id });
    this.log.info({ event: 'display.paired', keyId: apiKey.id, address }, 'display paired');
    return { token, apiKey };
  }

  private issueCode(apiKey: ApiKey): Pairing {
    const code = newPairingCode();
    const expiresAt = new Date(Date.now() + PAIRING_MINUTES * 60_000);
    apiKey.pairingCodeHash = sha256(code);
    apiKey.pairingExpiresAt = expiresAt;
    return { apiKey, code, expiresAt };
  }

  private async find(em: EntityManager, id: number): Promise<ApiKey> {
    const key = await em.findOne(ApiKey, { id });
    if (!key) throw notFound('API key', id);
    return key;
  }

  /** Every unit named must exist; the list is kept without repeats, in the order given. */
  private async checkUnits(unitIds: readonly string[] | null | undefined): Promise<string[] | null> {
    if (unitIds === null || unitIds === undefined) return null;
    const unique = [...new Set(unitIds)];
    for (const id of unique)
      if (!(await this.places.unit(id)))
        throw badInput('unitIds', `unknown unit ${id.slice(0, 64)}`, 'unknown', { value: id.slice(0, 64) });
    return unique;
  }
}
