import { describe, expect, it } from 'vitest';
import { BY_USERNAME, backoffSeconds, clientAddress, usernameKey, type LimitPolicy } from './login-limits.rules.js';

const policy: LimitPolicy = { free: 3, baseSeconds: 10, maxSeconds: 100, windowSeconds: 3600 };

describe('login backoff', () => {
  it('lets the first failures through at once', () => {
    expect([0, 1, 2].map((n) => backoffSeconds(n, policy))).toEqual([0, 0, 0]);
  });

  it('doubles the wait with every failure past the free ones, up to the cap', () => {
    expect([3, 4, 5, 6, 7, 50].map((n) => backoffSeconds(n, policy))).toEqual([10, 20, 40, 80, 100, 100]);
  });

  it('locks a username after five failures for at least the time a burst of guesses takes', () => {
    expect(backoffSeconds(4, BY_USERNAME)).toBe(0);
    expect(backoffSeconds(5, BY_USERNAME)).toBeGreaterThanOrEqual(30);
  });

  it('counts every spelling of a username as one', () => {
    expect(usernameKey(' Admin ')).toBe(usernameKey('admin'));
    expect(usernameKey('ＡＤＭＩＮ')).toBe('admin');
  });
});

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever the header claims', () => {
    expect(clientAddress('::ffff:10.0.0.5', '1.2.3.4', 0)).toBe('10.0.0.5');
    expect(clientAddress(undefined, '1.2.3.4', 0)).toBeNull();
  });

  it('is the entry the trusted proxies saw, counted from the right', () => {
    // A client forged "6.6.6.6"; the one proxy appended the real 1.2.3.4 and connected from 10.0.0.1.
    expect(clientAddress('10.0.0.1', '6.6.6.6, 1.2.3.4', 1)).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.1', ['6.6.6.6, 1.2.3.4', '10.0.0.2'], 2)).toBe('1.2.3.4');
  });

  it('falls back to the farthest hop when the chain is shorter than the proxies trusted', () => {
    expect(clientAddress('10.0.0.1', undefined, 1)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '1.2.3.4', 5)).toBe('1.2.3.4');
  });
});
