import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { codeOf, gql } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const PHONE = { width: 390, height: 844 };
const WALL = { width: 1920, height: 1080 };

/** The console errors and uncaught exceptions a page reports from now on. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

const menuOf = (page: Page) => page.getByTestId('main-nav').getByRole('link').allTextContents();

const browser: Browser | null = await launchBrowser();

describe.runIf(browser)('one look, pages by role, error pages (Chromium)', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let origin: string;

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
    origin = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it.each([
    ['desk', '/desk', ['受理台', '大屏', '事件', '督办'], '受理员'],
    ['jinquan1', '/queue', ['工单队列', '大屏', '事件', '督办'], '单位工作人员'],
    ['xingping-head', '/queue', ['工单队列', '大屏', '事件', '督办'], '单位负责人'],
    ['leader', '/board', ['大屏', '事件', '专题会', '督办', '现场督查'], '领导'],
    ['supervisor', '/board', ['大屏', '事件', '督办', '现场督查'], '督查员'],
    ['admin', '/board', ['大屏', '系统管理'], '系统管理员'],
  ])('lands %s on %s with exactly the menu items its role may open', async (user, landing, menu, role) => {
    const page = await signIn(browser!, origin, user, landing);
    expect(new URL(page.url()).pathname).toBe(landing);
    await settle(() => menuOf(page)).toEqual(menu);
    expect(await page.getByTestId('main-nav').locator('[aria-current="page"]').textContent()).toBe(menu[0]);
    expect(await page.getByTestId('role').textContent()).toBe(role);
    await page.context().close();
  });

  it('names the role and the menu in English when English is chosen', async () => {
    const page = await signIn(browser!, origin, 'jinquan-head', '/queue');
    await page.getByTestId('language').click();
    await settle(() => page.getByTestId('role').textContent()).toBe('Unit head');
    expect(await menuOf(page)).toEqual(['Queue', 'Board', 'Incidents', 'Notices']);
    await page.context().close();
  });

  it("tells a unit's staff that the desk is for desk operators, with links to their own pages and no form", async () => {
    const page = await signIn(browser!, origin, 'jinquan1', '/queue');
    const errors = errorsOf(page);
    await page.goto(`${origin}/desk`);
    await page.getByRole('heading', { name: '此页面不适用于您的角色' }).waitFor();
    expect(await page.getByTestId('not-for-role').textContent()).toBe('此页面供受理员使用。');
    expect(await page.getByTestId('role-pages').getByRole('link').allTextContents()).toEqual([
      '工单队列',
      '大屏',
      '事件',
      '督办',
    ]);
    expect(await page.locator('form, input, select, textarea').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/desk');
    await page.getByTestId('role-pages').getByRole('link', { name: '工单队列' }).click();
    await page.waitForURL('**/queue');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says a wrong password, then how long to wait once there were too many', async () => {
    const page = await (await browser!.newContext()).newPage();
    await page.goto(`${origin}/login`);
    await page.getByLabel(/用户名|Username/).fill('jinquan3');
    await page.getByLabel(/密码|Password/).fill('not the password');
    await page.getByRole('button', { name: /登录|Sign in/ }).click();
    await settle(() => page.getByRole('alert').textContent()).toBe('用户名或密码错误');
    // More failures, sent as any client would, until the server locks the name; then one on the page.
    for (let locked = false, i = 0; !locked && i < 10; i++)
      locked =
        codeOf(await gql(server.url, 'mutation { login(username: "jinquan3", password: "wrong") { token } }')) ===
        'TOO_MANY_REQUESTS';
    await page.getByRole('button', { name: /登录|Sign in/ }).click();
    await settle(() => page.getByRole('alert').textContent()).toMatch(/^失败次数过多，请 \d+ 秒后再试$/);
    await page.context().close();
  });

  it('shows an unknown address as an error page in Chinese, with a way back and no reconnecting badge', async () => {
    const page = await signIn(browser!, origin, 'desk', '/desk');
    const errors = errorsOf(page);
    await page.setViewportSize(WALL);
    await page.goto(`${origin}/no-such-page`);
    await page.getByRole('heading', { name: '找不到此页面' }).waitFor();
    expect(await page.getByText('Not Found').count()).toBe(0);
    expect(await page.getByText('重连中').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}error-404.png` });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${ARTIFACTS}error-404-phone.png` });
    await page.getByRole('link', { name: '返回首页' }).click();
    await page.waitForURL('**/desk');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a ticket address that names no ticket as the same error page', async () => {
    const page = await signIn(browser!, origin, 'jinquan1', '/queue');
    const errors = errorsOf(page);
    await page.goto(`${origin}/tickets/abc`);
    await page.getByRole('heading', { name: '找不到此页面' }).waitFor();
    expect(await page.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/queue');
    expect(await page.getByText('重连中').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('folds the menu on a phone and opens it from one button', async () => {
    const page = await signIn(browser!, origin, 'jinquan1', '/queue');
    const errors = errorsOf(page);
    await page.setViewportSize(PHONE);
    const toggle = page.getByRole('button', { name: '菜单' });
    await toggle.waitFor();
    expect(await page.getByTestId('main-nav').isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}header-phone.png` });
    await toggle.click();
    expect(await page.getByTestId('main-nav').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '退出' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}header-phone-menu.png` });
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('main-nav').isVisible()).toBe(false);
    await page.setViewportSize(WALL);
    await page.screenshot({ path: `${ARTIFACTS}header-wide.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
