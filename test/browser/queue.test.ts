import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';
import { WAIT_MS } from '../support/ws.js';

const browser: Browser | null = await launchBrowser();

async function openQueue(origin: string, username: string): Promise<Page> {
  const page = await signIn(browser!, origin, username, '/queue');
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
});
