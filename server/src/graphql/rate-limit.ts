import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type ObjectFieldNode,
} from 'graphql';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Viewer } from '../modules/auth/viewer.js';
import { COST, costOf, tooCostly } from './cost.js';

const WINDOW_SECONDS = 60;
/** Signed out, by address: enough to sign in and read the config, not to page through anything. */
const ANONYMOUS_SHARE = 10;

/** What a request was charged, and what is left of its credential's budget in this window. */
export interface Charge {
  cost: number;
  limit: number;
  remaining: number;
  resetAt: Date;
}

const charges = new WeakMap<object, Charge>();

/** The charge of the request or operation whose context this is (for the `rateLimit` field). */
export function chargeOf(context: object): Charge | null {
  return charges.get(context) ?? null;
}

/**
 * Each credential's budget of cost per minute: a user, a key, or (signed out) an address. Shared by
 * every instance through Redis when there is one; when Redis is unreachable each instance counts
 * alone rather than refusing everyone.
 */
export class RateLimits {
  private readonly signedIn: RateLimiterAbstract | null;
  private readonly signedOut: RateLimiterAbstract | null;
  private readonly redis: Redis | null;

  constructor(
    readonly perMinute: number,
    redisUrl: string | null,
    log: Logger,
  ) {
    this.redis =
      perMinute > 0 && redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    this.redis?.on('error', (err) => log.debug({ err }, 'rate limits: Redis unreachable, counting on this instance'));
    const limiter = (points: number, prefix: string) => {
      const options = { points, duration: WINDOW_SECONDS, keyPrefix: `heatline:rate:${prefix}` };
      const memory = new RateLimiterMemory(options);
      return this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: memory })
        : memory;
    };
    this.signedIn = perMinute > 0 ? limiter(perMinute, 'in') : null;
    this.signedOut = perMinute > 0 ? limiter(Math.max(1, Math.floor(perMinute / ANONYMOUS_SHARE)), 'out') : null;
  }

  /** Charges `cost` to the caller's budget; refuses with TOO_MANY_REQUESTS (HTTP 429) once it is spent. */
  async charge(viewer: Viewer, address: string | null | undefined, cost: number): Promise<Charge | null> {
    const consumed = await this.consume(viewer, address, cost);
    if (consumed && !consumed.allowed) throw tooManyRequests(consumed.charge);
    return consumed?.charge ?? null;
  }

  /**
   * Charges `cost` like `charge`, but once the budget is spent waits for the next window instead of
   * refusing: for work already under way that may slow down but not fail (a subscription's replay).
   */
  async spend(viewer: Viewer, address: string | null | undefined, cost: number): Promise<void> {
    for (;;) {
      // More than a whole window's budget could never pass: it takes a whole window instead.
      const consumed = await this.consume(viewer, address, Math.min(cost, this.limiterOf(viewer)?.points ?? cost));
      if (!consumed || consumed.allowed) return;
      // Not holding the process open at shutdown.
      await new Promise((resolve) => setTimeout(resolve, consumed.charge.resetAt.getTime() - Date.now()).unref());
    }
  }

  private limiterOf(viewer: Viewer): RateLimiterAbstract | null {
    return viewer.kind === 'anonymous' ? this.signedOut : this.signedIn;
  }

  private async consume(
    viewer: Viewer,
    address: string | null | undefined,
    cost: number,
  ): Promise<{ allowed: boolean; charge: Charge } | null> {
    const limiter = this.limiterOf(viewer);
    if (!limiter) return null;
    let res: RateLimiterRes;
    let allowed = true;
    try {
      res = await limiter.consume(credentialOf(viewer, address), Math.max(1, cost));
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      res = e;
      allowed = false;
    }
    const charge: Charge = {
      cost,
      limit: limiter.points,
      remaining: Math.max(0, res.remainingPoints),
      resetAt: new Date(Date.now() + res.msBeforeNext),
    };
    return { allowed, charge };
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}

/** Whose budget a request spends: a user's, a key's, or (signed out) an address's. */
export function credentialOf(viewer: Viewer, address: string | null | undefined): string {
  if (viewer.kind === 'user') return `user:${viewer.userId}`;
  if (viewer.kind === 'apiKey') return `key:${viewer.keyId}`;
  return `address:${address ?? 'unknown'}`;
}

