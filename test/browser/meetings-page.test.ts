import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login } from '../support/graphql.js';
import { pdfText } from '../support/pdf.js';
import { serverForSuite } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

const browser: Browser | null = await launchBrowser();

/** Issue 11: a leader plans a meeting from the proposed cases, runs it from the page, and prints its minutes. */
describe.runIf(browser)('the leader’s meetings pages, in Chromium', () => {
  const server = serverForSuite();
  afterAll(async () => browser?.close());

  it('plans from the proposed cases, runs the meeting with a board following, and prints the minutes', async () => {
    const origin = server.url.replace('/graphql', '');
    const desk = await login(server.url, 'desk');
    // A hot spot: three calls behind one station today.
    for (let i = 0; i < 3; i++) await registerForJinquan(server.url, desk, { callerPhone: `1390000${i}111` });
    const [chair, board] = await Promise.all([
      signIn(browser!, origin, 'leader', '/meetings'),
      signIn(browser!, origin, 'jinquan1', '/board'),
    ]);
    const form = chair.getByTestId('new-meeting');
    await form.getByLabel(/会议名称/).fill('府前小区供热专题会');
    await form.getByLabel('金泉热力').check();
    await expect(form.getByTestId('proposed-agenda').getByText(/热点/).count()).resolves.toBe(1);
    await form.getByRole('button', { name: '安排专题会' }).click();
    await chair.waitForURL(/\/meetings\/\d+$/);
    await chair.getByTestId('item-1').waitFor();

    await chair.getByRole('button', { name: '开始会议' }).click();
    await board.getByTestId('meeting').getByText('府前小区供热专题会').waitFor();
    await settle(() => board.getByTestId('agenda-item-1').getAttribute('aria-current')).toBe('step');

    const decision = chair.getByTestId('decision-form');
    await decision.getByLabel('决定事项').fill('金泉热力三日内排查一号换热站，逐户回访');
    await decision.getByLabel('责任单位').selectOption({ label: '金泉热力' });
    await decision.getByLabel('限期').fill(localIn(3));
    await decision.getByLabel(/督办通知单/).check();
    await decision.getByRole('button', { name: '记录决定' }).click();
    await chair.getByTestId('item-1').getByText('逐户回访').waitFor();
    await board.getByTestId('agenda-focus').getByText('逐户回访').waitFor();

    await chair.getByRole('button', { name: '结束会议' }).click();
    await chair.getByText('会议纪要').first().waitFor();
    await settle(() => board.getByTestId('meeting').count()).toBe(0);

    // The minutes on A4: what was decided, by whom, by when; none of the page's controls.
    await chair.emulateMedia({ media: 'print' });
    await chair.screenshot({ path: `${ARTIFACTS}meeting-minutes.png`, fullPage: true });
    const pdf = await chair.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${ARTIFACTS}meeting-minutes.pdf`, pdf);
    const text = (await pdfText(new Uint8Array(pdf))).join('\n');
    for (const words of ['会议纪要', '府前小区供热专题会', '市领导 李建国', '金泉热力', '排查一号换热站', '热点'])
      expect(text).toContain(words);
    for (const control of ['打印纪要', '菜单', '退出']) expect(text).not.toContain(control);
    await Promise.all([chair, board].map((p) => p.context().close()));
  });
});

/** A datetime-local value `days` from now. */
function localIn(days: number): string {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset(), 0, 0);
  return d.toISOString().slice(0, 16);
}
