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
 * A phone number (or an ID-card number) anywhere in free text, as the desk types them: a mobile
 * with spaces or dashes, a landline with its area code, or any bare run of seven digits or more.
 * A digit run joined by a dash to more digits (a ticket number 20091116-0001, a date) is not one.
 */
const NUMBER_IN_TEXT = new RegExp(
  [String.raw`(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}`, String.raw`0\d{2,3}[\s-]\d{7,8}`, String.raw`\d{7,}[Xx]?`]
    .map((p) => String.raw`(?<![\d-])${p}(?![\d-])`)
    .join('|'),
  'g',
);

/** Free text with every phone-like number in it masked as maskPhone masks a number. */
export function maskNumbersIn(text: string): string {
  return text.replace(NUMBER_IN_TEXT, maskPhone);
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
