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
