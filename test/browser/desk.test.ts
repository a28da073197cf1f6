import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, signIn, unnamedControls } from '../support/browser.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const browser: Browser | null = await launchBrowser();

describe.runIf(browser)('the desk in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let desk: Page;
  let board: Page;

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
    const origin = server.url.replace('/graphql', '');
    [desk, board] = await Promise.all([signIn(browser!, origin, 'desk', '/desk'), signIn(browser!, origin, 'leader')]);
    await desk.getByTestId('desk').waitFor();
    await board
      .getByTestId('connection')
      .filter({ hasText: /实时|Live/ })
      .waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it('shows a refused field next to the field', async () => {
    await desk.locator('input[name=callerPhone]').fill('call me');
    await desk.locator('input[name=callerName]').fill('吴九');
    await desk.locator('textarea[name=description]').fill('暖气不热');
    await desk.getByRole('button', { name: /受理并转办|Register and transfer/ }).click();
    await desk.locator('input[name=callerPhone] + .error').waitFor();
  });

  it('registers a call by keyboard, with the compound found by pinyin initials, and every board shows it at once', async () => {
    await desk.locator('input[name=callerPhone]').fill('13911112222');
    await desk.locator('input[name=compound]').fill('wfxq');
    await desk.getByRole('button', { name: /文丰小区/ }).press('Enter');
    await desk
      .getByTestId('proposed')
      .filter({ hasText: /金泉热力|Jinquan/ })
      .waitFor();
    await desk.locator('textarea[name=description]').fill('三号楼暖气不热，室温十二度');
    await desk.locator('textarea[name=description]').press('Tab');
    await desk.getByRole('button', { name: /受理并转办|Register and transfer/ }).click();
    const status = desk.getByTestId('done');
    await status.waitFor();
    const number = (await status.textContent())!.split(': ')[1]!.trim();
    await board.getByTestId('feed').getByText(number).first().waitFor();
    expect(await unnamedControls(desk)).toEqual([]);
    await desk.screenshot({ path: `${ARTIFACTS}desk.png` });

    // The same caller again: the desk sees the earlier ticket.
    await desk.locator('input[name=callerPhone]').fill('13911112222');
    await desk.locator('input[name=callerPhone]').press('Tab');
    await desk.getByTestId('history').getByText(number).waitFor();
    expect(await desk.getByTestId('history').textContent()).toContain(number);
  });
});
