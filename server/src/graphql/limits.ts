import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * What one document may ask, on HTTP and on the WebSocket alike: a query that cycles through
 * Unit.members ↔ User.unit, or 2,000 aliases of `compounds`, is refused before it runs instead of
 * stalling everyone. The web app's own documents stay inside (a spec checks each of them).
 * What a document costs, with list sizes from `first`, is cost.ts's: it needs the variables.
 */
export const LIMITS = {
  /** Nesting of fields, fragments flattened. */
  depth: 10,
  /** Aliased fields in one operation. */
  aliases: 30,
  directives: 50,
  /** Lexical tokens in one document (HTTP; a WebSocket message is capped at 256 KiB). */
  tokens: 5_000,
} as const;

// Reported as a validation error of the document (GRAPHQL_VALIDATION_FAILED), not thrown: a throw
// from a rule becomes an internal error on Apollo and on the socket.
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** The validation rules that hold a document to LIMITS (GRAPHQL_VALIDATION_FAILED when it is over). */
export function limitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: LIMITS.depth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: LIMITS.aliases, ...report }),
    maxDirectivesRule({ n: LIMITS.directives, ...report }),
  ];
}

/** What one WebSocket client may hold open (a browser tab needs a handful of operations). */
export const SOCKET_LIMITS = {
  operationsPerSocket: 50,
  /** A user's tabs, a key's workers. */
  perCredential: 20,
  /** An office behind one NAT with its wall screens and desks. */
  perAddress: 200,
} as const;

/**
 * What subscriptions catching up from a cursor may read at once (modules/board/replay-budget.ts): one
 * credential's replays take turns, and the instance reads no more pages at once than it has cores.
 */
export const REPLAY_LIMITS = {
  perCredential: 1,
  atOnce: 2,
} as const;
