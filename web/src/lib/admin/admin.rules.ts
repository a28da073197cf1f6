/** Where a key stands now: in use, revoked by an admin, or past its expiry. */
export function keyState(
  k: { revokedAt?: string | null; expiresAt?: string | null },
  now: number,
): 'active' | 'revoked' | 'expired' {
  if (k.revokedAt) return 'revoked';
  if (k.expiresAt && Date.parse(k.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The address a wall screen opens to pair: the board's own origin, so the code never leaves it. */
export function pairingUrl(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}/pair?code=${encodeURIComponent(code)}`;
}

/** A date input's value (YYYY-MM-DD) as the end of that day in the browser's zone; null when empty. */
export function endOfDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 23, 59, 59).toISOString();
}

/** Roles whose people belong to a unit: the form asks for one. */
export const needsUnit = (role: string): boolean => role === 'STAFF' || role === 'HEAD';
