import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestHandler } from 'express';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  execute,
  getOperationAST,
  GraphQLError,
  getNamedType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DomainError } from '../errors.js';
import { httpCredential } from '../modules/auth/credentials.js';
import { TicketEvent } from '../modules/audit/ticket-event.entity.js';
import { currentRequestId, withRequestId } from '../observability/request-context.js';

/** How long a retried write is recognised. */
export const IDEMPOTENCY_HOURS = 24;
const HEADER = 'idempotency-key';
const SANE_KEY = /^[\x21-\x7e]{1,128}$/;
const PREFIX = 'idem-';

/**
 * A write sent with an `Idempotency-Key` runs as the request `idem-<hash of credential and key>`,
 * so the audit events it commits carry that id in the same transaction as the change. A retry
 * with the same key and credential (its answer was lost: a timeout, a restart) finds those events
 * and is answered with the ticket as it stands, instead of making the change twice.
 */
export const idempotencyKeys: RequestHandler = (req, res, next) => {
  const key = req.headers[HEADER];
  if (key === undefined) return next();
  if (typeof key !== 'string' || !SANE_KEY.test(key))
    return void res.status(400).json({
      errors: [
        {
          message: 'Idempotency-Key must be 1 to 128 visible ASCII characters',
          extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' },
        },
      ],
    });
  // The request itself is part of the id: the same key sent with another write is another write.
  const body = (req.body ?? {}) as Parameters<typeof requestText>[0];
  const id = idempotencyId(httpCredential(req.headers).authorization ?? '', key, requestText(body));
  res.setHeader('X-Request-Id', id);
  withRequestId(id, next);
};

export function idempotencyId(credential: string, key: string, request: string): string {
  return PREFIX + createHash('sha256').update(`${credential}\n${key}\n${request}`).digest('hex').slice(0, 40);
}

/** How long a write with a key may hold it against its retries (well past the execution time-out). */
const HOLD_MS = 30_000;
// A retry that finds its first attempt running on another instance looks again this often, this long.
const WAIT_STEP_MS = 100;
const WAIT_MS = 5_000;

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  contextValue: unknown;
  variableValues?: Record<string, unknown> | null;
}

/**
 * Runs each keyed write once. A retry that arrives while its first attempt runs waits for it (on
 * this instance by a promise; across instances by a Redis lock, looked at until it is let go),
 * then is answered from what the first attempt committed: the ticket as it stands.
 */
export class IdempotentWrites {
  private readonly running = new Map<string, Promise<void>>();
  private readonly redis: Redis | null;

  constructor(
    private readonly fork: () => EntityManager,
    redisUrl: string | null,
    log: Logger,
  ) {
    this.redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    this.redis?.on('error', (err) =>
      log.debug({ err }, 'idempotency: Redis unreachable, holding keys on this instance'),
    );
  }

  /**
   * Holds `id` until the returned release is called; null when another instance still holds it
   * after a wait (the caller answers IN_PROGRESS: retry shortly).
   */
  async hold(id: string): Promise<(() => void) | null> {
    // Taken before anything is awaited, so two retries arriving together cannot both run.
    while (this.running.has(id)) await this.running.get(id);
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.running.set(id, mine);
    const local = () => {
      if (this.running.get(id) !== mine) return;
      this.running.delete(id);
      done();
    };
    const shared = await this.holdShared(id);
    if (shared === null) {
      local();
      return null;
    }
    return () => {
      shared();
      local();
    };
  }

  /** The answer to a retry of a write already done, or null when it was not (run it). */
  async replay({ schema, document, operation, contextValue, variableValues }: Operation) {
    const id = currentRequestId();
    if (!id?.startsWith(PREFIX)) return null;
    const since = new Date(Date.now() - IDEMPOTENCY_HOURS * 3600_000);
    const first = await this.fork().findOne(
      TicketEvent,
      { requestId: id, at: { $gte: since } },
      { orderBy: { seq: 'desc' } },
    );
    // A write that is not a ticket's (a unit signing in) has no ticket to answer with: it runs again.
    if (!first?.ticket) return null;
    const ticketId = String(first.ticket.id);
    const replay = asTicketQuery(schema, document, operation, ticketId);
    if (!replay) return null;
    const result = await execute({ schema, document: replay, contextValue, variableValues });
    // The write took the ticket out of the caller's reach (a unit's refusal): it was done, and
    // what the ticket is now is no longer theirs to read.
    const applied = result.errors?.some(
      (e) => e.originalError instanceof DomainError && e.originalError.code === 'FORBIDDEN',
    );
    return applied
      ? {
          data: null,
          errors: [
            new GraphQLError('this write was applied already; the ticket is no longer yours to read', {
              extensions: { code: 'ALREADY_APPLIED', ticketId },
            }),
          ],
        }
      : result;
  }

