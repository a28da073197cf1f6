import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context.js';

const SCHEMA_FIELDS = new Set(['__schema', '__type']);

/** Whether a document reads the schema itself (`__typename` alone does not). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field: (node) => {
      if (!SCHEMA_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Introspection for signed-in users and API keys only: an anonymous caller learns nothing of the
 * schema beyond what the sign-in needs (the public contract is `schema.graphql` in the repository).
 * Over WebSocket every connection is signed in.
 */
export function introspectionForCallers(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ contextValue, document }) => {
        if (contextValue.viewer.kind !== 'anonymous' || !asksForSchema(document)) return;
        throw new GraphQLError('introspection needs a signed-in user or an API key', {
          extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.signIn', params: {}, http: { status: 401 } },
        });
      },
    }),
  };
}
