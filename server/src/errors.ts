import { validate, type ValidationError } from 'class-validator';
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'ALREADY_CLAIMED'
  | 'STALE_VERSION';

/** A refusal the caller can act on; mapped one-to-one onto GraphQL `extensions.code`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) =>
  new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field });
export const notFound = (what: string, id: string | number) =>
  new DomainError('NOT_FOUND', `${what} ${id} does not exist`, { id: String(id) });
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

/** Free text from a caller of the API: trimmed, and refused when longer than the column holds. */
export function text(field: string, value: string | null | undefined, max: number): string | null {
  const t = value?.trim() ?? '';
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`);
  return t || null;
}

function flatten(issues: ValidationError[], prefix = ''): Array<{ field: string; message: string }> {
  return issues.flatMap((i) => {
    const field = prefix ? `${prefix}.${i.property}` : i.property;
    const own = Object.values(i.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(i.children ?? [], field)];
  });
}

/**
 * Checks an input against the rules declared on its class (class-validator decorators). Services
 * call it, so every edge that reaches them (GraphQL today, plain HTTP later) is held to the same rules.
 */
export async function checkInput<T extends object>(input: T): Promise<T> {
  const fields = flatten(await validate(input, { forbidUnknownValues: false }));
  if (fields.length === 0) return input;
  throw new DomainError('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
    field: fields[0]!.field,
    fields,
  });
}
