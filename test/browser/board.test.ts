import { createServer, type AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`;
const call = {
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '孙七',
  callerPhone: '13500000001',
  compoundId: 'cp-001',
  description: '暖气不热',
};

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

const browser: Browser | null = await launchBrowser();

describe.runIf(browser)('the wall map in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let port: number;
  let env: Record<string, string>;
  let page: Page;

  beforeAll(async () => {
    port = await freePort();
    // No tile server is reachable here: the map must still draw every feature.
    env = { HEATLINE_DATA_DIR: tmp.dir, PORT: String(port), HEATLINE_TILE_URL: '' };
    server = await startServer(env);
    page = await signIn(browser!, `http://127.0.0.1:${port}`, 'leader');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it('shows all 113 compounds, 91 stations and 2 heat sources, each with an accessible name', async () => {
    await page.locator('.compound-marker').first().waitFor();
    expect(await page.locator('.compound-marker').count()).toBe(113);
    expect(await page.locator('.station-marker').count()).toBe(91);
    expect(await page.locator('.heatSource-marker').count()).toBe(2);
    expect(await page.locator('.compound-marker[aria-label*="文丰小区"]').count()).toBe(1);
    // By keyboard: focus Wenfeng's symbol and press Enter; its card opens.
    await page.locator('.compound-marker[aria-label*="文丰小区"]').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('card').getByRole('heading', { name: '文丰小区' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}board.png` });
  });

  it('shows a call registered elsewhere at once, without a reload', async () => {
    await page
      .getByTestId('connection')
      .filter({ hasText: /实时|Live/ })
      .waitFor();
    const desk = await login(server.url, 'desk');
    const t = (await ok(server.url, CREATE, { input: call }, desk)).createTicket;
    await page.getByTestId('feed').getByText(t.number).waitFor();
    const dot = page.locator(`.ticket-marker[aria-label*="${t.number}"]`);
    await dot.waitFor();
    await settle(() => dot.getAttribute('aria-label')).toMatch(/待转办.*文丰小区/);
    await settle(() => page.getByTestId('kpi-open').textContent()).toBe('1');
    // The ticket's dot is reachable by keyboard too, and opens its card.
    await dot.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('card').getByRole('heading', { name: t.number }).waitFor();
    // A new call redraws the dots; the one the keyboard is on keeps the focus.
    const next = (await ok(server.url, CREATE, { input: call }, desk)).createTicket;
    await page.locator(`.ticket-marker[aria-label*="${next.number}"]`).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-ticket'));
    await settle(focused).toBe(t.id);
    // The ticket dots are one tab stop; the arrows walk them (here the two calls at Wenfeng, by number).
    expect(await page.locator('.ticket-marker[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await settle(focused).toBe(next.id);
    await page.keyboard.press('ArrowRight');
    await settle(focused).toBe(t.id);
    // Every control and map feature on the board, ticket dots and the open card included, has a name.
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('turns into a wall display: large figures, a row per unit, the connection state in view', async () => {
    await page.getByRole('button', { name: /全屏|Wall mode/ }).click();
    await page
      .getByTestId('wall-connection')
      .filter({ hasText: /实时|Live/ })
      .waitFor();
    const figure = await page.getByTestId('kpi-open').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(figure).toBeGreaterThanOrEqual(48);
    const units = await page
      .getByRole('table', { name: /单位|Units/ })
      .getByRole('row')
      .allTextContents();
    expect(units.some((r) => r.includes('金泉热力'))).toBe(true);
    expect(units.some((r) => r.includes('兴平热电'))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}board-wall.png` });
    await page.getByRole('button', { name: /全屏|Wall mode/ }).click();
    await page.getByTestId('wall-connection').waitFor({ state: 'detached' });
  });

  it('goes to "reconnecting" when the server restarts, then catches up with what was written meanwhile', async () => {
    await server.stop();
    await page
      .getByTestId('connection')
      .filter({ hasText: /重连中|Reconnecting/ })
      .waitFor();
    server = await startServer(env);
    const desk = await login(server.url, 'desk');
    const written = [];
    for (let i = 0; i < 3; i++) written.push((await ok(server.url, CREATE, { input: call }, desk)).createTicket.number);
    await page
      .getByTestId('connection')
      .filter({ hasText: /实时|Live/ })
      .waitFor();
    for (const n of written) await page.getByTestId('feed').getByText(n).waitFor();
    // Two calls from the test before, three written while the server was down.
    await settle(() => page.getByTestId('kpi-open').textContent()).toBe('5');
  });

  it('switches to English and remembers it', async () => {
    await page.getByTestId('language').click();
    await page.getByRole('link', { name: 'Board' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Board' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('language').click();
    await page.getByRole('link', { name: '大屏' }).waitFor();
  });
});
