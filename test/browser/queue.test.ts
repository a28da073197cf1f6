import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const browser: Browser | null = await launchBrowser();

async function signIn(url: string, username: string): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1400, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill('heatline');
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.waitForURL('**/board');
  await page.goto(`${url}/queue`);
  await page.getByTestId('queue').waitFor();
  return page;
}

describe.runIf(browser)('a unit queue in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let origin: string;

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
    origin = server.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it('lets exactly one of two staff pressing claim together win, and shows the other who did', async () => {
    const [a, b] = await Promise.all([signIn(origin, 'jinquan1'), signIn(origin, 'jinquan2')]);
    const desk = await login(server.url, 'desk');
    const t = (
      await ok(
        server.url,
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
        { input: { kind: 'COMPLAINT', category: 'NO_HEAT', channel: 'JINQUAN_LINE_1', complexity: 'GENERAL', callerName: '周八', callerPhone: '13600000002', compoundId: 'cp-001', description: '不热' } },
        desk,
      )
    ).createTicket;
    await ok(server.url, 'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id } }', { id: t.id }, desk);

    const rowA = a.getByTestId(`row-${t.number}`);
    const rowB = b.getByTestId(`row-${t.number}`);
    await Promise.all([rowA.waitFor({ timeout: 5000 }), rowB.waitFor({ timeout: 5000 })]);
    // Pressed together; if one screen already shows the other's claim, its button is gone, which is right too.
    const press = (row: typeof rowA) => row.getByRole('button', { name: /签收|Claim/ }).click({ timeout: 3000 }).then(() => true, () => false);
    const pressed = await Promise.all([press(rowA), press(rowB)]);
    expect(pressed).toContain(true);

    // Both rows settle on the same single holder; the loser was told who it is.
    const names = ['金泉热力 杨磊', '金泉热力 黄丽'];
    await a.waitForFunction((n) => document.querySelector(`[data-testid="row-${n}"] [data-testid="claimed-by"]`)?.textContent !== '', t.number);
    await b.waitForFunction((n) => document.querySelector(`[data-testid="row-${n}"] [data-testid="claimed-by"]`)?.textContent !== '', t.number);
    const holderA = await rowA.getByTestId('claimed-by').textContent();
    const holderB = await rowB.getByTestId('claimed-by').textContent();
    expect(holderA).toBe(holderB);
    expect(names).toContain(holderA);
    // The one who lost sees who holds it: in the refusal if it pressed, and in the row either way.
    const loser = holderA === names[0] ? b : a;
    const loserPressed = pressed[loser === a ? 0 : 1];
    if (loserPressed) expect(await loser.getByTestId(`row-${t.number}`).getByTestId('notice').textContent()).toContain(holderA!);
    expect(await loser.getByTestId(`row-${t.number}`).getByRole('button', { name: /签收|Claim/ }).count()).toBe(0);
    const api = await ok(server.url, 'query($id: ID!) { ticket(id: $id) { claimedBy { displayName } events { type } } }', { id: t.id }, desk);
    expect(api.ticket.claimedBy.displayName).toBe(holderA);
    expect(api.ticket.events.filter((e: { type: string }) => e.type === 'TICKET_CLAIMED')).toHaveLength(1);
    await a.screenshot({ path: `${ARTIFACTS}queue.png` });
  });
});
