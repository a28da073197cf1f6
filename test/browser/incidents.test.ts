import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, settle, signIn } from '../support/browser.js';
import { login, ok } from '../support/graphql.js';
import { serverForSuite } from '../support/server.js';
import { registerForJinquan } from '../support/tickets.js';

const browser: Browser | null = await launchBrowser();

const NOTICE = '文丰小区供水主管爆裂，正在抢修，预计两小时内恢复供暖。';
const RESOLUTION = '主管已修复，供水恢复后已提温提压，供暖恢复正常';
const inHours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/**
 * Issue 12: the Wenfeng burst main (文丰小区), replayed on the screens: three calls propose an incident
 * on the desk and the wall, the desk declares it with a notice to callers, the fourth caller is
 * attached in one key press, the water company's task then Jinquan's, resolved, each call awaiting
 * its own callback.
 */
describe.runIf(browser)('an incident on the desk and the wall, in Chromium', () => {
  const server = serverForSuite({ HEATLINE_INCIDENT_CALLS: '3' });
  afterAll(async () => browser?.close());

  it('replays Wenfeng from three calls to each caller awaiting a callback', async () => {
    const origin = server.url.replace('/graphql', '');
    const [desk, water, waterHead, jinquan] = (await Promise.all(
      ['desk', 'water1', 'water-head', 'jinquan1'].map((u) => login(server.url, u)),
    )) as [string, string, string, string];
    const wall = await signIn(browser!, origin, 'leader', '/board');
    await wall.setViewportSize({ width: 1920, height: 1080 });
    const deskPage = await signIn(browser!, origin, 'desk', '/desk');
    await wall.getByTestId('board').waitFor();
    await deskPage.getByTestId('desk').waitFor();

    // Three calls from 文丰小区 within minutes: one proposed incident behind its station, on both screens.
    const calls = [];
    for (const phone of ['13800000001', '13800000002', '13800000003'])
      calls.push(await registerForJinquan(server.url, desk, { callerPhone: phone, description: '家里暖气突然不热了' }));
    const proposal = deskPage.locator('[data-testid="desk-proposal"][data-station="st-002"]');
    await proposal.waitFor();
    await wall.locator('[data-testid="incident-proposed"][data-station="st-002"]').waitFor();
    await wall.locator('[data-proposed-station="st-002"]').waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}incident-proposed-wall.png` });

    // The desk declares it: a burst main led by the water company, with what to tell callers.
    await proposal.getByRole('button', { name: '立为事件' }).click();
    await proposal.getByLabel('事件类型').selectOption({ label: '管道爆裂' });
    await proposal.getByLabel('牵头单位').selectOption({ label: '自来水公司' });
    await proposal.getByLabel('对来电人的公告').fill(NOTICE);
    await proposal.getByRole('button', { name: '立为事件' }).click();
    const incident = wall.getByTestId('incident');
    await settle(() => incident.getByTestId('incident-calls').textContent()).toBe('3 个来电');
    await wall.locator('[data-incident-station="st-002"]').waitFor();
    expect(await wall.locator('[data-proposed-station="st-002"]').count()).toBe(0);
    const incidentId = (await incident.getAttribute('data-incident'))!;

    // The fourth caller: the desk sees the incident and its notice as the compound is entered, and
    // registering the call (Enter) attaches it.
    await deskPage.locator('input[name=callerPhone]').fill('13800000004');
    await deskPage.locator('input[name=callerName]').fill('吴九');
    await deskPage.locator('textarea[name=description]').fill('暖气不热，听说小区爆管了');
    const compound = deskPage.getByRole('combobox', { name: /小区|Compound/ });
    await compound.fill('wfxq');
    await compound.press('Enter');
    const banner = deskPage.getByTestId('desk-incident');
    await settle(() => banner.textContent()).toContain(NOTICE);
    expect(await banner.getByRole('checkbox').isChecked()).toBe(true);
    // Routing proposes Jinquan; the desk sees its crews on standby before it transfers.
    await settle(() => deskPage.getByTestId('standby-crews').textContent()).toBe('待命 2 队');
    await deskPage.locator('input[name=callerName]').press('Enter');
    await deskPage.getByTestId('done-attached').waitFor();
    await settle(() => incident.getByTestId('incident-calls').textContent()).toBe('4 个来电');
    await wall.screenshot({ path: `${ARTIFACTS}incident-declared-wall.png` });

    // A fifth call Jinquan refuses as a duplicate: the desk attaches it to the incident instead.
    const fifth = await registerForJinquan(server.url, desk, { callerPhone: '13800000005' });
    await ok(
      server.url,
      'mutation($id: ID!) { rejectTransfer(id: $id, reason: DUPLICATE, note: "同一爆管") { id } }',
      { id: fifth.id },
      jinquan,
    );
    await deskPage.getByTestId(`desk-${fifth.number}`).getByTestId('attach-to-incident').click();
    await deskPage.getByTestId(`desk-${fifth.number}`).getByTestId('attached-to-incident').waitFor();
    await settle(() => incident.getByTestId('incident-calls').textContent()).toBe('5 个来电');

    // Co-handling: the water company restores the water, then Jinquan raises temperature and pressure.
    const add = 'mutation($i: AddTaskInput!) { addTask(input: $i) { id } }';
    const waterTask = (
      await ok(
        server.url,
        add,
        { i: { incidentId, unitId: 'unit-water', text: '抢修爆裂主管，恢复供水', dueAt: inHours(2) } },
        desk,
      )
    ).addTask.id;
    const heatTask = (
      await ok(
        server.url,
        add,
        {
          i: {
            incidentId,
            unitId: 'unit-jinquan',
            text: '提高供水温度和压力',
            dueAt: inHours(4),
            afterTaskId: waterTask,
          },
        },
        waterHead,
      )
    ).addTask.id;
    // The desk sends the water company's crew from the incident's page: the wall draws it, sent.
    await deskPage.goto(`${origin}/incidents/${incidentId}`);
    await deskPage.getByTestId('incident-page').waitFor();
    await deskPage.getByLabel('派出抢修队').selectOption({ label: '自来水公司 · 自来水抢修队' });
    await deskPage.getByRole('button', { name: '派出抢修队' }).click();
    await settle(() => incident.textContent()).toContain('自来水抢修队 · 已派');
    await wall.locator('[data-crew][data-crew-status="ASSIGNED"]').waitFor();
    await deskPage.goto(`${origin}/desk`);
    await deskPage.getByTestId('desk').waitFor();
    const tasks = incident.getByTestId('incident-task');
    await settle(() => tasks.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'OPEN',
      'OPEN',
    ]);
    const claim = 'mutation($id: ID!) { claimTask(id: $id) { id } }';
    const complete = 'mutation($id: ID!, $n: String) { completeTask(id: $id, note: $n) { id } }';
    await ok(server.url, claim, { id: waterTask }, water);
    await ok(server.url, complete, { id: waterTask, n: '40 分钟恢复供水' }, water);
    await settle(() => tasks.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'DONE',
      'OPEN',
    ]);
    await wall.screenshot({ path: `${ARTIFACTS}incident-water-done-wall.png` });
    await ok(server.url, claim, { id: heatTask }, jinquan);
    await ok(server.url, complete, { id: heatTask, n: '已提温提压' }, jinquan);
    await settle(() => tasks.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'DONE',
      'DONE',
    ]);

    // Resolved: Jinquan resolves its four calls with the incident's resolution; each awaits its callback.
    await ok(
      server.url,
      'mutation($id: ID!, $r: String!) { resolveIncident(id: $id, resolution: $r) { id } }',
      { id: incidentId, r: RESOLUTION },
      water,
    );
    const applied = (
      await ok(
        server.url,
        'mutation($id: ID!) { resolveAttachedTickets(incidentId: $id) { id code ticket { number status resolution } } }',
        { id: incidentId },
        jinquan,
      )
    ).resolveAttachedTickets;
    expect(applied).toHaveLength(4);
    for (const a of applied)
      expect(a).toMatchObject({ code: null, ticket: { status: 'RESOLVED', resolution: RESOLUTION } });
    await settle(() => wall.getByTestId('incident').count()).toBe(0);
    // The desk's tray lists each of the four for its own callback.
    for (const a of applied) await deskPage.getByTestId(`callback-${a.ticket.number}`).waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}incident-resolved-wall.png` });
    await deskPage.screenshot({ path: `${ARTIFACTS}incident-resolved-desk.png` });

    // Its page tells the story, resolved.
    await deskPage.goto(`${origin}/incidents/${incidentId}`);
    await settle(() => deskPage.getByTestId('incident-status').textContent()).toBe('已解决');
    const story = deskPage.getByTestId('incident-timeline').getByRole('listitem');
    await settle(() => story.first().textContent()).toContain('确认事件');
    await settle(() => story.last().textContent()).toContain('事件已解决');
    await deskPage.screenshot({ path: `${ARTIFACTS}incident-page.png`, fullPage: true });
  });
});
