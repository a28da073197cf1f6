import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A subscription sent by HTTP POST would be executed as a query, with no event to resolve, and end
 * as an internal error. Refuse it plainly instead, naming where subscriptions are served.
 */
export function subscriptionsOverWebSocketOnly(path: string): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation }) => {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError(
          `subscriptions are served over WebSocket: connect to ${path} with the graphql-transport-ws protocol`,
          {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'operation',
              messageKey: 'input.invalid',
              params: { field: 'operation', path },
              http: { status: 400 },
            },
          },
        );
      },
    }),
  };
}
