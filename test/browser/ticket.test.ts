import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

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
    const t = await registerForJinquan(server.url, desk, {
      category: 'LEAK_OR_BURST',
      channel: 'LINE_12319',
      complexity: 'COMPLEX',
      callerName: '郑十',
      callerPhone: '13700000003',
      description: '楼道水管爆裂',
      address: { building: '5', unit: '2', room: '301' },
    });
    const origin = server.url.replace('/graphql', '');
    const [a, b] = await Promise.all([
      signIn(browser!, origin, 'desk', `/tickets/${t.id}`),
      signIn(browser!, origin, 'jinquan1', `/tickets/${t.id}`),
    ]);
    await a.getByTestId('ticket').getByText(t.number).waitFor();
    await settle(() => a.getByTestId('history').textContent()).toMatch(/受理[\s\S]*转办/);
    await a.getByTestId('viewers').filter({ hasText: '金泉热力 杨磊' }).waitFor();
    await b.getByTestId('viewers').filter({ hasText: '受理员 王敏' }).waitFor();
    expect(await a.getByTestId('ticket').textContent()).toContain('楼道水管爆裂');
    expect(await unnamedControls(a)).toEqual([]);
    await a.screenshot({ path: `${ARTIFACTS}ticket.png` });
  });

  it('offers each person only what they may do, and follows a reassignment live', async () => {
    const desk = await login(server.url, 'desk');
    const t = await registerForJinquan(server.url, desk, { callerPhone: '13700000004' });
    const origin = server.url.replace('/graphql', '');
    const [head, staff] = await Promise.all([
      signIn(browser!, origin, 'jinquan-head', `/tickets/${t.id}`),
      signIn(browser!, origin, 'jinquan1', `/tickets/${t.id}`),
    ]);
    const buttons = async (p: typeof head) =>
      (await p.getByTestId('actions').getByRole('button').allTextContents()).map((s) => s.replace('…', ''));
    await staff.getByTestId('actions').getByRole('button', { name: '签收' }).waitFor();
    await head.getByTestId('actions').getByRole('button', { name: '指派…' }).waitFor();
    // The unit's staff may also stop the clock; its head may also ask for more time.
    await settle(() => buttons(staff)).toEqual(['签收', '退单', '暂停计时']);
    await settle(() => buttons(head)).toEqual(['签收', '指派', '退单', '申请延期', '暂停计时']);

    await head.getByRole('button', { name: '指派…' }).click();
    await head.getByLabel('指派给').selectOption({ label: '金泉热力 黄丽' });
    // By keyboard: from the list to its submit button, then Enter.
    await head.getByLabel('指派给').press('Tab');
    await head.keyboard.press('Enter');
    await head.getByTestId('holder').filter({ hasText: '金泉热力 黄丽' }).waitFor();
    // The other page follows without reload: the new holder, and only the unit's own pause left to this staff member.
    await staff.getByTestId('holder').filter({ hasText: '金泉热力 黄丽' }).waitFor();
    await settle(() => buttons(staff)).toEqual(['暂停计时']);
    await settle(() => staff.getByTestId('history').textContent()).toContain('指派');
  });

  it('lets a unit refuse a transfer with a reason, and the desk see it live and transfer it elsewhere', async () => {
    const desk = await login(server.url, 'desk');
    const origin = server.url.replace('/graphql', '');
    const deskPage = await signIn(browser!, origin, 'desk', '/desk');
    await deskPage.getByTestId('at-desk').waitFor();
    const t = await registerForJinquan(server.url, desk, { callerPhone: '13700000005' });
    const staff = await signIn(browser!, origin, 'jinquan1', `/tickets/${t.id}`);
    await staff.getByRole('button', { name: '退单…' }).click();
    await staff.getByLabel('退单原因').selectOption('WRONG_ADDRESS');
    await staff.getByLabel('说明').fill('地址在邻区');
    await staff.getByLabel('说明').press('Enter');
    await staff.getByTestId('status').filter({ hasText: '待转办' }).waitFor();
    await staff.getByText('此工单已离开本单位').waitFor();

    const row = deskPage.getByTestId(`desk-${t.number}`);
    await row.waitFor();
    await settle(async () => (await row.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /退单.*金泉热力.*地址有误.*地址在邻区/,
    );
    await deskPage.getByTestId('at-desk').screenshot({ path: `${ARTIFACTS}desk-tray.png` });
    await row.getByRole('button', { name: '转办…' }).click();
    const proposed = await row.getByLabel('转办至').inputValue();
    expect(proposed).not.toBe('unit-jinquan');
    await row.getByLabel('转办至').press('Tab');
    await deskPage.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });
    const after = (
      await ok(
        server.url,
        'query($id: ID!) { ticket(id: $id) { status unit { id } refusedUnits { id } } }',
        { id: t.id },
        desk,
      )
    ).ticket;
    expect(after).toEqual({ status: 'TRANSFERRED', unit: { id: proposed }, refusedUnits: [{ id: 'unit-jinquan' }] });
  });

  it('tells staff of another unit that the ticket is not theirs to see, rather than a blank page', async () => {
    const t = await registerForJinquan(server.url, await login(server.url, 'desk'), { callerPhone: '13700000006' });
    const other = await signIn(browser!, server.url.replace('/graphql', ''), 'xingping1', `/tickets/${t.id}`);
    await other.getByRole('alert').filter({ hasText: '不在您的查看范围内' }).waitFor();
    expect(await other.getByTestId('ticket').count()).toBe(0);
  });

  it('links a later call and the earlier ticket both ways, shows a call answered on the spot, follows a link to the other ticket, and prints without the screen around it', async () => {
    const desk = await login(server.url, 'desk');
    const origin = server.url.replace('/graphql', '');
    const earlier = await registerForJinquan(server.url, desk, {
      callerPhone: '13700000007',
      description: '3号楼整栋不热',
    });
    const create = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
    const later = (
      await ok(
        server.url,
        create,
        {
          input: {
            kind: 'CONSULTATION',
            category: 'NO_HEAT',
            channel: 'MAYOR_HOTLINE',
            callerName: '蒋十四',
            callerPhone: '13700000008',
            compoundId: 'cp-001',
            description: '问3号楼何时恢复供热',
            relatedTicketId: earlier.id,
          },
        },
        desk,
      )
    ).createTicket;
    await ok(
      server.url,
      'mutation($id: ID!) { resolveTicket(id: $id, resolution: "已告知正在抢修，今晚恢复", onSite: false) { id } }',
      { id: later.id },
      desk,
    );

    const page = await signIn(browser!, origin, 'desk', `/tickets/${later.id}`);
    const ticket = page.getByTestId('ticket');
    await ticket.getByTestId('answered-on-call').waitFor();
    await settle(() => page.getByTestId('history').textContent()).toContain('当场答复结案');
    await page.getByTestId('related-to').getByRole('link', { name: earlier.number }).click();
    await page.waitForURL(`**/tickets/${earlier.id}`);
    // The page now shows the other ticket, not the one it came from.
    await ticket.getByRole('heading', { name: earlier.number }).waitFor();
    await page.getByTestId('linked-calls').getByRole('link', { name: later.number }).waitFor();
    await settle(() => ticket.getByTestId('description').textContent()).toBe('3号楼整栋不热');
    expect(await ticket.getByTestId('answered-on-call').count()).toBe(0);

    // On paper: the ticket and its history, no header and no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('history').isVisible()).toBe(true);
    expect(await page.getByTestId('actions').isVisible()).toBe(false);
    expect(await page.getByTestId('language').isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}ticket-print.png`, fullPage: true });
  });

  it('says a ticket that does not exist is not found, with the way back, rather than a blank page', async () => {
    const origin = server.url.replace('/graphql', '');
    const page = await signIn(browser!, origin, 'jinquan1', '/tickets/99999999');
    for (const id of ['99999999', 'abc']) {
      if (id !== '99999999') await page.goto(`${origin}/tickets/${id}`);
      await page.getByRole('heading', { name: /找不到/ }).waitFor();
      expect(await page.getByTestId('ticket').count()).toBe(0);
    }
    await page.getByRole('link', { name: /^返回/ }).click();
    await page.waitForURL('**/queue');
  });
});