  close(): void {
    this.redis?.disconnect();
  }

  /** Without Redis (or while it is away) one instance is all there is to hold against. */
  private async holdShared(id: string): Promise<(() => void) | null> {
    const redis = this.redis;
    if (!redis || redis.status !== 'ready') return () => undefined;
    const key = `heatline:idempotency:${id}`;
    const token = randomUUID();
    const release = () => void redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    try {
      for (let waited = 0; waited <= WAIT_MS; waited += WAIT_STEP_MS) {
        if ((await redis.set(key, token, 'PX', HOLD_MS, 'NX')) === 'OK') return release;
        await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
      }
      return null;
    } catch {
      return () => undefined;
    }
  }
}

// Lets go of the lock only if it is still ours (it may have expired and been taken by a retry).
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const inProgress = () =>
  new GraphQLError('a write with this Idempotency-Key is still running elsewhere: send it again shortly', {
    extensions: { code: 'IN_PROGRESS' },
  });

/** HTTP: a write sent with an `Idempotency-Key` header (see `idempotencyKeys`). */
export function idempotentWrites(writes: IdempotentWrites): ApolloServerPlugin<object> {
  return {
    requestDidStart: async ({ request }) => {
      if (!request.http?.headers.get(HEADER)) return {};
      let release: (() => void) | null = null;
      return {
        responseForOperation: async ({ operation, document, schema, contextValue, request: r }) => {
          if (operation.operation !== 'mutation' || !currentRequestId()?.startsWith(PREFIX)) return null;
          release = await writes.hold(currentRequestId()!);
          if (!release)
            return {
              http: { status: 409, headers: new Map([['retry-after', '1']]) },
              body: { kind: 'single', singleResult: { errors: [inProgress()] } },
            } as never;
          const singleResult = await writes.replay({
            schema,
            document,
            operation,
            contextValue,
            variableValues: r.variables,
          });
          if (!singleResult) return null;
          return {
            http: { status: undefined, headers: new Map([['idempotent-replayed', 'true']]) },
            body: { kind: 'single', singleResult },
          } as never;
        },
        willSendResponse: async () => release?.(),
      };
    },
  };
}

/**
 * WebSocket: a mutation whose payload carries `extensions: { idempotencyKey }` is run once per
 * credential, key and request, as over HTTP; a retry's answer says `extensions: { replayed: true }`.
 */
export function idempotentSocketWrites(writes: IdempotentWrites) {
  return async (args: ExecutionArgs, run: () => Promise<ExecutionResult>): Promise<ExecutionResult> => {
    const ctx = args.contextValue as { idempotency?: SocketIdempotency };
    const operation = getOperationAST(args.document, args.operationName);
    if (!ctx.idempotency || operation?.operation !== 'mutation') return run();
    const { key, credential, request } = ctx.idempotency;
    if (typeof key !== 'string' || !SANE_KEY.test(key))
      return {
        errors: [
          new GraphQLError('idempotencyKey must be 1 to 128 visible ASCII characters', {
            extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
          }),
        ],
      };
    const id = idempotencyId(`Bearer ${credential}`, key, request);
    return withRequestId(id, async () => {
      const release = await writes.hold(id);
      if (!release) return { errors: [inProgress()] };
      try {
        const replayed = await writes.replay({ ...args, operation, contextValue: args.contextValue });
        return replayed ? { ...replayed, extensions: { ...replayed.extensions, replayed: true } } : await run();
      } finally {
        release();
      }
    });
  };
}

/** What a socket operation brings for its idempotency: the key it sent, who sent it, and what. */
export interface SocketIdempotency {
  key: unknown;
  credential: string;
  request: string;
}

/** The same request text on both transports: a retry may come by either. */
export function requestText(p: {
  query?: unknown;
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
}) {
  return JSON.stringify([p.query, p.documentId, p.operationName, p.variables]);
}

/** `mutation { x: moveTicket(...) { sel } }` as `query { x: ticket(id: "…") { sel } }`, or null. */
function asTicketQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  op: OperationDefinitionNode,
  ticketId: string,
): DocumentNode | null {
  const [field, ...others] = op.selectionSet.selections;
  if (!field || others.length > 0 || field.kind !== Kind.FIELD) return null;
  const returns = schema.getMutationType()?.getFields()[field.name.value]?.type;
  if (!returns || getNamedType(returns).name !== 'Ticket') return null;
  const root: FieldNode = {
    ...field,
    alias: { kind: Kind.NAME, value: field.alias?.value ?? field.name.value },
    name: { kind: Kind.NAME, value: 'ticket' },
    arguments: [
      { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: { kind: Kind.STRING, value: ticketId } },
    ],
  };
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: op.variableDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [root] },
      },
      ...fragments,
    ],
  };
}
