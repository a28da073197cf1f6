import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Control characters a person does not type: NUL and the C0/C1 controls but tab, line feed and
 * carriage return. NUL in particular cuts a statement short on SQLite and is refused by PostgreSQL.
 */
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && !ALLOWED_CONTROLS.has(c)) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Text a person typed: no control characters (message key `input.controlCharacters`). */
export function PlainText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'plainText',
      validator: {
        validate: (v: unknown) => typeof v !== 'string' || !hasControlCharacters(v),
        defaultMessage: (a) => `${a?.property ?? 'text'} must not contain control characters`,
      },
    },
    options,
  );
}

/** Text with something in it besides spaces (message key `input.required`). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (v: unknown) => typeof v !== 'string' || v.trim().length > 0,
        defaultMessage: (a) => `${a?.property ?? 'text'} must not be blank`,
      },
    },
    options,
  );
}