const secondsUntil = (at: Date) => Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000));

function tooManyRequests(c: Charge): GraphQLError {
  const retryAfter = secondsUntil(c.resetAt);
  return new GraphQLError(`rate limit: ${c.limit} per minute spent; try again in ${retryAfter} s`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)], ...headersOf(c)]) },
    },
  });
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), as GitHub and others send them. */
function headersOf(c: Charge): Array<[string, string]> {
  return [
    ['ratelimit-limit', String(c.limit)],
    ['ratelimit-remaining', String(c.remaining)],
    ['ratelimit-reset', String(secondsUntil(c.resetAt))],
  ];
}

/**
 * Prices one operation, refuses it over COST.max, then charges its credential. The same for HTTP
 * and the WebSocket: throws the refusal as a GraphQLError with its code.
 */
export async function admit(
  limits: RateLimits,
  schema: GraphQLSchema,
  context: object & { viewer: Viewer; address?: string | null },
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): Promise<void> {
  refuseNul(document, variables);
  const cost = costOf(schema, document, variables, operationName);
  if (cost > COST.max) throw tooCostly(cost);
  const charge = await limits.charge(context.viewer, context.address, cost);
  if (charge) charges.set(context, charge);
}

/**
 * A NUL anywhere in the arguments is refused before anything runs, naming the field it is in: no
 * text the board keeps holds one, and SQLite ends a statement's text at it (an unknown id or name
 * would fail as an internal error instead of as not found).
 */
function refuseNul(document: DocumentNode, variables: unknown): void {
  let field = nulIn(variables, 'variables');
  if (field === null)
    visit(document, {
      StringValue: (node, _key, _parent, _path, ancestors) => {
        if (field !== null || !node.value.includes('\0')) return;
        const named = [...ancestors]
          .reverse()
          .find(
            (a): a is ObjectFieldNode | ArgumentNode =>
              !Array.isArray(a) && 'kind' in a && (a.kind === Kind.OBJECT_FIELD || a.kind === Kind.ARGUMENT),
          );
        field = named?.name.value ?? 'query';
      },
    });
  if (field !== null)
    throw new GraphQLError(`${field}: contains a NUL character`, {
      extensions: {
        code: 'BAD_USER_INPUT',
        field,
        messageKey: 'input.controlCharacters',
        params: { field },
        http: { status: 400 },
      },
    });
}

/** Deeper than any input of the schema nests; a walk that deep is refused rather than followed. */
const MAX_INPUT_DEPTH = 32;

/**
 * The name of the field holding a NUL (or its key, if the key has one), or null. Walked without
 * recursion, and refused past MAX_INPUT_DEPTH: variables are the sender's JSON, nested at will.
 */
function nulIn(root: unknown, rootName: string): string | null {
  const stack: Array<[unknown, string, number]> = [[root, rootName, 0]];
  while (stack.length > 0) {
    const [value, name, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\0')) return name;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_INPUT_DEPTH)
      throw new GraphQLError(`${rootName}: nested more than ${MAX_INPUT_DEPTH} levels deep`, {
        extensions: { code: 'BAD_USER_INPUT', field: rootName, http: { status: 400 } },
      });
    if (Array.isArray(value)) for (const v of value) stack.push([v, name, depth + 1]);
    else
      for (const [k, v] of Object.entries(value)) {
        if (k.includes('\0')) return name;
        stack.push([v, k, depth + 1]);
      }
  }
  return null;
}

/** Apollo's side: every HTTP operation admitted before it runs, and the budget in the response headers. */
export function rateLimitPlugin(
  limits: RateLimits,
  schema: GraphQLSchema,
): ApolloServerPlugin<{ viewer: Viewer; address?: string | null }> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: ({ contextValue, document, request, operationName }) =>
        admit(limits, schema, contextValue, document, request.variables, operationName),
      willSendResponse: async ({ contextValue, response }) => {
        const charge = chargeOf(contextValue);
        if (charge) for (const [name, value] of headersOf(charge)) response.http.headers.set(name, value);
      },
    }),
  };
}
