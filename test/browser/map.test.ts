import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number overdue } }`;
const call = (compoundId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '周八',
  callerPhone: '13500000002',
  compoundId,
  description: '暖气不热',
  ...extra,
});

/** The pairs of compound symbols whose boxes overlap on screen. */
function overlappingCompounds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.compound-marker')].map((el) => ({
      name: el.getAttribute('aria-label') ?? '',
      r: el.getBoundingClientRect(),
    }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          pairs.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
      }
    return pairs;
  });
}

/** What a ticket's symbol looks like: its outline (an SVG path: arcs for a disc, straight lines for a polygon) and its fill. */
function lookOf(dot: Locator) {
  return dot.evaluate((el) => ({
    round: /a/i.test(el.getAttribute('d') ?? ''),
    corners: (el.getAttribute('d') ?? '').match(/L/gi)?.length ?? 0,
    fill: getComputedStyle(el).fill,
  }));
}

/** WCAG relative luminance of a computed rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const browser: Browser | null = await launchBrowser();

describe.runIf(browser)('the wall map read from across the room', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let page: Page;
  let quiet: string;
  let overdue: { number: string; overdue: boolean };
  let onTime: { number: string; overdue: boolean };

  beforeAll(async () => {
    // No tile server is reachable here: the map stands on the city's outline and its heating network.
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
    const desk = await login(server.url, 'desk');
    const create = async (compoundId: string, extra?: Record<string, unknown>) =>
      (await ok(server.url, CREATE, { input: call(compoundId, extra) }, desk)).createTicket;
    // Eight calls from Wenfeng (cp-001), one from the compound next in the list.
    for (let i = 0; i < 8; i++) await create('cp-001');
    await create('cp-002');
    // A general call received yesterday is past its same-day deadline.
    const yesterday = new Date(Date.now() - 26 * 3_600_000).toISOString();
    overdue = await create('cp-003', { receivedAt: yesterday });
    onTime = await create('cp-004');
    expect([overdue.overdue, onTime.overdue]).toEqual([true, false]);
    const compounds = (await ok(server.url, '{ compounds { id name } }', {}, desk)).compounds as Array<{
      id: string;
      name: string;
    }>;
    quiet = compounds.find((c) => c.id === 'cp-002')!.name;
    page = await signIn(browser!, server.url.replace('/graphql', ''), 'leader');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.compound-marker').nth(112).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tmp.remove();
  });

  it('sizes and numbers each compound by its open tickets, the figure at least 16 px on a 1080p screen', async () => {
    const busy = page.locator('.compound-marker[aria-label*="文丰小区"]');
    const one = page.locator(`.compound-marker[aria-label*="${quiet}"]`);
    await settle(() => busy.textContent()).toContain('8');
    const width = async (m: Locator) => (await m.boundingBox())?.width ?? 0;
    await settle(() => width(busy)).toBeGreaterThanOrEqual(40);
    expect(await width(busy)).toBeGreaterThanOrEqual(1.4 * (await width(one)));
    const figure = (m: Locator) => m.getByText(/^\d+$/).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await figure(busy)).toBeGreaterThanOrEqual(16);
    expect(await figure(one)).toBeGreaterThanOrEqual(16);
  });

  it('marks an overdue ticket in a shape and colour of its own, pulsing', async () => {
    const late = page.locator(`.ticket-marker[aria-label*="${overdue.number}"]`);
    const due = page.locator(`.ticket-marker[aria-label*="${onTime.number}"]`);
    await late.waitFor();
    await due.waitFor();
    const [l, d] = [await lookOf(late), await lookOf(due)];
    expect(d).toMatchObject({ round: true });
    expect(l, 'shape: a triangle').toMatchObject({ round: false, corners: 2 });
    expect(l.fill, 'colour').not.toBe(d.fill);
    // One pulse on the map, and it moves.
    const pulse = page.locator('.overdue-pulse');
    expect(await pulse.count()).toBe(1);
    expect(await pulse.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBeGreaterThan(0);
  });

  it('keeps every compound clear of the others at the default zoom', async () => {
    await settle(() => overlappingCompounds(page)).toEqual([]);
  });

  it('names both heat sources, in either language, with no 「热」 glyph standing for them', async () => {
    for (const name of ['兴平热电', '金泉热力'])
      await page.locator('.heatSource-marker').filter({ hasText: name }).getByText(name).waitFor();
    await page.getByTestId('language').click();
    for (const name of ['Xingping Thermal Power', 'Jinquan Heating'])
      await page.locator('.heatSource-marker').filter({ hasText: name }).getByText(name).waitFor();
    expect(await page.locator('.heatSource-marker').allTextContents()).not.toContain('热');
    await page.getByTestId('language').click();
    await page.locator('.heatSource-marker').filter({ hasText: '兴平热电' }).waitFor();
  });

  it('draws the served area and the heating network when no tiles are reachable', async () => {
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    await page.locator('path.city-outline').waitFor();
    const lines = page.locator('path.network-line');
    await settle(() => lines.count()).toBeGreaterThanOrEqual(2);
    // Trunks to 91 stations and branches to 113 compounds: long paths, not empty ones.
    for (const d of await lines.evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? '')))
      expect(d.split('M').length).toBeGreaterThan(90);
    await page.screenshot({ path: `${ARTIFACTS}map-1920.png` });
  });

  it("labels the compound card's rows by what they are, in line", async () => {
    await page.locator('.compound-marker[aria-label*="文丰小区"]').click();
    const card = page.getByTestId('card');
    await card.getByRole('heading', { name: '文丰小区' }).waitFor();
    await card.getByText('供热单位').waitFor();
    const lefts = await card.locator('dd').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    await card.getByRole('button', { name: /关闭|Dismiss/ }).click();
  });

  it('turns dark on the wall, with the symbols still clear of each other', async () => {
    await page.getByRole('button', { name: /全屏|Wall mode/ }).click();
    const background = () => page.locator('.board-map').evaluate((el) => getComputedStyle(el).backgroundColor);
    await settle(async () => luminance(await background())).toBeLessThan(0.05);
    await settle(() => overlappingCompounds(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}map-wall-1920.png` });
    await page.getByRole('button', { name: /全屏|Wall mode/ }).click();
    await settle(async () => luminance(await background())).toBeGreaterThan(0.5);
  });

  it('still names the heat sources on a phone, within the map', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const map = page.locator('.board-map');
    const inside = async (name: string) => {
      const [m, l] = [await map.boundingBox(), await map.getByText(name, { exact: true }).boundingBox()];
      return (
        !!m && !!l && l.x >= m.x && l.x + l.width <= m.x + m.width && l.y >= m.y && l.y + l.height <= m.y + m.height
      );
    };
    for (const name of ['兴平热电', '金泉热力']) await settle(() => inside(name)).toBe(true);
    await settle(() => page.locator('.leaflet-zoom-anim').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}map-390.png` });
  });
});
