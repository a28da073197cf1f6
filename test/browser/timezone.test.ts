import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const CITY = 'Asia/Shanghai';
const SCREEN = 'America/New_York';
const HOUR = 3_600_000;

const dayIn = (timeZone: string, at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
/** Year, month, day, hour and minute of `at` in `timeZone`: what a displayed time must show, whatever its format. */
function figures(timeZone: string, at: Date): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute')];
}

const browser: Browser | null = await launchBrowser();

describe.runIf(browser)('a screen in another time zone, in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let origin: string;
  let board: Page;

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '', HEATLINE_TIME_ZONE: CITY });
    origin = server.url.replace('/graphql', '');
    board = await signIn(browser!, origin, 'leader', '/board', { timezoneId: SCREEN });
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

  it("counts today's calls by the city's day and shows times in the city's zone, not the screen's", async () => {
    expect(await board.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(SCREEN);
    // Calls taken over the last day, six hours apart: the city (UTC+8) and New York (UTC−5 or −4) are
    // 12 or 13 hours apart, so at any hour some of them fall on "today" in one zone and not the other.
    const now = Date.now();
    const received = [5 / 60, 6, 12, 18].map((h) => new Date(now - h * HOUR));
    const today = (zone: string) => received.filter((at) => dayIn(zone, at) === dayIn(zone, new Date(now))).length;
    expect(today(SCREEN), "the screen's today and the city's must differ for this test to mean anything").not.toBe(
      today(CITY),
    );

    const desk = await login(server.url, 'desk');
    const create = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
    const tickets = [];
    for (const at of received) {
      const input = {
        kind: 'COMPLAINT',
        category: 'NO_HEAT',
        channel: 'MAYOR_HOTLINE',
        callerName: '钱十二',
        callerPhone: '13800000012',
        compoundId: 'cp-001',
        description: '暖气不热',
        receivedAt: at.toISOString(),
      };
      tickets.push((await ok(server.url, create, { input }, desk)).createTicket as { id: string; number: string });
    }
    for (const t of tickets) await board.getByTestId('feed').getByText(t.number).first().waitFor();
    await settle(() => board.getByTestId('kpi-calls').textContent()).toBe(String(today(CITY)));

    // The call taken 18 hours ago, on its own page: when it came in, as the city's clock read.
    const page = await signIn(browser!, origin, 'desk', `/tickets/${tickets[3]!.id}`, { timezoneId: SCREEN });
    const shown = page.locator('dt:text-is("来电时间") + dd');
    await shown.waitFor();
    const digits = (await shown.textContent())!.match(/\d+/g)!.map(Number);
    expect(digits).toEqual(figures(CITY, received[3]!));
    expect(digits).not.toEqual(figures(SCREEN, received[3]!));
  });
});
