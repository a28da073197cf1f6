import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, settle, signIn } from './support/browser.js';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import WebSocket from 'ws';
import { until } from './support/ws.js';

// The web app's operations, as its build extracted them.
const manifest = JSON.parse(
  readFileSync(new URL('../web/src/lib/graphql/generated/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const idOf = (text: string) => Object.entries(manifest).find(([, t]) => t === text)![0];
const CURSOR = 'query BoardCursor { boardCursor }';
const appDocument = (operation: string) => Object.values(manifest).find((t) => t.startsWith(`${operation}(`))!;

describe('trusted documents (HEATLINE_TRUSTED_DOCUMENTS_ONLY=1)', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;
  let browser: Browser | null = null;
  const tokens: Record<string, string> = {};

  const post = async (body: Record<string, unknown>, token?: string) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
  };

  beforeAll(async () => {
    tmp = tempDir();
    // The sessions and the key are made before strict mode: signed out, it takes only the app's own
    // sign-in, whose answer is for the browser.
    const open = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    for (const u of ['desk', 'admin']) tokens[u] = await login(open.url, u);
    tokens.key = (
      await ok(open.url, 'mutation { createApiKey(name: "bi", scopes: ["tickets:read"]) { key } }', {}, tokens.admin)
    ).createApiKey.key;
    await open.stop();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TRUSTED_DOCUMENTS_ONLY: '1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp?.remove();
  });

  it('serves the app’s documents by id, over HTTP and the WebSocket', async () => {
    const byId = await post({ documentId: idOf(CURSOR) }, tokens.desk!);
    expect(byId.data?.boardCursor).toMatch(/^\d+$/);
    const inExtensions = await post({ query: '', extensions: { documentId: idOf(CURSOR) } }, tokens.desk!);
    expect(inExtensions.data?.boardCursor).toBe(byId.data.boardCursor);
    const unknown = await post({ documentId: 'sha256:0000' }, tokens.desk!);
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);

    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const messages: Array<{ id?: string; type: string; payload?: any }> = [];
    socket.on('message', (m) => messages.push(JSON.parse(String(m))));
    await new Promise((r) => socket.once('open', r));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { token: tokens.desk } }));
    await until(() => messages.some((m) => m.type === 'connection_ack'), 'the acknowledgement');
    const send = (id: string, payload: Record<string, unknown>) =>
      socket.send(JSON.stringify({ id, type: 'subscribe', payload }));
    send('byId', { query: '', extensions: { documentId: idOf(CURSOR) } });
    send('own', { query: '{ boardCursor __typename }' });
    await until(() => ['byId', 'own'].every((id) => messages.some((m) => m.id === id)), 'both answers');
    expect(messages.find((m) => m.id === 'byId')).toMatchObject({
      type: 'next',
      payload: { data: { boardCursor: expect.any(String) } },
    });
    expect(JSON.stringify(messages.find((m) => m.id === 'own')!.payload)).toContain('FORBIDDEN');
    socket.close();
  });

  it('refuses a signed-in user’s own document, and takes an ADMIN’s and an API key’s', async () => {
    const own = '{ boardCursor __typename }';
    const desk = await gql(server.url, own, {}, tokens.desk);
    expect([desk.status, codeOf(desk)]).toEqual([403, 'FORBIDDEN']);
    // The app's document sent in full is still the app's.
    expect((await gql(server.url, CURSOR, {}, tokens.desk)).data?.boardCursor).toMatch(/^\d+$/);
    expect((await gql(server.url, own, {}, tokens.admin)).data?.__typename).toBe('Query');
    expect((await gql(server.url, own, {}, tokens.key)).data?.__typename).toBe('Query');
  });

  it('refuses a document of its own without a credential, and takes the app’s sign-in and pairing', async () => {
    const typename = await gql(server.url, '{ __typename }');
    expect([typename.status, codeOf(typename)]).toEqual([403, 'FORBIDDEN']);
    const own = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
    expect(codeOf(await gql(server.url, own, { u: 'desk', p: 'heatline' }))).toBe('FORBIDDEN');
    const app = { documentId: idOf(appDocument('mutation Login')) };
    const signedIn = await post({ ...app, variables: { username: 'desk', password: 'heatline' } });
    expect([signedIn.status, signedIn.errors]).toEqual([200, undefined]);

    const { code } = (
      await ok(server.url, 'mutation { createDisplay(input: { name: "墙" }) { code } }', {}, tokens.admin)
    ).createDisplay;
    const pair = (text: string) => post({ query: text, variables: { code } });
    expect(codeOf(await pair('mutation($code: String!) { pairDisplay(code: $code) { token } }'))).toBe('FORBIDDEN');
    const paired = await post({ documentId: idOf(appDocument('mutation PairDisplay')), variables: { code } });
    expect([paired.errors, paired.data?.pairDisplay.name]).toEqual([undefined, '墙']);
  });

  it('runs the web app under it: sign-in and the live board use only the app’s documents', async (ctx) => {
    if (!browser) return ctx.skip();
    const refusals: string[] = [];
    const page = await signIn(browser, server.url.replace(/\/graphql$/, ''), 'desk', '/board');
    page.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        if (String(f.payload).includes('FORBIDDEN')) refusals.push(String(f.payload));
      }),
    );
    await page.reload();
    await page.locator('.compound-marker').first().waitFor();
    expect(await page.locator('.compound-marker').count()).toBe(113);
    await settle(() => page.getByTestId('connection').getAttribute('class')).toContain('live');
    // The live feed (its subscription sent by id too) shows a call registered now.
    const input = {
      kind: 'COMPLAINT',
      category: 'NO_HEAT',
      channel: 'MAYOR_HOTLINE',
      complexity: 'GENERAL',
      callerName: '孙九',
      callerPhone: '13812345678',
      compoundId: 'cp-001',
      description: '暖气不热',
    };
    const register = Object.values(manifest).find((t) => t.startsWith('mutation Register('))!;
    const { createTicket } = (await post({ documentId: idOf(register), variables: { input } }, tokens.desk!)).data;
    await page.getByTestId('feed').getByText(createTicket.number).first().waitFor();
    expect(await page.getByTestId('error-page').count()).toBe(0);
    expect(refusals).toEqual([]);
    await page.context().close();
  });
});
