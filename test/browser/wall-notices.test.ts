import type { Browser } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { serverForSuite } from '../support/server.js';

const browser: Browser | null = await launchBrowser();

/** Issue 11: a supervision notice past its deadline escalates on the wall, in its unit's row. */
describe.runIf(browser)('overdue notices on the wall, in Chromium', () => {
  // The sweep that marks notices overdue runs every 200 ms here, not every minute.
  const server = serverForSuite({ HEATLINE_OVERDUE_SWEEP_MS: '200' });
  afterAll(async () => browser?.close());

  it('marks the unit that owes a notice past its deadline, live', async () => {
    const origin = server.url.replace('/graphql', '');
    const leader = await login(server.url, 'leader');
    const wall = await signIn(browser!, origin, 'leader', '/board');
    await wall.getByTestId('unit-unit-jinquan').waitFor();
    // Due two seconds from now: the wall shows nothing owed late until the deadline passes.
    const dueAt = new Date(Date.now() + 2_000).toISOString();
    await ok(
      server.url,
      'mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { number } }',
      { i: { unitId: 'unit-jinquan', subject: '供热不达标', requirement: '三日内整改', dueAt, ticketIds: [] } },
      leader,
    );
    await settle(() => wall.getByTestId('notices-late-unit-jinquan').textContent()).toMatch(/督办超时 1/);
    await settle(() => wall.getByTestId('unit-unit-jinquan').getAttribute('class')).toMatch(/hot/);
    await wall.screenshot({ path: `${ARTIFACTS}board-notice-overdue.png` });
    await wall.context().close();
  });
});
