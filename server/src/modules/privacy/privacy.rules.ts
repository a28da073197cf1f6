/** 138****5678: the first three and last four digits of a phone number stay; shorter ones keep two. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 3) return `****${digits.slice(-2)}`;
  return '****';
}

/** 张** : only the first character of a name stays (the family name, in Chinese). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/**
 * What looks like a number but names no one, kept as it is: a ticket number (20091116-0001), a date
 * (2026-11-29, 2026-11-29 08:30), a time (08:30).
 */
const NOT_A_PHONE =
  /(?<![\d-])(?:\d{8}-\d{4}|\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)(?![\d-])/g;

/**
 * A phone number (or an ID-card number) as the desk types it into free text: seven digits or more,
 * with or without a country code, spaces, dashes, dots or brackets between them (0451-8765-4321,
 * (010)1234-5678, 138.1234.5678, 13812345678-转801 …).
 */
const PHONE_LIKE = /\+?\d(?:[\s\-.()（）]*\d){6,}[Xx]?/g;

const HOLD = '\u0000';

/** Free text with every phone-like number in it masked as maskPhone masks a number. */
export function maskNumbersIn(text: string): string {
  // Full-width digits (１３８…) are digits too.
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  // NUL never occurs in stored text (it is refused at the door), so it can hold the kept parts aside.
  const kept: string[] = [];
  const held = ascii.replace(NOT_A_PHONE, (m) => `${HOLD}${kept.push(m) - 1}${HOLD}`);
  const masked = held.replace(PHONE_LIKE, maskPhone);
  return masked.replace(new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g'), (_, n: string) => kept[Number(n)]!);
}

/**
 * What kind of personal data a field holds, and so how it is shown to a viewer who may not see
 * callers in clear (an API key, a wall display): a name or phone masked, a room or a login name
 * withheld, free text with its numbers masked.
 */
export type Personal = 'name' | 'phone' | 'withheld' | 'text';

export function masked(kind: Personal, value: unknown): unknown {
  if (typeof value !== 'string') return kind === 'withheld' ? null : value;
  switch (kind) {
    case 'name':
      return maskName(value);
    case 'phone':
      return maskPhone(value);
    case 'withheld':
      return null;
    case 'text':
      return maskNumbersIn(value);
  }
}
