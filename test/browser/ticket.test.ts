import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const browser: Browser | null = await launchBrowser();

describe.runIf(browser)('a ticket page in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it('shows every field, the history from the audit log, and who else is looking at it', async () => {
    const desk = await login(server.url, 'desk');
    const t = (
      await ok(
        server.url,
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
        { input: { kind: 'COMPLAINT', category: 'LEAK_OR_BURST', channel: 'LINE_12319', complexity: 'COMPLEX', callerName: '郑十', callerPhone: '13700000003', compoundId: 'cp-001', description: '楼道水管爆裂', address: { building: '5', unit: '2', room: '301' } } },
        desk,
      )
    ).createTicket;
    await ok(server.url, 'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id } }', { id: t.id }, desk);
    const origin = server.url.replace('/graphql', '');
    const [a, b] = await Promise.all([signIn(browser!, origin, 'desk', `/tickets/${t.id}`), signIn(browser!, origin, 'jinquan1', `/tickets/${t.id}`)]);
    await a.getByTestId('ticket').getByText(t.number).waitFor();
    expect(await a.getByTestId('history').textContent()).toMatch(/REGISTERED[\s\S]*TRANSFERRED/);
    await a.getByTestId('viewers').filter({ hasText: '金泉热力 杨磊' }).waitFor({ timeout: 5000 });
    await b.getByTestId('viewers').filter({ hasText: '受理员 王敏' }).waitFor({ timeout: 5000 });
    expect(await a.getByTestId('ticket').textContent()).toContain('楼道水管爆裂');
    await a.screenshot({ path: `${ARTIFACTS}ticket.png` });
  });
});
