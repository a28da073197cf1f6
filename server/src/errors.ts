import { validate, type ValidationError } from 'class-validator';
import { hasControlCharacters } from './validation.js';
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'ALREADY_CLAIMED'
  | 'STALE_VERSION'
  | 'TOO_MANY_REQUESTS';

/**
 * The message key of each code when nothing more precise is said. A key names the reason in words a
 * screen translates (with `params`); the English message stays for API users and logs.
 */
const DEFAULT_KEY: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'auth.signIn',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'input.invalid',
  NOT_FOUND: 'notFound',
  INVALID_TRANSITION: 'ticket.invalidTransition',
  ALREADY_CLAIMED: 'ticket.alreadyClaimed',
  STALE_VERSION: 'ticket.stale',
  TOO_MANY_REQUESTS: 'tooManyRequests',
};

/**
 * A refusal the caller can act on; mapped one-to-one onto GraphQL `extensions`: `code` (what
 * kind), `messageKey` and `params` (which reason, to say in the user's language), and the details.
 */
export class DomainError extends Error {
  readonly key: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    key?: string,
  ) {
    super(message);
    this.name = 'DomainError';
    this.key = key ?? DEFAULT_KEY[code];
  }
}

/**
 * Why an input is refused, as a message key `input.<reason>`: required (empty), format, tooLong,
 * length, unknown (no such code or id), outOfRange, future, tooOld, refusedUnit, notMember,
 * needsNote (a note is needed for this choice), notDesk, controlCharacters, weakPassword, taken (a
 * name already in use), inactiveUnit (a deactivated unit), invalid.
 */
export type InputReason =
  | 'required'
  | 'format'
  | 'tooLong'
  | 'length'
  | 'unknown'
  | 'outOfRange'
  | 'future'
  | 'tooOld'
  | 'refusedUnit'
  | 'notMember'
  | 'needsNote'
  | 'notDesk'
  | 'controlCharacters'
  | 'weakPassword'
  | 'taken'
  | 'inactiveUnit'
  | 'invalid';

export const badInput = (
  field: string,
  message: string,
  reason: InputReason = 'invalid',
  params: Record<string, unknown> = {},
) => new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...params }, `input.${reason}`);
export const notFound = (what: string, id: string | number) =>
  new DomainError('NOT_FOUND', `${what} ${id} does not exist`, { what, id: String(id) });
/** `reason` names who may do it instead, as a message key `forbidden.<reason>`. */
export const forbidden = (message: string, reason: string, params: Record<string, unknown> = {}) =>
  new DomainError('FORBIDDEN', message, params, `forbidden.${reason}`);

/** Free text from a caller of the API: trimmed, and refused when longer than the column holds. */
export function text(field: string, value: string | null | undefined, max: number): string | null {
  const t = value?.trim() ?? '';
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`, 'tooLong', { max });
  if (hasControlCharacters(t)) throw badInput(field, 'must not contain control characters', 'controlCharacters');
  return t || null;
}

/** class-validator's constraint names, as the reasons of our message keys. */
const CONSTRAINT_REASON: Record<string, InputReason> = {
  matches: 'format',
  maxLength: 'tooLong',
  length: 'length',
  minLength: 'length',
  isNotEmpty: 'required',
  notBlank: 'required',
  plainText: 'controlCharacters',
  isEnum: 'invalid',
};

interface FieldRefusal {
  field: string;
  message: string;
  messageKey: string;
}

function flatten(issues: ValidationError[], prefix = ''): FieldRefusal[] {
  return issues.flatMap((i) => {
    const field = prefix ? `${prefix}.${i.property}` : i.property;
    const own = Object.entries(i.constraints ?? {}).map(([name, message]) => ({
      field,
      message,
      messageKey: `input.${CONSTRAINT_REASON[name] ?? 'invalid'}`,
    }));
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
  const first = fields[0]!;
  throw new DomainError(
    'BAD_USER_INPUT',
    fields.map((f) => `${f.field}: ${f.message}`).join('; '),
    { field: first.field, fields },
    first.messageKey,
  );
}
