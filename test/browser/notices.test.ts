import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { pdfText } from '../support/pdf.js';
import { serverForSuite } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

const browser: Browser | null = await launchBrowser();

const DAY = 86_400_000;
const REQUIREMENT = '三日内排查一号换热站二次网，逐户测温，书面回复整改情况。';

/** A meeting in session on one ticket, whose decision issues a notice to Jinquan; its number. */
async function decideWithNotice(url: string, leader: string, ticketId: string): Promise<string> {
  const as = <T = any>(query: string, variables: Record<string, unknown> = {}) => ok<T>(url, query, variables, leader);
  const { createMeeting } = await as(
    'mutation($at: DateTimeISO!) { createMeeting(title: "文丰小区供热专题会", startsAt: $at, unitIds: ["unit-jinquan"]) { id } }',
    { at: new Date().toISOString() },
  );
  const { addAgendaItem } = await as(
    'mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, item: $i) { id } }',
    { m: createMeeting.id, i: { ticketIds: [ticketId], note: '一号换热站室温不达标' } },
  );
  await as('mutation($m: ID!) { startMeeting(meetingId: $m) { id } }', { m: createMeeting.id });
  const { recordDecision } = await as(
    'mutation($id: ID!, $d: DecisionInput!) { recordDecision(agendaItemId: $id, decision: $d) { noticeNumber } }',
    {
      id: addAgendaItem.id,
      d: {
        text: REQUIREMENT,
        responsibleUnitId: 'unit-jinquan',
        dueAt: new Date(Date.now() + 3 * DAY).toISOString(),
        issueNotice: true,
      },
    },
  );
  return recordDecision.noticeNumber as string;
}

// The test server's zone: a time typed in a form is the city's, whatever the browser's zone.
const CITY = 'Asia/Shanghai';

/** A datetime-local value `days` from now, on the city's clock, to the minute. */
function localIn(days: number): string {
  const at = new Intl.DateTimeFormat('sv-SE', { timeZone: CITY, dateStyle: 'short', timeStyle: 'short' });
  return at.format(Date.now() + days * DAY).replace(' ', 'T');
}

/** How a page shows the time a form was given (`localIn`'s value). */
const shown = (local: string) =>
  new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.parse(`${local}:00Z`),
  );

const statusOf = (page: Page) => page.getByTestId('notice-page').getByTestId('notice-status').textContent();

/** Whether anything on the page is wider than the screen (a phone scrolls sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Issue 11: a decision's supervision notice reaches the unit head's queue live; the head acknowledges
 * and reports, a supervisor returns then verifies, each screen following; printed, it is the official sheet.
 */
