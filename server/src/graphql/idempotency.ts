import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestHandler } from 'express';
import {
  execute,
  GraphQLError,
  getNamedType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
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
  const body = req.body as { query?: unknown; documentId?: unknown; variables?: unknown; operationName?: unknown };
  const request = JSON.stringify([body?.query, body?.documentId, body?.operationName, body?.variables]);
  const id = idempotencyId(httpCredential(req.headers).authorization ?? '', key, request);
  res.setHeader('X-Request-Id', id);
  withRequestId(id, next);
};

export function idempotencyId(credential: string, key: string, request: string): string {
  return PREFIX + createHash('sha256').update(`${credential}\n${key}\n${request}`).digest('hex').slice(0, 40);
}

/**
 * Answers a retried write from what the first attempt committed. Only a mutation with one root
 * field that returns the ticket it changed is answered this way; its selection is read from the
 * ticket now, as `ticket(id)` would give it (so at least as new as the first answer).
 */
export function idempotentWrites(fork: () => EntityManager): ApolloServerPlugin<object> {
  // Writes with a key now running on this instance: a retry arriving meanwhile waits for the first.
  const running = new Map<string, Promise<void>>();
  return {
    requestDidStart: async ({ request }) => {
      if (!request.http?.headers.get(HEADER)) return {};
      let release: (() => void) | null = null;
      return {
        responseForOperation: async ({ operation, document, schema, contextValue, request: r }) => {
          const id = currentRequestId();
          if (operation.operation !== 'mutation' || !id?.startsWith(PREFIX)) return null;
          // Taken before anything is awaited, so two retries arriving together cannot both run.
          while (running.has(id)) await running.get(id);
          let done!: () => void;
          running.set(id, new Promise<void>((resolve) => (done = resolve)));
          release = () => {
            if (running.get(id) !== mine) return;
            running.delete(id);
            done();
          };
          const mine = running.get(id);
          const since = new Date(Date.now() - IDEMPOTENCY_HOURS * 3600_000);
          const first = await fork().findOne(
            TicketEvent,
            { requestId: id, at: { $gte: since } },
            { orderBy: { seq: 'desc' } },
          );
          if (!first) return null;
          const ticketId = String(first.ticket.id);
          const replay = asTicketQuery(schema, document, operation, ticketId);
          if (!replay) return null;
          const result = await execute({ schema, document: replay, contextValue, variableValues: r.variables });
          // The write took the ticket out of the caller's reach (a unit's refusal): it was done, and
          // what the ticket is now is no longer theirs to read.
          const applied = result.errors?.some(
            (e) => e.originalError instanceof DomainError && e.originalError.code === 'FORBIDDEN',
          );
          const singleResult = applied
            ? {
                data: null,
                errors: [
                  new GraphQLError('this write was applied already; the ticket is no longer yours to read', {
                    extensions: { code: 'ALREADY_APPLIED', ticketId },
                  }),
                ],
              }
            : result;
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
