import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, settle } from './support/browser.js';
import { codeOf, gql, login } from './support/graphql.js';
import { serverForSuite, startServer, tempDir, type RunningServer } from './support/server.js';
import { WAIT_MS } from './support/ws.js';

const SERVER_DIR = fileURLToPath(new URL('../server/', import.meta.url));
const INTROSPECT = '{ __schema { queryType { name } } }';

const headerOf = async (url: string, init?: RequestInit) => (await fetch(url, init)).headers;
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

describe('production hygiene', () => {
  const server = serverForSuite();

  it('refuses introspection to an anonymous caller with a code, and answers a signed-in one', async () => {
    const anonymous = await gql(server.url, INTROSPECT);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    const typed = await gql(server.url, `query { __type(name: "Ticket") { name } }`);
    expect(codeOf(typed)).toBe('UNAUTHENTICATED');
    const token = await login(server.url, 'leader');
    const signedIn = await gql(server.url, INTROSPECT, {}, token);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // __typename is not introspection: anyone may ask it.
    expect((await gql(server.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('sends the security headers on the web app, the API and the health check', async () => {
    for (const path of ['/', '/board', '/graphql', '/healthz']) {
      const h = await headerOf(new URL(path, server.url).toString());
      const csp = h.get('content-security-policy') ?? '';
      expect(directive(csp, 'frame-ancestors'), path).toEqual(["'none'"]);
      expect(directive(csp, 'default-src'), path).toEqual(["'self'"]);
      expect(directive(csp, 'connect-src'), path).toEqual(["'self'"]);
      expect(directive(csp, 'img-src'), path).toContain('https://tile.openstreetmap.org');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('x-powered-by'), path).toBeNull();
    }
  });

  it('allows the web app’s own bootstrap script by its hash and no other inline script', async () => {
    const csp = (await headerOf(new URL('/', server.url).toString())).get('content-security-policy')!;
    const scripts = directive(csp, 'script-src');
    expect(scripts[0]).toBe("'self'");
    expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it('answers no cross-origin request unless HEATLINE_CORS_ORIGINS lists the origin', async () => {
    const preflight = (url: string, origin: string) =>
      headerOf(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight(server.url, 'https://elsewhere.example')).get('access-control-allow-origin')).toBeNull();

    const dir = tempDir();
    const open = await startServer({ HEATLINE_DATA_DIR: dir.dir, HEATLINE_CORS_ORIGINS: 'https://partner.example' });
    try {
      const allowed = await preflight(open.url, 'https://partner.example');
      expect(allowed.get('access-control-allow-origin')).toBe('https://partner.example');
      expect(allowed.get('access-control-allow-headers')).toContain('authorization');
      expect((await preflight(open.url, 'https://elsewhere.example')).get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.stop();
      dir.remove();
    }
  });

  it('runs in production mode from the start script: NODE_ENV set, no stack trace in any refusal', async () => {
    const script = (JSON.parse(readFileSync(`${SERVER_DIR}package.json`, 'utf8')) as { scripts: { start: string } })
      .scripts.start;
    const dir = tempDir();
    // As pnpm runs a package script: through the shell, in the package's folder.
    const proc = spawn('sh', ['-c', script], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', HEATLINE_DATA_DIR: dir.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: the shell's child (the server) is stopped with it, not left running.
      detached: true,
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    try {
      await settle(() => /serving GraphQL at/.test(out) || proc.exitCode !== null).toBe(true);
      const url = /serving GraphQL at (http:\/\/localhost:\d+\/graphql)/
        .exec(out)![1]!
        .replace('localhost', '127.0.0.1');
      expect(out).toContain('"mode":"production"');
      for (const query of ['{ me { id ', '{ nope }', 'mutation { logout }', INTROSPECT]) {
        const r = await gql(url, query, {}, query.startsWith('mutation') ? 'not-a-token' : undefined);
        expect(r.errors?.length, query).toBeGreaterThan(0);
        expect(JSON.stringify(r), query).not.toMatch(/stacktrace|\/dist\/|node_modules|\.js:\d+/);
      }
    } finally {
      process.kill(-proc.pid!, 'SIGTERM');
      await exited;
      await settle(() => groupAlive(proc.pid!)).toBe(false);
      dir.remove();
    }
  });
});

describe('the web app under its Content-Security-Policy', () => {
  const tmp = tempDir();
  let browser: Browser | null;
  let tiles: Server;
  let tileRequests = 0;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    // A self-hosted tile server on another origin: the CSP must allow it and nothing else.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
      'base64',
    );
    tiles = createServer((_req, res) => {
      tileRequests++;
      res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    });
    await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
    const port = (tiles.address() as AddressInfo).port;
    server = await startServer({
      HEATLINE_DATA_DIR: tmp.dir,
      HEATLINE_TILES: 'custom',
      HEATLINE_TILE_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tiles?.close();
    tmp.remove();
  });

  it('signs in and opens the board with its live feed and its tiles, with no CSP violation', async (ctx) => {
    if (!browser) return ctx.skip();
    const violations: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // In every page before its own scripts run, so a blocked bootstrap script is reported too.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content.Security.Policy|CSP violation/i.test(m.text())) violations.push(m.text());
    });
    try {
      await page.goto(`${new URL(server.url).origin}/login`);
      await page.getByLabel(/用户名|Username/).fill('leader');
      await page.getByLabel(/密码|Password/).fill('heatline');
      await page.getByRole('button', { name: /登录|Sign in/ }).click();
      await page.waitForURL(/\/board$/);
      await page.locator('.compound-marker').first().waitFor({ timeout: WAIT_MS });
      await settle(() => tileRequests).toBeGreaterThan(0);
      await settle(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Whether any process of the group `pgid` is still running. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
