import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { login } from './support/graphql.js';
import { serverForSuite } from './support/server.js';
import { until } from './support/ws.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }';
const VIEWER = '{ viewer { kind name } }';

/** The browser's session: an HttpOnly cookie, read by HTTP and by the socket's handshake. */
describe('the web session as an HttpOnly cookie', () => {
  const server = serverForSuite();

  const post = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
  };
  /** Signs in as a browser does and returns the Set-Cookie it got and the cookie to send back. */
  const signIn = async (username: string) => {
    const { res, body } = await post(LOGIN, { u: username, p: 'heatline' });
    expect(body.errors).toBeUndefined();
    const set = res.headers.getSetCookie().find((c) => c.startsWith('heatline_session='))!;
    return { set, cookie: set.split(';')[0]!, expiresAt: new Date(body.data.login.expiresAt) };
  };
  /** A graphql-ws client whose handshake carries these headers, as a browser's would. */
  const socket = (headers: Record<string, string>) => {
    const closed: { code?: number; reason?: string } = {};
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols: string[]) {
          super(url, protocols, { headers });
        }
      },
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: { closed: (e) => Object.assign(closed, { code: (e as CloseEvent).code, reason: (e as CloseEvent).reason }) },
    });
    const viewer = () =>
      new Promise<any>((resolve, reject) => {
        let data: unknown;
        client.subscribe(
          { query: VIEWER },
          { next: (v) => (data = v.data), error: reject, complete: () => resolve(data) },
        );
      });
    return { client, closed, viewer };
  };

  it('is set at sign-in out of scripts’ and other sites’ reach, for as long as the session', async () => {
    const { set, expiresAt } = await signIn('desk');
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; SameSite=Strict/);
    expect(set).toMatch(/; Path=\//);
    // Plain HTTP here: a Secure cookie would never come back.
    expect(set).not.toMatch(/; Secure/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(set)![1]);
    expect(Math.abs(maxAge - (expiresAt.getTime() - Date.now()) / 1000)).toBeLessThan(60);
  });

  it('signs in HTTP requests and same-origin sockets, and the page never needs the token', async () => {
    const { cookie } = await signIn('desk');
    const http = await post(VIEWER, {}, { cookie });
    expect(http.body.data.viewer).toMatchObject({ kind: 'USER' });
    const origin = new URL(server.url).origin;
    const same = socket({ cookie, origin });
    expect((await same.viewer()).viewer).toMatchObject({ kind: 'USER' });
    await same.client.dispose();
  });

  it('is not taken from a socket opened by another site’s page, nor without an Origin', async () => {
    const { cookie } = await signIn('desk');
    for (const headers of [{ cookie, origin: 'https://evil.example' }, { cookie }] as Record<string, string>[]) {
      const s = socket(headers);
      await expect(s.viewer()).rejects.toBeDefined();
      await until(() => s.closed.code !== undefined, 'the close of a cross-site socket');
      expect(s.closed.code).toBe(4401);
      await s.client.dispose();
    }
  });

  it('lets an Authorization header (an API client) take precedence over a cookie', async () => {
    const { cookie } = await signIn('desk');
    const leader = await login(server.url, 'leader');
    const r = await post('{ me { username } }', {}, { cookie, authorization: `Bearer ${leader}` });
    expect(r.body.data.me.username).toBe('leader');
  });

  it('is cleared at sign-out; a dead one is cleared and reads as signed out, so signing in again works', async () => {
    const { cookie } = await signIn('desk');
    const out = await post('mutation { logout }', {}, { cookie });
    expect(out.body.data.logout).toBe(true);
    expect(out.res.headers.getSetCookie().join()).toMatch(/heatline_session=; Max-Age=0/);
    const dead = await post(VIEWER, {}, { cookie });
    expect(dead.body.data.viewer).toBeNull();
    expect(dead.res.headers.getSetCookie().join()).toMatch(/heatline_session=; Max-Age=0/);
    // Signed out elsewhere, then signing in again from the same browser (still sending the dead cookie).
    const again = await post(LOGIN, { u: 'desk', p: 'heatline' }, { cookie });
    expect(again.body.data.login.expiresAt).toBeDefined();
    // The dead session's socket ends as the board's "session ended" expects.
    const s = socket({ cookie, origin: new URL(server.url).origin });
    await expect(s.viewer()).rejects.toBeDefined();
    await until(() => s.closed.code !== undefined, 'the close of a socket with a dead cookie');
    expect(s.closed.code).toBe(4401);
    await s.client.dispose();
  });

  it('cannot be ridden by a cross-site form post (CSRF): a simple request is refused before it runs', async () => {
    const { cookie } = await signIn('desk');
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'query=mutation%20%7B%20logout%20%7D',
    });
    expect(res.status).toBe(400);
    // Still signed in: the forged sign-out did not run.
    expect((await post(VIEWER, {}, { cookie })).body.data.viewer).toMatchObject({ kind: 'USER' });
  });
});
