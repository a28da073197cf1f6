import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { codeOf, gql, login } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const browser: Browser | null = await launchBrowser();

/** Signs in through the login page with a password of one's own. */
async function signInWith(origin: string, username: string, password: string): Promise<Page> {
  const page = await (await browser!.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  return page;
}

/** Accepts the next confirm() the page asks. */
const acceptNextDialog = (page: Page) => page.once('dialog', (d) => void d.accept());

describe.runIf(browser)('the admin page in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let origin: string;
  let admin: Page;

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
    origin = server.url.replace('/graphql', '');
    admin = await signIn(browser!, origin, 'admin', '/board');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it('is in the admin’s menu only, and refused to a leader', async () => {
    await admin
      .getByTestId('main-nav')
      .getByRole('link', { name: /系统管理|Administration/ })
      .click();
    await admin.getByTestId('admin').waitFor();
    const leader = await signIn(browser!, origin, 'leader', '/board');
    expect(await leader.getByTestId('main-nav').getByRole('link').allTextContents()).not.toContain('系统管理');
    await leader.goto(`${origin}/admin`);
    await leader.getByTestId('not-for-role').waitFor();
    await leader.context().close();
  });

  it('creates a user who signs in and changes their own password', async () => {
    await admin.goto(`${origin}/admin`);
    const form = admin.getByTestId('new-user');
    await form.getByLabel(/用户名|Username/).fill('water9');
    await form.getByLabel(/显示名称|Display name/).fill('自来水公司 新人');
    await form.getByLabel(/初始密码|Initial password/).fill('winter-2009-pingdu');
    await form.getByLabel(/角色|Role/).selectOption('STAFF');
    await form.getByLabel(/所属单位|Unit/).selectOption('unit-water');
    await form.getByRole('button', { name: /创建|Create/ }).click();
    await admin.getByTestId('user-water9').waitFor();
    await settle(() => admin.getByTestId('notice').textContent()).toContain('water9');
    expect(await unnamedControls(admin)).toEqual([]);
    await admin.screenshot({ path: `${ARTIFACTS}admin-users.png` });

    const staff = await signInWith(origin, 'water9', 'winter-2009-pingdu');
    await staff.getByTestId('my-account').click();
    const change = staff.getByTestId('change-password');
    await change.getByLabel(/当前密码|Current password/).fill('winter-2009-pingdu');
    await change.getByLabel(/^(新密码|New password)/).fill('my own secret 9');
    await change.getByLabel(/再次输入|again/).fill('my own secret 9');
    await change.getByRole('button', { name: /修改密码|Change password/ }).click();
    await settle(() => change.getByTestId('notice').textContent()).toMatch(/密码已修改|Password changed/);
    await staff.context().close();
    await login(server.url, 'water9', 'my own secret 9');
  });

  it('makes an API key, shows its secret once, and revokes it', async () => {
    await admin.goto(`${origin}/admin`);
    await admin.getByRole('tab', { name: /API 密钥|API keys/ }).click();
    const form = admin.getByTestId('new-key');
    await form.locator('input[name=name]').fill('金泉热力 CRM');
    await form.getByTestId('key-units').selectOption(['unit-jinquan']);
    await form.getByRole('button', { name: /创建|Create/ }).click();
    const secret = (await admin.getByTestId('secret-value').textContent())!;
    expect(secret).toMatch(/^hlk_/);
    const seen = await gql(server.url, '{ viewer { name unitIds } }', {}, secret);
    expect(seen.data!.viewer).toEqual({ name: '金泉热力 CRM', unitIds: ['unit-jinquan'] });

    const row = admin.getByTestId('keys-table').getByRole('row', { name: /金泉热力 CRM/ });
    acceptNextDialog(admin);
    await row.getByRole('button', { name: /吊销|Revoke/ }).click();
    await settle(() => row.getByTestId('key-state').textContent()).toMatch(/已吊销|Revoked/);
    expect(codeOf(await gql(server.url, '{ viewer { name } }', {}, secret))).toBe('UNAUTHENTICATED');
  });

  it('pairs a wall display that shows the board, and signs it out when revoked', async () => {
    await admin.goto(`${origin}/admin`);
    await admin.getByRole('tab', { name: /大屏|Wall displays/ }).click();
    await admin
      .getByTestId('new-display')
      .getByLabel(/大屏名称|Display name/)
      .fill('调度大厅左墙');
    await admin
      .getByTestId('new-display')
      .getByRole('button', { name: /配对|Pair/ })
      .click();
    const url = (await admin.getByTestId('pairing-url').textContent())!.trim();
    expect(url).toMatch(/\/pair\?code=[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const wall = await (await browser!.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
    await wall.goto(url);
    await wall.waitForURL(/\/board$/);
    await wall.getByTestId('board').waitFor();
    await settle(() => wall.getByTestId('connection').getAttribute('class')).toContain('live');
    await settle(() => wall.getByTestId('role').textContent()).toMatch(/大屏|Wall display/);
    await wall.screenshot({ path: `${ARTIFACTS}admin-paired-wall.png` });
    // The code worked once.
    await wall.context().clearCookies();
    const again = await (await browser!.newContext()).newPage();
    await again.goto(url);
    await again.getByRole('alert').waitFor();
    await again.context().close();

    await admin.reload();
    await admin.getByRole('tab', { name: /大屏|Wall displays/ }).click();
    const row = admin.getByTestId('displays-table').getByRole('row', { name: /调度大厅左墙/ });
    await settle(() => row.getByTestId('display-state').textContent()).toMatch(/已配对|Paired/);
    acceptNextDialog(admin);
    await row.getByRole('button', { name: /吊销|Revoke/ }).click();
    await wall.getByTestId('session-ended').waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}admin-revoked-wall.png` });
    await wall.context().close();
  });
});
