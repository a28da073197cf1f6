import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { httpCredential, isHttps, socketCredential } from './credentials.js';

const handshake = (headers: Record<string, string>, encrypted = false) =>
  ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

describe('credentials', () => {
  it('takes an HTTP request’s Authorization header before its cookie', () => {
    expect(httpCredential({ authorization: 'Bearer key', cookie: 'heatline_session=hls_a' })).toEqual({
      authorization: 'Bearer key',
      fromCookie: false,
    });
    expect(httpCredential({ cookie: 'lang=en; heatline_session=hls_a' })).toEqual({
      authorization: 'Bearer hls_a',
      fromCookie: true,
    });
    expect(httpCredential({ cookie: 'lang=en' })).toEqual({ fromCookie: false });
  });

  it('takes a socket’s cookie only from a page of this origin', () => {
    const cookie = 'heatline_session=hls_a';
    const host = 'board.example:4000';
    expect(socketCredential(undefined, handshake({ cookie, host, origin: 'http://board.example:4000' }))).toBe('hls_a');
    expect(socketCredential(undefined, handshake({ cookie, host, origin: 'http://evil.example' }))).toBeNull();
    expect(socketCredential(undefined, handshake({ cookie, host }))).toBeNull();
    expect(socketCredential(undefined, handshake({ cookie, host, origin: 'null' }))).toBeNull();
    // connectionParams (an API client) win over the cookie, with or without an Origin.
    expect(socketCredential({ token: 'key' }, handshake({ cookie, host }))).toBe('key');
    expect(socketCredential({ authorization: 'Bearer key' }, handshake({ host }))).toBe('key');
  });

  it('calls a request HTTPS when it is, or when a trusted proxy says so', () => {
    expect(isHttps(handshake({}, true), 0)).toBe(true);
    expect(isHttps(handshake({ 'x-forwarded-proto': 'https' }), 0)).toBe(false);
    expect(isHttps(handshake({ 'x-forwarded-proto': 'https, http' }), 1)).toBe(true);
    expect(isHttps(handshake({ 'x-forwarded-proto': 'http' }), 1)).toBe(false);
  });
});
