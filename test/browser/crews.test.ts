import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn, unnamedControls } from '../support/browser.js';
import { ok } from '../support/graphql.js';
import { logins } from '../support/room.js';
import { serverForSuite } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';
import { subscribeFromNow, until, type Received } from '../support/ws.js';

const browser: Browser | null = await launchBrowser();
const PHONE = { width: 390, height: 844 };
const SHOTS = '/tmp/shots/';

const CREWS = 'query { crews(unitId: "unit-water") { id name status } }';
const DISPATCH = `mutation($crew: ID!, $ticket: ID!) {
  dispatchCrew(crewId: $crew, target: { ticketId: $ticket }) { id status ticketId } }`;
const DECLARE = 'mutation($i: DeclareIncidentInput!) { declareIncident(input: $i) { id } }';
const ADD_TASK = 'mutation($i: AddTaskInput!) { addTask(input: $i) { id } }';
const TASKS = 'query($id: ID!) { incident(id: $id) { tasks { id status claimedByName doneNote } } }';
/** What a leader's wall follows of the crews: every step and shared position, whichever unit's. */
const WALL = `subscription($since: String) {
  boardEvents(since: $since, filter: { types: [CREW_STATUS, CREW_POSITION] }) {
    seq type roomUnitId actorName changes { field from to } } }`;

interface CrewEvent {
  seq: number;
  type: string;
  roomUnitId: string | null;
  actorName: string;
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}

const inHours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/** The first event on the wall after `from` that `is` picks; waits for exactly it, never a fixed time. */
async function seen(wall: Received<CrewEvent>, from: number, what: string, is: (e: CrewEvent) => boolean) {
  const find = () => wall.items.slice(from).find(is);
  await until(
    () => !!find(),
    what,
    () => JSON.stringify(wall.items.slice(from)),
  );
  return find()!;
}

const statusTo = (to: string) => (e: CrewEvent) =>
  e.type === 'CREW_STATUS' && e.changes.some((c) => c.field === 'status' && c.to === to);