describe.runIf(browser)('supervision notices on the screens, in Chromium', () => {
  const server = serverForSuite();
  afterAll(async () => browser?.close());

  it('reaches the head live, is acknowledged, rectified, returned and verified, and prints as the official sheet', async () => {
    const origin = server.url.replace('/graphql', '');
    const [desk, leaderToken] = await Promise.all([login(server.url, 'desk'), login(server.url, 'leader')]);
    const ticket = await registerForJinquan(server.url, desk, { callerPhone: '13900001234' });

    // The leader issues one from the notices page: it opens on its own page.
    const leader = await signIn(browser!, origin, 'leader', '/notices');
    await leader.getByRole('button', { name: '下达督办通知单' }).click();
    const form = leader.getByTestId('issue-notice');
    await form.getByLabel('被督办单位').selectOption({ label: '金泉热力' });
    await form.getByLabel('事由').fill('府前小区供热管网巡查');
    await form.getByLabel('督办要求').fill('当日完成管网巡查并回复。');
    const due = localIn(2);
    await form.getByLabel('办理时限').fill(due);
    await form.getByRole('button', { name: '下达', exact: true }).click();
    await leader.waitForURL(/\/notices\/\d+$/);
    await settle(() => statusOf(leader)).toBe('已下达');
    await expect(leader.getByTestId('notice-due').textContent()).resolves.toBe(shown(due));

    // The head's queue holds it, then a meeting's decision issues another, which arrives without a reload.
    const head = await signIn(browser!, origin, 'jinquan-head', '/queue');
    const owed = head.getByTestId('unit-notices').getByTestId('unit-notice');
    await owed.filter({ hasText: '府前小区供热管网巡查' }).waitFor();
    const number = await decideWithNotice(server.url, leaderToken, ticket.id);
    expect(number).toMatch(/^督〔\d{4}〕\d{3}$/);
    await owed.filter({ hasText: number }).waitFor();
    await settle(() => owed.count()).toBe(2);
    await head.screenshot({ path: `${ARTIFACTS}notices-queue.png` });

    // The head acknowledges and reports on the notice's page.
    await owed.filter({ hasText: number }).getByRole('link').click();
    await head.waitForURL(/\/notices\/\d+$/);
    const path = new URL(head.url()).pathname;
    await expect(head.getByTestId('notice-number').textContent()).resolves.toBe(number);
    await head.getByRole('button', { name: '签收', exact: true }).click();
    await settle(() => statusOf(head)).toBe('已签收');
    await head.getByRole('button', { name: '回复整改情况' }).click();
    await head.getByTestId('notice-report').getByLabel('整改情况').fill('已更换一号换热站循环泵，室温复测 19 ℃。');
    await head.getByRole('button', { name: '提交整改情况' }).click();
    await settle(() => statusOf(head)).toBe('已整改');
    await expect(head.getByRole('button', { name: '回复整改情况' }).count()).resolves.toBe(0);

    // A supervisor returns it with a new deadline; the head's page follows, and the head reports again.
    const supervisor = await signIn(browser!, origin, 'supervisor', path);
    await settle(() => statusOf(supervisor)).toBe('已整改');
    await supervisor.getByRole('button', { name: '退回重改' }).click();
    const back = supervisor.getByTestId('notice-return');
    await back.getByLabel('退回原因').fill('三号楼仍低于 18 ℃');
    const newDue = localIn(4);
    await back.getByLabel('新的办理时限').fill(newDue);
    await back.getByRole('button', { name: '退回', exact: true }).click();
    await settle(() => statusOf(head)).toBe('已签收');
    await settle(() => head.getByTestId('notice-due').textContent()).toBe(shown(newDue));
    await head.getByText('三号楼仍低于 18 ℃').waitFor();
    await head.getByRole('button', { name: '回复整改情况' }).click();
    await head.getByTestId('notice-report').getByLabel('整改情况').fill('三号楼加装管道泵，复测 19.5 ℃。');
    await head.getByRole('button', { name: '提交整改情况' }).click();
    await settle(() => statusOf(supervisor)).toBe('已整改');

    // The leader opens the verify form too; the supervisor verifies first: the head's page says so
    // live, and the leader's late verification is refused in words.
    await leader.goto(`${origin}${path}`);
    await leader.getByRole('button', { name: '核查通过' }).click();
    await supervisor.getByRole('button', { name: '核查通过' }).click();
    await supervisor
      .getByTestId('notice-verify')
      .getByLabel(/核查意见/)
      .fill('复测合格');
    await supervisor.getByTestId('notice-verify').getByRole('button', { name: '核查通过' }).click();
    await settle(() => statusOf(head)).toBe('已核查');
    await settle(() => statusOf(leader)).toBe('已核查');
    await leader.getByTestId('notice-verify').getByRole('button', { name: '核查通过' }).click();
    await expect(leader.getByTestId('notice-actions').getByRole('alert').textContent()).resolves.toContain(
      '督办通知单已是“已核查”状态',
    );
    await head.screenshot({ path: `${ARTIFACTS}notice.png`, fullPage: true });

    // On A4: the official sheet with its reply slip; none of the page's controls.
    await head.emulateMedia({ media: 'print' });
    await head.screenshot({ path: `${ARTIFACTS}notice-print.png`, fullPage: true });
    const pdf = await head.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${ARTIFACTS}notice.pdf`, pdf);
    const pages = await pdfText(new Uint8Array(pdf));
    expect(pages).toHaveLength(1);
    const text = pages.join('\n');
    for (const words of [
      '督办通知单',
      number,
      '主送',
      '金泉热力',
      '事由',
      '督办要求',
      // NFKC turns some characters of the embedded fonts into others (户 into 戶): a part without them.
      '三日内排查一号换热站二次网',
      '办理时限',
      ticket.number,
      '平度市供热专题接话中心',
      '市领导 李建国',
      '回执',
      '整改情况',
      '三号楼加装管道泵',
      '负责人',
    ])
      expect(text).toContain(words);
    for (const control of ['打印通知单', '返回督办通知单', '签收', '菜单', '退出']) expect(text).not.toContain(control);

    // The list shows both, newest first; the filter keeps the verified one.
    await leader.goto(`${origin}/notices`);
    const rows = leader.getByTestId('notice-row');
    await settle(() => rows.count()).toBe(2);
    await expect(rows.first().textContent()).resolves.toContain(number);
    await leader.getByTestId('notice-filter').selectOption({ label: '已核查' });
    await settle(() => rows.count()).toBe(1);
    await leader.screenshot({ path: `${ARTIFACTS}notices.png` });
    await Promise.all([leader, head, supervisor].map((p) => p.context().close()));
  });

  it('fits a phone: the head’s queue, a notice and the list at 390 × 844', async () => {
    const origin = server.url.replace('/graphql', '');
    const leader = await login(server.url, 'leader');
    const issue = 'mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { id number } }';
    const { issueNotice } = await ok(
      server.url,
      issue,
      {
        i: {
          unitId: 'unit-jinquan',
          subject: '文丰小区十二号楼整栋室温偏低，住户多次来电反映',
          requirement: REQUIREMENT,
          dueAt: new Date(Date.now() + 2 * DAY).toISOString(),
        },
      },
      leader,
    );
    const head = await signIn(browser!, origin, 'jinquan-head', '/queue');
    await head.setViewportSize({ width: 390, height: 844 });
    await head.getByTestId('unit-notice').filter({ hasText: issueNotice.number }).waitFor();
    await expect(overflows(head)).resolves.toBe(false);
    await expect(unnamedControls(head)).resolves.toEqual([]);
    await head.screenshot({ path: `${ARTIFACTS}notices-queue-390.png`, fullPage: true });

    await head.goto(`${origin}/notices/${issueNotice.id}`);
    await head.getByRole('button', { name: '签收', exact: true }).waitFor();
    await expect(overflows(head)).resolves.toBe(false);
    const button = await head.getByRole('button', { name: '签收', exact: true }).boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);
    await expect(unnamedControls(head)).resolves.toEqual([]);
    await head.screenshot({ path: `${ARTIFACTS}notice-390.png`, fullPage: true });

    await head.goto(`${origin}/notices`);
    await head.getByTestId('notice-row').first().waitFor();
    await expect(overflows(head)).resolves.toBe(false);
    await expect(unnamedControls(head)).resolves.toEqual([]);
    await head.screenshot({ path: `${ARTIFACTS}notices-390.png`, fullPage: true });
    await head.context().close();
  });
});
