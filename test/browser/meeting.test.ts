import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { serverForSuite } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

const browser: Browser | null = await launchBrowser();

/** Issue 11: while a special-topic meeting is in session, every board in the room follows its focus. */
describe.runIf(browser)('meeting mode on the boards, in Chromium', () => {
  const server = serverForSuite();
  afterAll(async () => browser?.close());

  it('shows the agenda on every board and moves the highlight with the chair’s focus', async () => {
    const origin = server.url.replace('/graphql', '');
    const [desk, leader] = await Promise.all([login(server.url, 'desk'), login(server.url, 'leader')]);
    const call = await registerForJinquan(server.url, desk, { callerPhone: '13912340000' });
    const [wall, unitBoard] = await Promise.all([
      signIn(browser!, origin, 'leader', '/board'),
      signIn(browser!, origin, 'jinquan1', '/board'),
    ]);
    await wall.getByTestId('feed').waitFor();
    const as = (q: string, v: Record<string, unknown> = {}) => ok(server.url, q, v, leader);
    const { createMeeting: m } = await as(
      'mutation($at: DateTimeISO!) { createMeeting(title: "供热专题会", startsAt: $at, unitIds: ["unit-jinquan"]) { id } }',
      { at: new Date().toISOString() },
    );
    const ADD = 'mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, item: $i) { id } }';
    await as(ADD, { m: m.id, i: { ticketIds: [call.id], reasons: ['REPEAT_CALLER'] } });
    const second = (await as(ADD, { m: m.id, i: { stationId: 'st-001', note: '一号站回水温度低' } })).addAgendaItem;

    await as('mutation($m: ID!) { startMeeting(meetingId: $m) { id } }', { m: m.id });
    for (const page of [wall, unitBoard]) {
      await page.getByTestId('meeting').getByText('供热专题会').waitFor();
      await settle(() => page.getByTestId('agenda-item-1').getAttribute('aria-current')).toBe('step');
    }
    expect(await unitBoard.getByTestId('agenda-focus').textContent()).toContain(call.number);
    // The unit's screen marks the item that is its own (its ticket); the leader's wall marks none.
    await unitBoard.getByTestId('agenda-item-1').getByTestId('agenda-ours').waitFor();
    expect(await unitBoard.getByTestId('agenda-item-2').getByTestId('agenda-ours').count()).toBe(0);
    expect(await wall.getByTestId('agenda-ours').count()).toBe(0);

    await as('mutation($i: ID!) { focusAgendaItem(agendaItemId: $i) { id } }', { i: second.id });
    for (const page of [wall, unitBoard]) {
      await settle(() => page.getByTestId('agenda-item-2').getAttribute('aria-current')).toBe('step');
      expect(await page.getByTestId('agenda-item-1').getAttribute('aria-current')).toBeNull();
    }
    expect(await wall.getByTestId('agenda-focus').textContent()).toContain('一号站回水温度低');
    // The map rings the item's station on every board.
    for (const page of [wall, unitBoard])
      await settle(() => page.locator('[data-place="st-001"]').getAttribute('class')).toMatch(/in-focus/);
    await wall.screenshot({ path: `${ARTIFACTS}board-meeting.png` });

    // A board opened in the middle of the meeting shows the same focus.
    const late = await signIn(browser!, origin, 'leader', '/board');
    await settle(() => late.getByTestId('agenda-item-2').getAttribute('aria-current')).toBe('step');

    await as('mutation($m: ID!) { closeMeeting(meetingId: $m) { id } }', { m: m.id });
    for (const page of [wall, unitBoard, late]) await settle(() => page.getByTestId('meeting').count()).toBe(0);
    await Promise.all([wall, unitBoard, late].map((p) => p.context().close()));
  });
});
