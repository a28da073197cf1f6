import type { RequestHandler } from 'express';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { LIMITS } from './limits.js';

/**
 * A subscription sent by HTTP would be executed as a query, with no event to resolve, and end as
 * an internal error (graphql-js's validation even throws on some: a root field under @include with a
 * variable). Refuse it plainly before Apollo sees it, naming where subscriptions are served.
 */
export function subscriptionsOverWebSocketOnly(path: string): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : req.query.query;
    if (typeof query !== 'string' || !query.includes('subscription') || !subscribes(query)) return next();
    res.status(400).json({
      errors: [
        {
          message: `subscriptions are served over WebSocket: connect to ${path} with the graphql-transport-ws protocol`,
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'operation',
            messageKey: 'input.invalid',
            params: { field: 'operation', path },
          },
        },
      ],
    });
  };
}

function subscribes(query: string): boolean {
  try {
    return parse(query, { maxTokens: LIMITS.tokens }).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.SUBSCRIPTION,
    );
  } catch {
    return false; // Apollo answers a document that does not parse itself (GRAPHQL_PARSE_FAILED)
  }
}
