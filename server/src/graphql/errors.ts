import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from 'pino';
import { DomainError } from '../errors.js';

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

function flatten(issues: ValidationIssue[], prefix = ''): Array<{ field: string; message: string }> {
  return issues.flatMap((i) => {
    const field = prefix ? `${prefix}.${i.property}` : i.property;
    const own = Object.values(i.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(i.children ?? [], field)];
  });
}

/** The one mapping from what went wrong to a stable `extensions.code`. */
export function formatErrorWith(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError)
      return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as ValidationIssue[]);
      return {
        ...formatted,
        message: fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'invalid input',
        extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
      };
    }
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