/** Whether anything on the page is wider than the screen (a phone scrolls sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The buttons in `scope` smaller than a thumb (44 px either way). */
const smallButtons = (scope: Locator) =>
  scope.evaluate((el) =>
    [...el.querySelectorAll('button')]
      .map((b) => ({ text: b.textContent?.trim(), box: b.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );

/**
 * A water company's crew member runs the crew from the queue on a phone: the desk sends the crew to a
 * call, the phone sets off and arrives, the leader's wall hears each step; the unit's co-handling
 * tasks are claimed and done from the same page.
 */
describe.runIf(browser)('repair crews and co-handling tasks on a unit’s phone, in Chromium', () => {
  const server = serverForSuite();
  afterAll(async () => browser?.close());

  it('sets off and arrives from the phone, each step reaching the leader’s wall, and shares its position', async () => {
    const origin = server.url.replace('/graphql', '');
    const [desk, leader] = await logins(server.url, 'desk', 'leader');
    const phone = await signIn(browser!, origin, 'water1', '/queue');
    await phone.setViewportSize(PHONE);

    const { crews } = await ok<{ crews: Array<{ id: string; name: string; status: string }> }>(
      server.url,
      CREWS,
      {},
      desk,
    );
    const crew = crews.find((c) => c.name === '自来水抢修队')!;
    expect(crew.status).toBe('STANDBY');
    const card = phone.getByTestId('unit-crews').locator(`[data-crew="${crew.id}"]`);
    await settle(() => card.getByTestId('crew-status').textContent()).toBe('待命');
    // On standby only going off duty is offered, and there is nothing to share.
    await expect(card.locator('button[data-move]').allTextContents()).resolves.toEqual(['下班']);
    await expect(card.getByTestId('crew-share').count()).resolves.toBe(0);

    // The desk sends it to a Jinquan call: the phone shows it sent, live.
    const call = await registerForJinquan(server.url, desk, { callerPhone: '13900005678', description: '管道漏水' });
    const wall = await subscribeFromNow<CrewEvent>(server.url, server.wsUrl, leader, WALL);
    await ok(server.url, DISPATCH, { crew: crew.id, ticket: call.id }, desk);
    await settle(() => card.getAttribute('data-status')).toBe('ASSIGNED');
    await expect(card.getByTestId('crew-status').textContent()).resolves.toBe('已派');
    // Another unit's call: the water company cannot read it, but its crew is told its number and place.
    await expect(card.getByTestId('crew-target').textContent()).resolves.toContain(`来电 ${call.number} · 文丰小区`);
    await expect(card.locator('button[data-move]').allTextContents()).resolves.toEqual(['出发', '到场', '待命']);
    await expect(smallButtons(card)).resolves.toEqual([]);
    await expect(overflows(phone)).resolves.toBe(false);

    // 出发, then 到场: each reaches the wall as the crew's own status change.
    const delays: string[] = [];
    for (const [word, to] of [
      ['出发', 'EN_ROUTE'],
      ['到场', 'ON_SITE'],
    ] as const) {
      const from = wall.items.length;
      const tapped = Date.now();
      await card.getByRole('button', { name: word, exact: true }).click();
      const e = await seen(wall, from, `CREW_STATUS to ${to} on the wall`, statusTo(to));
      delays.push(`${word} ${to}: ${Date.now() - tapped} ms`);
      expect(e).toMatchObject({ type: 'CREW_STATUS', roomUnitId: 'unit-water', actorName: '自来水公司 吕刚' });
      await settle(() => card.getAttribute('data-status')).toBe(to);
    }
    // The issue asks for the wall within 2 s: printed to watch, not asserted (a loaded machine varies).
    console.log(`tap → wall: ${delays.join('; ')}`);
    const statuses = wall.items.filter((e) => e.type === 'CREW_STATUS').map((e) => e.changes[0]?.to);
    expect(statuses).toEqual(['EN_ROUTE', 'ON_SITE']);

    // On site, the phone shares where it is; the wall hears the position.
    const { compounds } = await ok<{ compounds: Array<{ id: string; lat: number; lon: number }> }>(
      server.url,
      'query { compounds { id lat lon } }',
      {},
      leader,
    );
    const compound = compounds.find((c) => c.id === 'cp-001')!;
    await phone.context().grantPermissions(['geolocation'], { origin });
    await phone.context().setGeolocation({ latitude: compound.lat, longitude: compound.lon });
    const beforeShare = wall.items.length;
    await card.getByTestId('crew-share').check();
    const position = await seen(wall, beforeShare, 'CREW_POSITION on the wall', (e) => e.type === 'CREW_POSITION');
    expect(position.roomUnitId).toBe('unit-water');
    expect(Number(position.changes.find((c) => c.field === 'lat')?.to)).toBeCloseTo(compound.lat, 5);
    await settle(() => card.getByTestId('crew-share-note').textContent()).toContain('位置已于');

    mkdirSync(SHOTS, { recursive: true });
    await expect(overflows(phone)).resolves.toBe(false);
    await expect(unnamedControls(phone)).resolves.toEqual([]);
    await phone.screenshot({ path: `${SHOTS}queue-phone.png`, fullPage: true });
    await phone.screenshot({ path: `${ARTIFACTS}queue-phone-crews.png`, fullPage: true });

    // Back home: 返回 then 待命; on standby the sharing stops and says so.
    await card.getByRole('button', { name: '返回', exact: true }).click();
    await settle(() => card.getAttribute('data-status')).toBe('RETURNING');
    await card.getByRole('button', { name: '待命', exact: true }).click();
    await settle(() => card.getAttribute('data-status')).toBe('STANDBY');
    await settle(() => card.getByTestId('crew-share-note').textContent()).toBe('抢修队已回到待命，位置共享已停止');
    await expect(card.getByTestId('crew-share').count()).resolves.toBe(0);
    await wall.stop();
    await phone.context().close();
  });

  it('says so when the phone refuses its position', async () => {
    const origin = server.url.replace('/graphql', '');
    const [desk] = await logins(server.url, 'desk');
    const { crews } = await ok<{ crews: Array<{ id: string; name: string }> }>(server.url, CREWS, {}, desk);
    const crew = crews.find((c) => c.name === '自来水管网二队')!;
    const call = await registerForJinquan(server.url, desk, { callerPhone: '13900005679' });
    await ok(server.url, DISPATCH, { crew: crew.id, ticket: call.id }, desk);

    const phone = await signIn(browser!, origin, 'water1', '/queue');
    await phone.setViewportSize(PHONE);
    const card = phone.getByTestId('unit-crews').locator(`[data-crew="${crew.id}"]`);
    await settle(() => card.getAttribute('data-status')).toBe('ASSIGNED');
    // No permission given: the browser says no at once, and the switch goes back off.
    await card.getByTestId('crew-share').click();
    await settle(() => card.getByTestId('crew-share-note').textContent()).toContain('未获定位权限');
    await expect(card.getByTestId('crew-share').isChecked()).resolves.toBe(false);
    await phone.context().close();
  });

  it('lists the unit’s co-handling tasks live, waiting ones marked, and claims and completes them', async () => {
    const origin = server.url.replace('/graphql', '');
    const { timeZone } = (await (await fetch(`${origin}/config.json`)).json()) as { timeZone: string };
    const [desk] = await logins(server.url, 'desk');
    // A browser set to another zone: the deadline still reads on the city's clock.
    const phone = await signIn(browser!, origin, 'water1', '/queue', { timezoneId: 'America/New_York' });
    await phone.setViewportSize(PHONE);
    await phone.getByTestId('unit-crews').waitFor();

    const { declareIncident } = await ok(
      server.url,
      DECLARE,
      {
        i: {
          kind: 'BURST_MAIN',
          stationId: 'st-002',
          summary: '文丰路供水管爆裂，二号换热站补水中断',
          leadUnitId: 'unit-water',
        },
      },
      desk,
    );
    const dueAt = inHours(2);
    const first = (
      await ok(
        server.url,
        ADD_TASK,
        { i: { incidentId: declareIncident.id, unitId: 'unit-water', text: '关闭文丰路 DN300 阀门', dueAt } },
        desk,
      )
    ).addTask;
    const second = (
      await ok(
        server.url,
        ADD_TASK,
        {
          i: {
            incidentId: declareIncident.id,
            unitId: 'unit-water',
            text: '抢修完毕后恢复供水',
            dueAt: inHours(6),
            afterTaskId: first.id,
          },
        },
        desk,
      )
    ).addTask;

    // Both arrive without a reload, the soonest due first; the second waits for the first.
    const tasks = phone.getByTestId('unit-tasks').getByTestId('unit-task');
    await settle(() => tasks.count()).toBe(2);
    const one = tasks.and(phone.locator(`[data-task="${first.id}"]`));
    const two = tasks.and(phone.locator(`[data-task="${second.id}"]`));
    await expect(tasks.first().getAttribute('data-task')).resolves.toBe(first.id);
    await expect(one.getByTestId('task-status').textContent()).resolves.toBe('待签收');
    const cityDue = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(
      Date.parse(dueAt),
    );
    await expect(one.locator('time').textContent()).resolves.toBe(cityDue);
    await expect(two.getByTestId('task-waiting').textContent()).resolves.toBe('等待前序任务完成');
    await expect(two.getByRole('button').count()).resolves.toBe(0);
    await expect(smallButtons(one)).resolves.toEqual([]);
    await expect(overflows(phone)).resolves.toBe(false);

    // 签收: the task is in hand, by the staff member's name.
    await one.getByRole('button', { name: '签收', exact: true }).click();
    await settle(() => one.getByTestId('task-status').textContent()).toBe('办理中');
    await expect(one.getByTestId('task-claimed-by').textContent()).resolves.toContain('自来水公司 吕刚');
    await phone.screenshot({ path: `${ARTIFACTS}queue-phone-tasks.png`, fullPage: true });

    // 完成, with a note: it leaves the list, and the next task may be claimed now.
    await one.getByRole('button', { name: /^完成/ }).click();
    await one.getByLabel('办理情况（可不填）').fill('阀门已关闭，管段泄压');
    await one.getByRole('button', { name: '确认完成' }).click();
    await settle(() => tasks.count()).toBe(1);
    await settle(() => two.getByRole('button', { name: '签收', exact: true }).count()).toBe(1);
    await expect(two.getByTestId('task-waiting').count()).resolves.toBe(0);

    const { incident } = await ok(server.url, TASKS, { id: declareIncident.id }, desk);
    expect(incident.tasks).toEqual([
      { id: first.id, status: 'DONE', claimedByName: '自来水公司 吕刚', doneNote: '阀门已关闭，管段泄压' },
      { id: second.id, status: 'OPEN', claimedByName: null, doneNote: null },
    ]);

    // The unit's head claims the next one elsewhere: the phone follows, and offers this member nothing.
    const [head] = await logins(server.url, 'water-head');
    await ok(server.url, 'mutation($id: ID!) { claimTask(id: $id) { id } }', { id: second.id }, head);
    await settle(() => two.getByTestId('task-status').textContent()).toBe('办理中');
    await expect(two.getByTestId('task-claimed-by').textContent()).resolves.toContain('自来水公司 蒋经理');
    await expect(two.getByRole('button').count()).resolves.toBe(0);
    await phone.context().close();
  });
});
