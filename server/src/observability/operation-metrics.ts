import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from '../db/orm.js';
import { Metrics } from './metrics.js';
import { withRequestId } from './request-context.js';

/** Times every query and mutation served over HTTP, by its operation name. */
export function operationMetrics(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart: async () => {
      let done: (() => void) | null = null;
      return {
        didResolveOperation: async ({ operationName, operation }) => {
          done = metrics.operation('http', operationName, operation?.operation ?? 'query');
        },
        willSendResponse: async () => done?.(),
      };
    },
  };
}

/**
 * Each query and mutation over a WebSocket: a request id of its own (on its log lines and audit
 * events), timed by its operation name.
 */
export function socketOperations(metrics: Metrics) {
  return (args: ExecutionArgs, run: () => Promise<ExecutionResult>): Promise<ExecutionResult> => {
    const op = getOperationAST(args.document, args.operationName);
    const done = metrics.operation('socket', args.operationName ?? op?.name?.value, op?.operation ?? 'query');
    return withRequestId(randomUUID(), run).finally(done);
  };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** This instance's metrics, reading its HTTP server, its live subscriptions and its database pool. */
export function instanceMetrics(server: Server, subscribers: () => number, orm: Orm): Metrics {
  let webSockets = 0;
  server.on('upgrade', (_req, socket: NodeJS.EventEmitter) => {
    webSockets++;
    socket.once('close', () => webSockets--);
  });
  const pool = () => {
    const p = (orm.em as EntityManager).getConnection().getKnex().client.pool as TarnPool | undefined;
    return p ? { used: p.numUsed(), free: p.numFree(), pending: p.numPendingAcquires() } : null;
  };
  return new Metrics({
    httpConnections: () => new Promise((resolve) => server.getConnections((_e, n) => resolve(n ?? 0))),
    webSockets: () => webSockets,
    subscribers,
    pool,
  });
}
