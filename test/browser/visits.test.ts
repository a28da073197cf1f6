import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { serverForSuite } from '../support/server.js';

const browser: Browser | null = await launchBrowser();
const PHONE = { width: 390, height: 844 };

/** The city's wall clock now, as a datetime-local box takes it: today in the city, whatever the test's zone. */
function cityNow(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date());
  const p = (type: string) => parts.find((x) => x.type === type)!.value;
  return `${p('year')}-${p('month')}-${p('day')}T${p('hour')}:${p('minute')}`;
}

/** Whether the page is wider than its screen (a phone would have to scroll sideways). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Issue 11: a supervisor plans, starts and records a site visit (现场督查) on the web; the wall marks it. */
describe.runIf(browser)('site visits on the web, in Chromium', () => {
  const server = serverForSuite();
  afterAll(async () => browser?.close());

  it('plans a visit to Wenfeng, records a flagged 16 °C reading with RECTIFY, and the notice reaches the unit', async () => {
    const origin = server.url.replace('/graphql', '');
    const { timeZone } = (await (await fetch(`${origin}/config.json`)).json()) as { timeZone: string };
    const [supervisor, board] = await Promise.all([
      signIn(browser!, origin, 'supervisor', '/visits'),
      signIn(browser!, origin, 'leader', '/board'),
    ]);
    await board.locator('.compound-marker[data-place="cp-001"]').waitFor();

    // Plan: Wenfeng compound, now (today in the city), the supervisor going.
    const form = supervisor.getByTestId('plan-visit');
    await form.getByLabel('搜索地点').fill('文丰小区');
    await form.getByLabel('选择地点').selectOption({ label: '文丰小区' });
    await form.getByLabel('计划时间').fill(cityNow(timeZone));
    await expect(form.getByLabel('督查员 马振华').isChecked()).resolves.toBe(true);
    await supervisor.screenshot({ path: `${ARTIFACTS}visits.png`, fullPage: true });
    await form.getByRole('button', { name: '安排督查' }).click();
    await supervisor.waitForURL(/\/visits\/\d+$/);
    const visitId = new URL(supervisor.url()).pathname.split('/').pop()!;
    await settle(() => supervisor.getByTestId('visit-status').textContent()).toBe('已安排');

    // The leader's board marks the place, live, with a named badge.
    const badge = board.locator('.visit-marker[data-visit-place="cp-001"]');
    await settle(() => badge.getAttribute('aria-label')).toBe('现场督查: 文丰小区 · 已安排');

    // On site, on a phone: start, then record two readings, the 16 °C one flagged as it is typed.
    await supervisor.setViewportSize(PHONE);
    await supervisor.getByRole('button', { name: '开始督查' }).click();
    await settle(() => supervisor.getByTestId('visit-status').textContent()).toBe('督查中');
    await settle(() => badge.getAttribute('data-visit-status')).toBe('UNDER_WAY');
    const record = supervisor.getByTestId('record-visit');
    await record.getByLabel('督查情况').fill('3号楼2单元室温偏低，换热站二次网供水温度不足');
    const first = record.getByTestId('reading-1');
    await first.getByLabel('测温点（楼号、房间）').fill('3号楼2单元501 客厅');
    await first.getByLabel('室温').fill('16');
    await first.getByText('低于 18 °C 标准').waitFor();
    await expect(first.getByLabel('室温').getAttribute('aria-invalid')).resolves.toBe('true');
    await record.getByRole('button', { name: /添加测温点/ }).click();
    const second = record.getByTestId('reading-2');
    await second.getByLabel('测温点（楼号、房间）').fill('3号楼2单元302 客厅');
    await second.getByLabel('室温').fill('19');
    await expect(second.getByText('低于 18 °C 标准').count()).resolves.toBe(0);
    await record.getByLabel('限期整改').check();
    await expect(overflowsSideways(supervisor)).resolves.toBe(false);
    await supervisor.screenshot({ path: `${ARTIFACTS}visit-record-390.png`, fullPage: true });
    await record.getByRole('button', { name: '提交督查记录' }).click();

    // The result: the low reading flagged, and the number of the notice the server issued.
    const result = supervisor.getByTestId('visit-result');
    const notice = result.getByTestId('visit-notice');
    await notice.waitFor();
    const leader = await login(server.url, 'leader');
    const issued = (
      await ok(
        server.url,
        'query($id: ID!) { visit(id: $id) { status notice { id number } } }',
        { id: visitId },
        leader,
      )
    ).visit;
    expect(issued.status).toBe('DONE');
    expect(issued.notice.number).toMatch(/^督〔\d{4}〕\d{3}$/);
    await expect(notice.getByRole('link', { name: issued.notice.number }).getAttribute('href')).resolves.toBe(
      `/notices/${issued.notice.id}`,
    );
    await expect(result.getByText('1 处低于标准').count()).resolves.toBe(1);
    await expect(result.locator('tr.low').count()).resolves.toBe(1);
    await expect(result.locator('tr.low').textContent()).resolves.toContain('16.0 °C');
    await expect(overflowsSideways(supervisor)).resolves.toBe(false);
    await supervisor.screenshot({ path: `${ARTIFACTS}visit-result-390.png`, fullPage: true });
    await supervisor.setViewportSize({ width: 1400, height: 900 });
    await supervisor.screenshot({ path: `${ARTIFACTS}visit-result.png`, fullPage: true });

    // Done today: still on the leader's map.
    await settle(() => badge.getAttribute('aria-label')).toBe('现场督查: 文丰小区 · 已完成');
    await board.screenshot({ path: `${ARTIFACTS}board-visits.png` });

    // The list shows it done; on a phone it reads without scrolling sideways.
    await supervisor.goto(`${origin}/visits`);
    await settle(() => supervisor.locator(`[data-visit="${visitId}"]`).textContent()).toContain('已完成');
    await supervisor.setViewportSize(PHONE);
    await expect(overflowsSideways(supervisor)).resolves.toBe(false);
    await supervisor.screenshot({ path: `${ARTIFACTS}visits-390.png`, fullPage: true });

    // The unit that runs Wenfeng (Jinquan Heating) reads the notice: its low reading in the requirement.
    const head = await login(server.url, 'jinquan-head');
    const read = (
      await ok(
        server.url,
        'query($id: ID!) { notice(id: $id) { number status unit { id } requirement visitId } }',
        { id: issued.notice.id },
        head,
      )
    ).notice;
    expect(read).toMatchObject({
      number: issued.notice.number,
      status: 'ISSUED',
      unit: { id: 'unit-jinquan' },
      visitId,
    });
    expect(read.requirement).toContain('16');
    await Promise.all([supervisor, board].map((p) => p.context().close()));
  });
});
