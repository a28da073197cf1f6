import { createServer, type AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, sessionToken, settle, signIn, unnamedControls } from '../support/browser.js';
import { gql, login, ok } from '../support/graphql.js';
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

  it('shows the same figures and feed on a screen opened after the calls as on one that watched them', async () => {
    const desk = await login(server.url, 'desk');
    const jinquan = await login(server.url, 'jinquan1');
    const q = (query: string, variables: Record<string, unknown>, token: string) =>
      ok(server.url, query, variables, token);
    const move = (m: string, id: string, token: string, args = '') =>
      q(`mutation($id: ID!) { ${m}(id: $id${args}) { id } }`, { id }, token);
    // Calls in several states: transferred, claimed, resolved, replied satisfied, closed, reopened,
    // and a consultation answered on the call.
    const numbers: string[] = [];
    const register = async (over: Record<string, unknown> = {}) => {
      const t = (await q(CREATE, { input: { ...call, ...over } }, desk)).createTicket;
      numbers.push(t.number);
      return t.id as string;
    };
    const toUnit = async (over: Record<string, unknown> = {}) => {
      const id = await register(over);
      await move('transferTicket', id, desk, ', unitId: "unit-jinquan"');
      return id;
    };
    const resolved = async () => {
      const id = await toUnit();
      await move('claimTicket', id, jinquan);
      await move('resolveTicket', id, jinquan, ', resolution: "调整阀门", onSite: true');
      return id;
    };
    await toUnit();
    await move('claimTicket', await toUnit(), jinquan);
    await resolved();
    const satisfied = await resolved();
    await move('recordCallback', satisfied, desk, ', satisfaction: SATISFIED');
    await move('closeTicket', satisfied, desk);
    await move('recordCallback', await resolved(), desk, ', satisfaction: UNSATISFIED, note: "仍然不热"');
    const consultation = await register({ kind: 'CONSULTATION', category: 'BILLING_OR_PRICE' });
    await move('resolveTicket', consultation, desk, ', resolution: "已答复", onSite: false');

    const STATS = `{ boardStats { total { calls open claimed overdue resolved replied closed answeredOnCall satisfaction } } }`;
    const truth = (await q(STATS, {}, desk)).boardStats.total;
    const shown = (p: Page) =>
      p.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-testid^="kpi-"]')].map((el) => [
            el.getAttribute('data-testid')!.slice(4),
            el.textContent!.trim(),
          ]),
        ),
      );
    const expected = {
      calls: String(truth.calls),
      open: String(truth.open),
      claimed: String(truth.claimed),
      overdue: String(truth.overdue),
      resolved: String(truth.resolved),
      replied: String(truth.replied),
      closed: String(truth.closed),
      answered: String(truth.answeredOnCall),
      satisfaction: truth.satisfaction === null ? '—' : `${Math.round(truth.satisfaction * 100)}%`,
    };
    expect(truth).toMatchObject({ resolved: 3, replied: 2, closed: 1, answeredOnCall: 1, satisfaction: 0.5 });
    // A screen opened now, cold.
    const fresh = await signIn(browser!, `http://127.0.0.1:${port}`, 'leader');
    await settle(() => shown(fresh)).toEqual(expected);
    // Its feed starts with what happened before it opened.
    const last = numbers.at(-1)!;
    await fresh.getByTestId('feed').getByText(last).first().waitFor();
    // The screen that watched it all shows the same.
    await settle(() => shown(page)).toEqual(expected);
    await fresh.screenshot({ path: `${ARTIFACTS}board-figures.png` });
    await fresh.context().close();
  });

  it('says the session ended, keeps the last picture marked stale, and offers sign-in', async () => {
    const wallPage = await signIn(browser!, `http://127.0.0.1:${port}`, 'leader');
    await wallPage
      .getByTestId('connection')
      .filter({ hasText: /实时|Live/ })
      .waitFor();
    await wallPage.getByTestId('kpi-open').waitFor();
    const figures = await wallPage.getByTestId('kpi-open').textContent();
    // No script on the page can read the token: it is an HttpOnly, SameSite=Strict cookie only.
    const token = await sessionToken(wallPage);
    expect(await wallPage.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie)).not.toContain(token);
    // Signed out elsewhere: the same token ends.
    await ok(server.url, 'mutation { logout }', {}, token);
    await wallPage.getByTestId('session-ended').waitFor();
    await settle(() => wallPage.getByTestId('connection').textContent()).toMatch(/登录已失效/);
    // The figures stay, marked stale: no reconnect is pretended.
    expect(await wallPage.getByTestId('kpi-open').textContent()).toBe(figures);
    expect(await wallPage.getByTestId('kpis').getAttribute('class')).toMatch(/stale/);
    await wallPage.screenshot({ path: `${ARTIFACTS}board-session-ended.png` });
    await wallPage.getByRole('button', { name: /重新登录|Sign in again/ }).click();
    await wallPage.waitForURL(/\/login/);
    // Signed in again, the screen is back on the board.
    await wallPage.getByLabel(/用户名|Username/).fill('leader');
    await wallPage.getByLabel(/密码|Password/).fill('heatline');
    await wallPage.getByRole('button', { name: /登录|Sign in/ }).click();
    await wallPage.waitForURL('**/board');
    await wallPage.getByTestId('kpi-open').waitFor();

    // Opening the board with a token that is already dead: the sign-in page says why.
    const dead = await sessionToken(wallPage);
    await ok(server.url, 'mutation { logout }', {}, dead);
    await wallPage.reload();
    await wallPage.waitForURL(/\/login/);
    await wallPage
      .getByText(/登录已失效/)
      .first()
      .waitFor();
    await wallPage.context().close();
  });

  it('signs out on the server, not only on the screen: the token is dead afterwards', async () => {
    const leaving = await signIn(browser!, `http://127.0.0.1:${port}`, 'leader');
    const token = await sessionToken(leaving);
    await leaving.getByRole('button', { name: /退出|Sign out/ }).click();
    await leaving.waitForURL(/\/login/);
    const r = await gql(server.url, '{ viewer { name } }', {}, token);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await leaving.context().cookies()).find((c) => c.name === 'heatline_session')).toBeUndefined();
    await leaving.context().close();
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
