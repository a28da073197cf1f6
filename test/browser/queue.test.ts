import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';
import { WAIT_MS } from '../support/ws.js';

const browser: Browser | null = await launchBrowser();

const PHONE = { width: 390, height: 844 };

async function openQueue(origin: string, username: string): Promise<Page> {
  const page = await signIn(browser!, origin, username, '/queue');
  await page.getByTestId('queue').waitFor();
  return page;
}

/** Signed in on a phone (390×844, touch), through the login page, then at `path`. */
async function onPhone(origin: string, username: string, path: string): Promise<Page> {
  const context = await browser!.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill('heatline');
  await page.getByRole('button', { name: /登录|Sign in/ }).tap();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  await page.goto(`${origin}${path}`);
  return page;
}

/** How wide the page is laid out: wider than the screen means sideways scrolling. */
const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

const TICKET = 'query($id: ID!) { ticket(id: $id) { status dueAt reopenCount reopenReason resolvedOnSite } }';

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
    const [a, b] = await Promise.all([openQueue(origin, 'jinquan1'), openQueue(origin, 'jinquan2')]);
    const desk = await login(server.url, 'desk');
    const t = await registerForJinquan(server.url, desk, {
      category: 'NO_HEAT',
      channel: 'JINQUAN_LINE_1',
      callerName: '周八',
      callerPhone: '13600000002',
      description: '不热',
    });

    const rowA = a.getByTestId(`row-${t.number}`);
    const rowB = b.getByTestId(`row-${t.number}`);
    await Promise.all([rowA.waitFor(), rowB.waitFor()]);
    // Pressed together; if one screen already shows the other's claim, its button is gone, which is right too.
    const press = (row: typeof rowA) =>
      row
        .getByRole('button', { name: /签收|Claim/ })
        .click({ timeout: WAIT_MS })
        .then(
          () => true,
          () => false,
        );
    const pressed = await Promise.all([press(rowA), press(rowB)]);
    expect(pressed).toContain(true);

    // Both rows settle on the same single holder; the loser was told who it is.
    const names = ['金泉热力 杨磊', '金泉热力 黄丽'];
    await settle(() => rowA.getByTestId('claimed-by').textContent()).toMatch(/\S/);
    await settle(() => rowB.getByTestId('claimed-by').textContent()).toMatch(/\S/);
    const holderA = await rowA.getByTestId('claimed-by').textContent();
    const holderB = await rowB.getByTestId('claimed-by').textContent();
    expect(holderA).toBe(holderB);
    expect(names).toContain(holderA);
    // The one who lost sees who holds it: in the refusal if it pressed, and in the row either way.
    const loser = holderA === names[0] ? b : a;
    const loserPressed = pressed[loser === a ? 0 : 1];
    if (loserPressed)
      await settle(() => loser.getByTestId(`row-${t.number}`).getByTestId('notice').textContent()).toContain(holderA!);
    await settle(() =>
      loser
        .getByTestId(`row-${t.number}`)
        .getByRole('button', { name: /签收|Claim/ })
        .count(),
    ).toBe(0);
    const api = await ok(
      server.url,
      'query($id: ID!) { ticket(id: $id) { claimedBy { displayName } events { type } } }',
      { id: t.id },
      desk,
    );
    expect(api.ticket.claimedBy.displayName).toBe(holderA);
    expect(api.ticket.events.filter((e: { type: string }) => e.type === 'TICKET_CLAIMED')).toHaveLength(1);
    expect(await unnamedControls(a)).toEqual([]);
    await a.screenshot({ path: `${ARTIFACTS}queue.png` });
  });

  it('lets staff claim and resolve by keyboard in the row, and the desk record the callback as it arrives', async () => {
    const staff = await openQueue(origin, 'jinquan3');
    const deskToken = await login(server.url, 'desk');
    const t = await registerForJinquan(server.url, deskToken, {
      category: 'LOW_TEMPERATURE',
      channel: 'JINQUAN_LINE_2',
      callerName: '冯十一',
      callerPhone: '13600000009',
      description: '温度低',
    });
    // The desk is already open: the resolved ticket must arrive on its callback list without a reload.
    const desk = await signIn(browser!, origin, 'desk', '/desk');
    await desk.getByTestId('callbacks').waitFor();

    // Keyboard only: focus a button and press Enter; the resolution field takes focus when it opens.
    const row = staff.getByTestId(`row-${t.number}`);
    await row.getByRole('button', { name: /签收|Claim/ }).focus();
    await staff.keyboard.press('Enter');
    await row.getByRole('button', { name: /办结|Resolve/ }).focus();
    await staff.keyboard.press('Enter');
    await row.getByRole('textbox', { name: /处理结果|Resolution/ }).waitFor();
    await staff.keyboard.type('调整阀门，室温恢复');
    await staff.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });

    const pending = desk.getByTestId(`callback-${t.number}`);
    await pending.waitFor();
    await settle(() => pending.textContent()).toContain('调整阀门，室温恢复');
    await pending.getByRole('button', { name: /^满意$|^Satisfied$/ }).click();
    await pending.waitFor({ state: 'detached' });
    const after = await ok(
      server.url,
      'query($id: ID!) { ticket(id: $id) { status satisfaction } }',
      { id: t.id },
      deskToken,
    );
    expect(after.ticket).toEqual({ status: 'REPLIED', satisfaction: 'SATISFIED' });
  });

  it("asks the desk why a caller is not satisfied, and puts the ticket back in the unit's queue marked 重办 with the reason and a new deadline", async () => {
    const deskToken = await login(server.url, 'desk');
    const staffToken = await login(server.url, 'jinquan1');
    // Received three days ago: its first deadline is long past, so the new one is plainly new.
    const receivedAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const t = await registerForJinquan(server.url, deskToken, {
      callerName: '褚十二',
      callerPhone: '13600000012',
      description: '卧室暖气不热',
      receivedAt,
    });
    await ok(server.url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: t.id }, staffToken);
    await ok(
      server.url,
      'mutation($id: ID!) { resolveTicket(id: $id, resolution: "放气排堵", onSite: true) { id } }',
      { id: t.id },
      staffToken,
    );
    const first = (await ok(server.url, TICKET, { id: t.id }, deskToken)).ticket;
    const queue = await openQueue(origin, 'jinquan2');
    const desk = await signIn(browser!, origin, 'desk', `/tickets/${t.id}`);

    await desk.getByRole('button', { name: '不满意…' }).click();
    const reason = desk.getByRole('textbox', { name: '不满意原因' });
    const confirm = desk.getByRole('button', { name: '确认不满意并重办' });
    // Nothing, then only spaces: refused in place, nothing sent.
    await confirm.click();
    expect(await reason.evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
    await reason.fill('   ');
    await confirm.click();
    expect(await reason.evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(false);
    expect((await ok(server.url, TICKET, { id: t.id }, deskToken)).ticket.status).toBe('RESOLVED');

    await reason.fill('卧室仍只有14度');
    await confirm.click();
    await desk.getByTestId('ticket').getByTestId('status').filter({ hasText: '已转办' }).waitFor();
    await settle(() => desk.getByTestId('ticket').getByTestId('reopened').textContent()).toMatch(
      /重办 ×1[\s\S]*卧室仍只有14度/,
    );

    const after = (await ok(server.url, TICKET, { id: t.id }, deskToken)).ticket;
    expect(after).toMatchObject({ status: 'TRANSFERRED', reopenCount: 1, reopenReason: '卧室仍只有14度' });
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(first.dueAt));
    const row = queue.getByTestId(`row-${t.number}`);
    await row.waitFor();
    await settle(() => row.getByTestId('reopened').textContent()).toMatch(/重办 ×1[\s\S]*卧室仍只有14度/);
    expect(await row.locator('time').getAttribute('datetime')).toBe(after.dueAt);
    await queue.screenshot({ path: `${ARTIFACTS}queue-reopened.png` });
  });

  it('works on a phone: cards with address and a phone to tap, a mine filter, and claim, on site and resolve by tapping', async () => {
    const deskToken = await login(server.url, 'desk');
    const t1 = await registerForJinquan(server.url, deskToken, {
      callerName: '卫十三',
      callerPhone: '13600000021',
      description: '家里暖气片冰凉，楼上楼下都热',
      address: { building: '3', unit: '1', room: '502' },
    });
    const t2 = await registerForJinquan(server.url, deskToken, {
      callerPhone: '13600000022',
      description: '单元门口管道漏水',
      address: { building: '7', text: '东侧单元门' },
    });
    const phone = await onPhone(origin, 'jinquan2', '/queue');
    const card = phone.getByTestId(`row-${t1.number}`);
    const other = phone.getByTestId(`row-${t2.number}`);
    await Promise.all([card.waitFor(), other.waitFor()]);

    // Cards, not a table, and nothing off the side of the screen.
    expect(await phone.locator('table').count()).toBe(0);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    expect(await card.getByTestId('address').textContent()).toBe('3-1-502');
    expect(await other.getByTestId('address').textContent()).toBe('7 东侧单元门');
    expect(await card.getByRole('link', { name: /13600000021/ }).getAttribute('href')).toBe('tel:13600000021');
    expect(await unnamedControls(phone)).toEqual([]);
    await phone.screenshot({ path: `${ARTIFACTS}queue-phone.png` });

    await card.getByRole('button', { name: '签收' }).tap();
    await settle(() => card.getByTestId('claimed-by').textContent()).toBe('金泉热力 黄丽');
    await phone.getByRole('button', { name: /^我的/ }).tap();
    await other.waitFor({ state: 'detached' });
    await card.getByRole('button', { name: '到场' }).tap();
    await card.getByTestId('status').filter({ hasText: '现场处理' }).waitFor();
    await card.getByRole('button', { name: '办结…' }).tap();
    await card.getByRole('textbox', { name: '处理结果' }).fill('关闭回水阀排气，暖气片已热');
    await card.getByRole('button', { name: '办结', exact: true }).tap();
    await card.waitFor({ state: 'detached' });
    const done = (await ok(server.url, TICKET, { id: t1.id }, deskToken)).ticket;
    expect(done).toMatchObject({ status: 'RESOLVED', resolvedOnSite: true });

    // Back to every ticket, then one opened from its card: a ticket page on the phone.
    await phone.getByRole('button', { name: /^全部/ }).tap();
    await other.getByRole('link', { name: t2.number }).tap();
    await phone.getByTestId('ticket').getByRole('heading', { name: t2.number }).waitFor();
    await phone.getByTestId('actions').getByRole('button', { name: '签收' }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    expect(await phone.getByTestId('phone').getAttribute('href')).toBe('tel:13600000022');
    await phone.screenshot({ path: `${ARTIFACTS}ticket-phone.png`, fullPage: true });
  });
});
