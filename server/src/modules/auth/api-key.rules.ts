import { randomInt } from 'node:crypto';

/** Letters and digits a person reads off one screen and types on another without confusing them. */
const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PAIRING_LENGTH = 8;
/** How long a pairing code works: long enough to walk to the wall screen. */
export const PAIRING_MINUTES = 30;

/** A one-time pairing code, XXXX-XXXX: 40 random bits, only ever tried at the sign-in rate. */
export function newPairingCode(): string {
  const chars = Array.from({ length: PAIRING_LENGTH }, () => PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** A code as typed (lower case, spaces, dashes) in the one form it was issued in; null if it cannot be one. */
export function normalizePairingCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== PAIRING_LENGTH || [...plain].some((c) => !PAIRING_ALPHABET.includes(c))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

/** Unknown scopes in a request, and whether it names none. */
export function scopeProblem(scopes: readonly string[], known: readonly string[]): string | null {
  if (scopes.length === 0) return 'give at least one scope';
  const unknown = scopes.filter((s) => !known.includes(s));
  return unknown.length > 0 ? `unknown scope ${unknown.join(', ')}; known: ${known.join(', ')}` : null;
}

/** Whether a key in this state lets its holder in at `now`. */
export function keyWorks(k: { revokedAt?: Date | null; expiresAt?: Date | null }, now: Date): boolean {
  return !k.revokedAt && (!k.expiresAt || k.expiresAt > now);
}
