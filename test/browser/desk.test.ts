import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { startServer, tempDir, type RunningServer } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

const browser: Browser | null = await launchBrowser();

const REGISTER = /受理并转办|Register and transfer/;

describe.runIf(browser)('the desk in Chromium', () => {
  const tmp = tempDir();
  let server: RunningServer;
  let desk: Page;
  let board: Page;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TILE_URL: '' });
    const origin = server.url.replace('/graphql', '');
    [desk, board] = await Promise.all([signIn(browser!, origin, 'desk', '/desk'), signIn(browser!, origin, 'leader')]);
    for (const u of ['desk', 'jinquan1']) tokens[u] = await login(server.url, u);
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

  const compound = () => desk.getByRole('combobox', { name: /小区|Compound/ });
  const listbox = () => desk.getByRole('listbox');

  /** Every ticket of a caller, as the server has them. */
  async function ticketsOf(phone: string) {
    const q = `query($phone: String!) { tickets(filter: { callerPhone: $phone }) { totalCount edges { node {
      id number status kind answeredOnCall compound { name } relatedTo { id } } } } }`;
    const r = await ok(server.url, q, { phone }, tokens.desk);
    return { count: r.tickets.totalCount as number, list: r.tickets.edges.map((e: { node: unknown }) => e.node) };
  }

  async function fillCaller(phone: string, description = '暖气不热') {
    await desk.locator('input[name=callerPhone]').fill(phone);
    await desk.locator('input[name=callerName]').fill('吴九');
    await desk.locator('textarea[name=description]').fill(description);
  }

  /** A ticket at Wenfeng resolved by Jinquan, waiting for the desk's callback. */
  async function resolvedAtWenfeng(phone: string) {
    const t = await registerForJinquan(server.url, tokens.desk!, { callerPhone: phone });
    await ok(server.url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: t.id }, tokens.jinquan1);
    const resolve = 'mutation($id: ID!) { resolveTicket(id: $id, resolution: "阀门已更换", onSite: true) { id } }';
    await ok(server.url, resolve, { id: t.id }, tokens.jinquan1);
    return t;
  }

  it('shows a refused field next to the field', async () => {
    await desk.locator('input[name=callerPhone]').fill('call me');
    await desk.locator('input[name=callerName]').fill('吴九');
    await desk.locator('textarea[name=description]').fill('暖气不热');
    await desk.getByRole('button', { name: REGISTER }).click();
    await desk.locator('input[name=callerPhone] + .error').waitFor();
    // In the operator's language, not the server's English.
    expect(await desk.locator('input[name=callerPhone] + .error').textContent()).toContain('来电电话格式不正确');
  });

  it('registers a call by keyboard, with the compound found by pinyin initials, and every board shows it at once', async () => {
    await desk.locator('input[name=callerPhone]').fill('13911112222');
    await compound().fill('wfxq');
    await compound().press('Enter');
    await desk
      .getByTestId('proposed')
      .filter({ hasText: /金泉热力|Jinquan/ })
      .waitFor();
    await desk.locator('textarea[name=description]').fill('三号楼暖气不热，室温十二度');
    await desk.locator('textarea[name=description]').press('Tab');
    await desk.getByRole('button', { name: REGISTER }).click();
    const link = desk.getByTestId('done').getByRole('link');
    await link.waitFor();
    const number = (await link.textContent())!.trim();
    await board.getByTestId('feed').getByText(number).first().waitFor();
    expect(await unnamedControls(desk)).toEqual([]);

    // The same caller again: the desk sees the earlier ticket, as a link to it.
    await desk.locator('input[name=callerPhone]').fill('13911112222');
    await desk.locator('input[name=callerPhone]').press('Tab');
    const earlier = desk.getByTestId('history').getByRole('link', { name: number });
    await earlier.waitFor();
    expect(await earlier.getAttribute('href')).toMatch(/^\/tickets\/\d+$/);
  });

  describe('the compound box (a combobox)', () => {
    it('takes the highlighted compound on Enter and never registers the call from the box', async () => {
      await fillCaller('13911110001');
      await compound().fill('wfxq');
      expect(await compound().getAttribute('aria-expanded')).toBe('true');
      await compound().press('Enter');
      await settle(() => compound().inputValue()).toBe('文丰小区');
      expect(await compound().getAttribute('aria-expanded')).toBe('false');
      await desk.getByRole('button', { name: REGISTER }).click();
      await desk.getByTestId('done').getByRole('link').waitFor();
      const { count, list } = await ticketsOf('13911110001');
      expect(count).toBe(1);
      expect(list[0].compound?.name).toBe('文丰小区');
    });

    it('moves through the suggestions with the arrows, as ARIA 1.2 describes, and Enter picks', async () => {
      await fillCaller('13911110002');
      await compound().fill('wf');
      expect(await compound().getAttribute('aria-autocomplete')).toBe('list');
      expect(await compound().getAttribute('aria-controls')).toBe(await listbox().getAttribute('id'));
      const options = listbox().getByRole('option');
      await settle(() => options.count()).toBeGreaterThan(1);
      const first = await options.nth(0).getAttribute('id');
      expect(await compound().getAttribute('aria-activedescendant')).toBe(first);
      await compound().press('ArrowDown');
      const second = options.nth(1);
      await settle(() => compound().getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
      expect(await second.getAttribute('aria-selected')).toBe('true');
      expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
      await desk.getByTestId('desk').screenshot({ path: `${ARTIFACTS}desk-combobox.png` });
      const name = (await second.locator('.name').textContent())!.trim();
      await compound().press('Enter');
      await settle(() => compound().inputValue()).toBe(name);
      expect(await compound().getAttribute('aria-expanded')).toBe('false');
      expect(await compound().getAttribute('aria-activedescendant')).toBeNull();
      await desk.getByRole('button', { name: REGISTER }).click();
      await desk.getByTestId('done').getByRole('link').waitFor();
      expect((await ticketsOf('13911110002')).list[0].compound?.name).toBe(name);
    });

    it('takes a name typed in full without a click on the suggestion', async () => {
      await fillCaller('13911110003');
      await compound().fill('金河新村');
      await desk.getByRole('button', { name: REGISTER }).click();
      await desk.getByTestId('done').getByRole('link').waitFor();
      expect((await ticketsOf('13911110003')).list[0].compound?.name).toBe('金河新村');
    });

    it('flags a text that names no compound and registers nothing until it is fixed', async () => {
      await fillCaller('13911110004');
      await compound().fill('不存在的小区');
      await desk.getByRole('button', { name: REGISTER }).click();
      await desk
        .locator('#compound-error')
        .filter({ hasText: /没有这个小区|No such compound/ })
        .waitFor();
      expect(await compound().getAttribute('aria-invalid')).toBe('true');
      expect(await compound().getAttribute('aria-describedby')).toBe('compound-error');
      // Fixed, the call goes, once: the refused click sent nothing.
      await compound().fill('wfxq');
      await compound().press('Enter');
      await desk.getByRole('button', { name: REGISTER }).click();
      await desk.getByTestId('done').getByRole('link').waitFor();
      const { count, list } = await ticketsOf('13911110004');
      expect(count).toBe(1);
      expect(list[0].compound?.name).toBe('文丰小区');
    });
  });

  it('closes a consultation answered on the call: it never waits for a callback', async () => {
    await desk.locator('select[name=kind]').selectOption('CONSULTATION');
    await fillCaller('13911110005', '供暖期从哪天开始？');
    await desk.locator('input[name=answer]').fill('11月16日开始供暖');
    await desk.getByRole('button', { name: /当场答复并结案|Answer and close/ }).click();
    const done = desk.getByTestId('done');
    await done.filter({ hasText: /已当场答复并结案|Answered on the call and closed/ }).waitFor();
    const number = (await done.getByRole('link').textContent())!.trim();
    const [answered] = (await ticketsOf('13911110005')).list;
    expect(answered).toMatchObject({ number, status: 'CLOSED', kind: 'CONSULTATION', answeredOnCall: true });

    // A call registered after it reaches the tray; by then the answered call has left it for good.
    const later = (
      await ok(
        server.url,
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { number } }`,
        {
          input: {
            kind: 'COMPLAINT',
            category: 'NO_HEAT',
            channel: 'MAYOR_HOTLINE',
            complexity: 'GENERAL',
            callerName: '周八',
            callerPhone: '13911110006',
            compoundId: 'cp-001',
            description: '暖气不热',
          },
        },
        tokens.desk,
      )
    ).createTicket.number as string;
    await desk.getByTestId('at-desk').getByTestId(`desk-${later}`).waitFor();
    expect(await desk.getByTestId(`desk-${number}`).count()).toBe(0);
    expect(await desk.getByTestId(`callback-${number}`).count()).toBe(0);
  });

  it('closes from the tray after a satisfied callback, one ticket or several at once', async () => {
    const one = await resolvedAtWenfeng('13911110007');
    const row = desk.getByTestId('callbacks').getByTestId(`callback-${one.number}`);
    await row.getByRole('button', { name: /^满意$|^Satisfied$/ }).click();
    const toClose = desk.getByTestId('to-close').getByTestId(`close-${one.number}`);
    await toClose.getByRole('button', { name: /结案|Close/ }).click();
    await toClose.waitFor({ state: 'detached' });
    expect((await ticketsOf('13911110007')).list[0].status).toBe('CLOSED');

    const two = await Promise.all([resolvedAtWenfeng('13911110008'), resolvedAtWenfeng('13911110009')]);
    const callback = 'mutation($id: ID!) { recordCallback(id: $id, satisfaction: SATISFIED) { id } }';
    for (const t of two) await ok(server.url, callback, { id: t.id }, tokens.desk);
    for (const t of two) {
      const r = desk.getByTestId(`close-${t.number}`);
      await r.waitFor();
      await r.getByRole('checkbox').check();
    }
    await desk.getByRole('button', { name: /结案所选 \(2\)|Close selected \(2\)/ }).click();
    await desk
      .getByTestId('close-report')
      .filter({ hasText: /已结案 2 件|2 closed/ })
      .waitFor();
    for (const t of two) await desk.getByTestId(`close-${t.number}`).waitFor({ state: 'detached' });
    for (const phone of ['13911110008', '13911110009']) expect((await ticketsOf(phone)).list[0].status).toBe('CLOSED');
  });

  it('starts each call blank and links the notice to the ticket just registered', async () => {
    await desk.locator('select[name=kind]').selectOption('SUGGESTION');
    await desk.locator('select[name=category]').selectOption('LEAK_OR_BURST');
    await fillCaller('13911110010', '建议增设测温点');
    await desk.locator('input[name=building]').fill('3');
    await desk.getByRole('button', { name: REGISTER }).click();
    const link = desk.getByTestId('done').getByRole('link');
    await link.waitFor();
    const [t] = (await ticketsOf('13911110010')).list;
    expect(await link.textContent()).toBe(t.number);
    expect(await link.getAttribute('href')).toBe(`/tickets/${t.id}`);
    expect(await desk.locator('select[name=kind]').inputValue()).toBe('COMPLAINT');
    expect(await desk.locator('select[name=category]').inputValue()).toBe('NO_HEAT');
    expect(await desk.locator('input[name=building]').inputValue()).toBe('');
    // The next call begins: the notice goes.
    await desk.locator('input[name=callerPhone]').fill('139');
    await desk.getByTestId('done').waitFor({ state: 'detached' });
  });

  it('shows the open tickets at the same compound while registering, and attaches the call to one', async () => {
    const burst = await registerForJinquan(server.url, tokens.desk!, {
      callerPhone: '13911110011',
      category: 'LEAK_OR_BURST',
      description: '水管爆裂，停水停暖',
    });
    await fillCaller('13911110012', '还是没有暖气');
    await compound().fill('wfxq');
    await compound().press('Enter');
    const row = desk.getByTestId('related-compound').getByTestId(`related-${burst.number}`);
    await row.waitFor();
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/tickets/${burst.id}`);
    expect(await row.textContent()).toContain('水管爆裂');
    await row.getByRole('button', { name: /关联到此单|Attach to this one/ }).click();
    await desk.getByTestId('attached').getByText(burst.number).waitFor();
    await desk.getByRole('button', { name: REGISTER }).click();
    await desk.getByTestId('done').getByRole('link').waitFor();
    expect((await ticketsOf('13911110012')).list[0].relatedTo).toEqual({ id: burst.id });
    await desk.getByTestId('attached').waitFor({ state: 'detached' });
  });

  it('sits beside its trays on a desk screen and folds on a phone', async () => {
    await fillCaller('13911110013', '三号楼暖气不热，室温十二度');
    await compound().fill('wfxq');
    await compound().press('Enter');
    await desk.getByTestId('related').waitFor();
    await desk.setViewportSize({ width: 1920, height: 1080 });
    const [form, trays] = await Promise.all([
      desk.getByTestId('desk').boundingBox(),
      desk.getByTestId('at-desk').boundingBox(),
    ]);
    expect(trays!.x).toBeGreaterThan(form!.x + form!.width - 1);
    expect(trays!.y).toBeLessThan(form!.y + form!.height);
    // Numbers never wrap in the tray.
    const cell = desk.getByTestId('at-desk').locator('td.num a').first();
    const box = await cell.boundingBox();
    expect(box!.height).toBeLessThan(30);
    await desk.screenshot({ path: `${ARTIFACTS}desk.png` });
    await desk.setViewportSize({ width: 390, height: 844 });
    const below = async () => {
      const [f, t] = await Promise.all([
        desk.getByTestId('desk').boundingBox(),
        desk.getByTestId('at-desk').boundingBox(),
      ]);
      return t!.y >= f!.y + f!.height;
    };
    await settle(below).toBe(true);
    await desk.screenshot({ path: `${ARTIFACTS}desk-390.png` });
    await desk.screenshot({ path: `${ARTIFACTS}desk-390-full.png`, fullPage: true });
    expect(await unnamedControls(desk)).toEqual([]);
  });
});
