import { i18n } from './i18n.svelte.js';
import { messages } from './messages.js';

/** A refusal as the API sends it: the code, the English message, and `extensions` with the message key. */
export interface ApiRefusal {
  code?: string;
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The refusal in the user's language, from the server's message key and parameters: fields, units,
 * roles, statuses and actions named as the screens name them. A key this app does not know yet
 * (a newer server) falls back to the server's English message rather than to nothing.
 */
export function sayRefusal(e: ApiRefusal, name: { action?: (action: string) => string } = {}): string {
  const words = messages[i18n.locale] as Record<string, string>;
  const key = typeof e.extensions?.messageKey === 'string' ? `refusal.${e.extensions.messageKey}` : null;
  const template = key ? words[key] : undefined;
  if (!template) return e.message;
  const params = (e.extensions?.params ?? {}) as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (_, param: string) =>
    param === 'action' && name.action ? name.action(String(params.action)) : sayParam(param, params[param], words),
  );
}

function sayParam(name: string, value: unknown, words: Record<string, string>): string {
  const word = (k: string) => words[k];
  if (value === undefined || value === null) return '';
  if (name === 'field') return word(`field.${String(value)}`) ?? String(value);
  if (name === 'what') return word(`refusal.what.${String(value)}`) ?? String(value);
  if (name === 'role') return word(`role${String(value)}`) ?? String(value);
  if (name === 'roles' && Array.isArray(value))
    return value.map((r) => word(`roles${String(r)}`) ?? String(r)).join(` ${word('listAnd') ?? '/'} `);
  if (name === 'status') return word(String(value)) ?? String(value);
  if (typeof value === 'object') {
    const named = value as { name?: string; nameEn?: string };
    return (i18n.locale === 'en' ? named.nameEn : undefined) ?? named.name ?? '';
  }
  return String(value);
}

/** Whether a refusal has words of its own in this app (a test checks every server key has). */
export const knowsRefusal = (messageKey: string): boolean => `refusal.${messageKey}` in messages['zh-CN'];
