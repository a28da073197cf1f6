import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../../errors.js';
import { BY_ADDRESS, BY_USERNAME, backoffSeconds, usernameKey, type LimitPolicy } from './login-limits.rules.js';

/** What is counted: a username, a client address. */
type Dimension = 'username' | 'address';

interface Counted {
  by: Dimension;
  key: string;
  policy: LimitPolicy;
}

/** One admitted attempt, to report back as a success or a failure. */
export interface Attempt {
  /** null: a guess at something else than a password (a display's pairing code), counted by address only. */
  username: string | null;
  address: string | null;
  counted: Counted[];
}

/**
 * Counts failed sign-ins per username and per client address, and lets one attempt through per
 * backoff window once the free ones are used (login-limits.rules.ts). With Redis the counts are
 * shared by every instance; without it (or while it is away) they are this process's own.
 */
export class LoginLimits {
  private readonly redis: Redis | null;
  /** Failures, per dimension. */
  private readonly failures: Record<Dimension, RateLimiterAbstract>;
  /** One point per backoff window: whoever takes it may try; the rest are refused until it expires. */
  private readonly gates: Record<Dimension, RateLimiterAbstract>;

  constructor(
    redisUrl: string | null,
    private readonly log: Logger,
  ) {
    this.redis = redisUrl
      ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
      : null;
    // Errors are the bus's to report; here a missing Redis only means counting locally for a while.
    this.redis?.on('error', () => undefined);
    const limiter = (keyPrefix: string, points: number, duration: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      return this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix,
            points,
            duration,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
    };
    const counter = (by: Dimension, p: LimitPolicy) => limiter(`heatline:login:${by}:failures`, 1e9, p.windowSeconds);
    const gate = (by: Dimension) => limiter(`heatline:login:${by}:gate`, 1, 1);
    this.failures = { username: counter('username', BY_USERNAME), address: counter('address', BY_ADDRESS) };
    this.gates = { username: gate('username'), address: gate('address') };
  }

  /**
   * Admits an attempt or refuses it with TOO_MANY_REQUESTS, before any password is checked. The
   * attempt is counted as a failure at once, so a burst of guesses in flight together is held to
   * the free ones; a success takes it back.
   */
  async admit(username: string | null, address: string | null): Promise<Attempt> {
    const attempt: Attempt = { username, address, counted: [] };
    const dims: Counted[] = [];
    if (username !== null) dims.push({ by: 'username', key: usernameKey(username), policy: BY_USERNAME });
    if (address) dims.push({ by: 'address', key: address, policy: BY_ADDRESS });
    try {
      for (const d of dims) {
        await this.enter(d, attempt);
        attempt.counted.push(d);
      }
    } catch (e) {
      await this.undo(attempt);
      throw e;
    }
    return attempt;
  }

  private async enter(d: Counted, attempt: Attempt): Promise<void> {
    const n = (await this.failures[d.by].penalty(d.key)).consumedPoints;
    const wait = backoffSeconds(n - 1, d.policy);
    if (wait === 0) return;
    try {
      await this.gates[d.by].consume(d.key, 1, { customDuration: wait });
      this.log.warn(
        {
          event: 'login.locked',
          by: d.by,
          username: attempt.username,
          address: attempt.address,
          failures: n - 1,
          seconds: wait,
        },
        'sign-in locked: one attempt per window from now',
      );
    } catch (e) {
      await this.failures[d.by].reward(d.key);
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      this.log.warn(
        { event: 'login.refused', by: d.by, username: attempt.username, address: attempt.address, retryAfterSeconds },
        'sign-in refused: too many failed attempts',
      );
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `too many failed attempts ${d.by === 'username' ? 'for this user' : 'from this address'}; try again in ${retryAfterSeconds} s`,
        { retryAfterSeconds, by: d.by },
        'auth.tooManyAttempts',
      );
    }
  }

  /** The password was right: the username starts afresh; the address only gets this attempt back. */
  async succeeded(attempt: Attempt): Promise<void> {
    for (const d of attempt.counted) {
      if (d.by === 'username') {
        await this.failures.username.delete(d.key);
        await this.gates.username.delete(d.key);
      } else await this.failures[d.by].reward(d.key);
    }
  }

  /** The password was wrong: the attempt stays counted. */
  failed(attempt: Attempt, what = 'wrong password'): void {
    this.log.info({ event: 'login.failed', username: attempt.username, address: attempt.address }, what);
  }

  private async undo(attempt: Attempt): Promise<void> {
    for (const d of attempt.counted) await this.failures[d.by].reward(d.key);
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}
