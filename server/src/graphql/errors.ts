import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '../errors.js';

/**
 * The one mapping from what went wrong to a stable `extensions.code`; `sent` sees each error as it
 * goes out (the metrics count them by code).
 */
export function formatErrorWith(log: Logger, sent: (e: GraphQLFormattedError) => void = () => {}) {
  const format = formatError(log);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    sent(out);
    return out;
  };
}

function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError)
      return {
        ...formatted,
        message: original.message,
        extensions: {
          code: original.code,
          ...original.details,
          messageKey: original.key,
          params: original.details,
        },
      };
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log.error({ err: original }, 'unexpected error');
      return {
        message: 'internal error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    // Apollo's own refusals: GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT for variables.
    return formatted;
  };
}
