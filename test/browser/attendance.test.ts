import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { serverForSuite } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

const browser: Browser | null = await launchBrowser();

/** Issue 11: a unit's officer signs in from their queue, and the wall shows the unit in the room. */
describe.runIf(browser)('signing in to the room, in Chromium', () => {
  const server = serverForSuite();
  afterAll(async () => browser?.close());

  it('shows on the wall that a unit signed in, live, and on a wall opened afterwards', async () => {
    const origin = server.url.replace('/graphql', '');
    const [wall, officer] = await Promise.all([
      signIn(browser!, origin, 'leader', '/board'),
      signIn(browser!, origin, 'jinquan1', '/queue'),
    ]);
    const row = wall.getByTestId('attendance-unit-jinquan');
    // Nobody of the unit has signed in: due later today, or absent once its 08:00 has passed.
    await settle(() => row.textContent()).toMatch(/待到|缺席/);
    await officer.getByTestId('room-sign-in').click();
    await officer.getByTestId('in-room').waitFor();
    // On time or late, by the clock in Pingdu when the test runs.
    await settle(() => row.textContent()).toMatch(/在岗|迟到/);
    expect(await row.getAttribute('title')).toContain('金泉热力 杨磊');
    await wall.getByTestId('feed').getByText('签到').first().waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}board-attendance.png` });

    const fresh = await signIn(browser!, origin, 'leader', '/board');
    await settle(() => fresh.getByTestId('attendance-unit-jinquan').textContent()).toMatch(/在岗|迟到/);
    await fresh.getByTestId('feed').getByText('签到').first().waitFor();

    // Signing out on the queue: the wall says the unit left.
    await officer.getByTestId('room-sign-in').click();
    await settle(() => row.textContent()).toMatch(/已离开/);
    await Promise.all([wall, officer, fresh].map((p) => p.context().close()));
  });

  it('marks on the desk’s tray a ticket sent to a unit that is not in the room, until it signs in', async () => {
    const origin = server.url.replace('/graphql', '');
    const [leader, desk, officer] = await Promise.all(['leader', 'desk', 'jinquan2'].map((u) => login(server.url, u)));
    // Due from midnight: absent now whenever the test runs, until an officer signs in.
    await ok(
      server.url,
      'mutation { setDutyShift(unitId: "unit-jinquan", weekdays: [1,2,3,4,5,6,7], startsAt: "00:00") { startsAt } }',
      {},
      leader,
    );
    const deskPage = await signIn(browser!, origin, 'desk', '/desk');
    const t = await registerForJinquan(server.url, desk!, { callerPhone: '13912348888' });
    const absent = deskPage.getByTestId('unit-absent');
    // jinquan1 signed in and out in the test before: the unit left, or is absent.
    await absent
      .getByTestId(`absent-${t.number}`)
      .getByText(/缺席|已离开/)
      .waitFor();
    await deskPage.screenshot({ path: `${ARTIFACTS}desk-unit-absent.png` });
    await ok(server.url, 'mutation { signIn { status } }', {}, officer);
    await settle(() => absent.count()).toBe(0);
    await deskPage.context().close();
  });
});
