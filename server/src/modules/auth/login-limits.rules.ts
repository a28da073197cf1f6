/**
 * How sign-in attempts are limited, by one key (a username, or a client address): the first `free`
 * failures cost nothing; after that one attempt is let through per window, and each window is twice
 * the last, up to `maxSeconds`. Failures are forgotten `windowSeconds` after the first of them.
 */
export interface LimitPolicy {
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  windowSeconds: number;
}

/** Per username: a person who mistypes five times waits half a minute, then a minute, then two… */
export const BY_USERNAME: LimitPolicy = { free: 5, baseSeconds: 30, maxSeconds: 3600, windowSeconds: 24 * 3600 };

/** Per client address: a room of people behind one gateway mistypes more often than one person. */
export const BY_ADDRESS: LimitPolicy = { free: 30, baseSeconds: 30, maxSeconds: 3600, windowSeconds: 3600 };

/** How long the next attempt must wait after `failures` failures in a row; 0: at once. */
export function backoffSeconds(failures: number, p: LimitPolicy): number {
  if (failures < p.free) return 0;
  const doublings = Math.min(failures - p.free, 30);
  return Math.min(p.baseSeconds * 2 ** doublings, p.maxSeconds);
}

/** The key a username is counted under: one count for every spelling of the same name. */
export function usernameKey(username: string): string {
  return username.trim().normalize('NFKC').toLowerCase();
}

/**
 * The address a request came from. Without trusted proxies it is the socket's peer, whatever the
 * headers say (a client can write any X-Forwarded-For). With `trustedHops` proxies in front, each
 * appends the address it saw, so the client is that many entries from the right.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string | null {
  const peer = remoteAddress ? normalizeAddress(remoteAddress) : null;
  if (trustedHops <= 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = header
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // The peer is the nearest proxy; the header holds the hops before it.
  const hops = [...chain, ...(peer ? [peer] : [])];
  const client = hops[Math.max(0, hops.length - 1 - trustedHops)];
  return client ? normalizeAddress(client) : peer;
}

/** ::ffff:127.0.0.1 and 127.0.0.1 are one client. */
function normalizeAddress(a: string): string {
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}
