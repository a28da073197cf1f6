import { describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { serverForSuite } from './support/server.js';
import { registerForJinquan } from './support/tickets.js';
import { subscribeFromNow } from './support/ws.js';

const BOARD = `subscription($since: String) { boardEvents(since: $since) { type ticketId roomUnitId } }`;
const CURRENT = `{ currentMeeting { id status focus { id position } items { id position } } }`;

/** Issue 11, special-topic meetings (专题会议): planned from the hard cases, followed by every board. */
describe('a special-topic meeting', () => {
  const server = serverForSuite();
  const as =
    (token: string) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      ok(server.url, query, variables, token);

  it('is planned from the proposed agenda, run with the room following its focus, and closed', async () => {
    const [desk, leader, jinquan, xingping] = (await Promise.all(
      ['desk', 'leader', 'jinquan1', 'xingping1'].map((u) => login(server.url, u)),
    )) as [string, string, string, string];
    // Three calls behind one station today (a hot spot), and one caller who called twice elsewhere.
    const { compounds } = await as(leader)('{ compounds { id station { id } operatorUnit { id } } }');
    const stationOf = new Map(compounds.map((c: { id: string; station: { id: string } }) => [c.id, c.station.id]));
    const stationId = stationOf.get('cp-001');
    const elsewhere = compounds.find(
      (c: { station: { id: string }; operatorUnit: { id: string } }) =>
        c.operatorUnit.id === 'unit-jinquan' && c.station.id !== stationId,
    ).id;
    const hot = [];
    for (let i = 0; i < 3; i++)
      hot.push(await registerForJinquan(server.url, desk, { compoundId: 'cp-001', callerPhone: `1390000${i}000` }));
    const twice = [];
    for (let i = 0; i < 2; i++)
      twice.push(await registerForJinquan(server.url, desk, { compoundId: elsewhere, callerPhone: '13712345678' }));

    const { proposedAgenda } = await as(leader)('{ proposedAgenda { reasons ticketIds stationId weight } }');
    expect(proposedAgenda[0]).toMatchObject({ reasons: ['HOT_SPOT'], stationId });
    expect([...proposedAgenda[0].ticketIds].sort()).toEqual(hot.map((t) => t.id).sort());
    expect(proposedAgenda.filter((p: { reasons: string[] }) => p.reasons.includes('REPEAT_CALLER'))).toHaveLength(2);

    const { createMeeting } = await as(leader)(
      'mutation($at: DateTimeISO!) { createMeeting(title: "供热专题会", startsAt: $at, unitIds: ["unit-jinquan", "unit-xingping"]) { id status units { id } } }',
      { at: new Date().toISOString() },
    );
    expect(createMeeting).toMatchObject({
      status: 'SCHEDULED',
      units: [{ id: 'unit-jinquan' }, { id: 'unit-xingping' }],
    });
    const ADD = `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, item: $i) { id position reasons } }`;
    const first = (await as(leader)(ADD, { m: createMeeting.id, i: { ...pick(proposedAgenda[0]), note: '换热站' } }))
      .addAgendaItem;
    const second = (
      await as(leader)(ADD, {
        m: createMeeting.id,
        i: { ticketIds: twice.map((t) => t.id), reasons: ['REPEAT_CALLER'] },
      })
    ).addAgendaItem;
    expect([first.position, second.position, first.reasons]).toEqual([1, 2, ['HOT_SPOT']]);
    // Not in session yet: nothing to focus.
    const early = await gql(
      server.url,
      'mutation($i: ID!) { focusAgendaItem(agendaItemId: $i) { id } }',
      { i: second.id },
      leader,
    );
    expect([codeOf(early), early.errors![0]!.extensions!.status]).toEqual(['INVALID_TRANSITION', 'SCHEDULED']);

    // Two boards in the room: the wall (a leader) and a unit's screen.
    const [wall, unitScreen] = await Promise.all([
      subscribeFromNow(server.url, server.wsUrl, leader, BOARD),
      subscribeFromNow(server.url, server.wsUrl, xingping, BOARD),
    ]);
    await as(leader)('mutation($m: ID!) { startMeeting(meetingId: $m) { status } }', { m: createMeeting.id });
    expect((await as(xingping)(CURRENT)).currentMeeting).toMatchObject({
      status: 'IN_SESSION',
      focus: { id: first.id },
    });
    await as(leader)('mutation($i: ID!) { focusAgendaItem(agendaItemId: $i) { id } }', { i: second.id });
    for (const screen of [wall, unitScreen]) {
      const events = await screen.waitFor(2, 'the start and the focus');
      expect(events.map((e) => e.type)).toEqual(['MEETING_STARTED', 'AGENDA_FOCUSED']);
      expect(events[1]).toMatchObject({ ticketId: null, roomUnitId: null });
    }
    expect((await as(xingping)(CURRENT)).currentMeeting.focus.id).toBe(second.id);
    // A unit's screen sees the meeting, and of its items' tickets only those its unit may read.
    const ITEMS = 'query($m: ID!) { meeting(id: $m) { items { tickets { id } } } }';
    expect((await as(xingping)(ITEMS, { m: createMeeting.id })).meeting.items[0].tickets).toEqual([]);
    expect((await as(jinquan)(ITEMS, { m: createMeeting.id })).meeting.items[0].tickets).toHaveLength(3);

    const DECIDE = `mutation($i: ID!, $d: DecisionInput!) { recordDecision(agendaItemId: $i, decision: $d) { text dueAt issueNotice noticeNumber responsibleUnit { id } } }`;
    const past = await gql(server.url, DECIDE, { i: first.id, d: decision(-1) }, leader);
    expect([codeOf(past), past.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'dueAt']);
    const { recordDecision } = await as(leader)(DECIDE, { i: first.id, d: decision(2) });
    expect(recordDecision).toMatchObject({ issueNotice: true, responsibleUnit: { id: 'unit-jinquan' } });
    // The decision issued its supervision notice to the responsible unit, in the same transaction.
    expect(recordDecision.noticeNumber).toMatch(/^督〔\d{4}〕\d{3}$/);
    const { notices } = await as(jinquan)('{ notices { number subject requirement status } }');
    expect(notices).toContainEqual({
      number: recordDecision.noticeNumber,
      subject: '供热专题会：议题1',
      requirement: '金泉热力三日内排查换热站',
      status: 'ISSUED',
    });

    const { closeMeeting } = await as(leader)('mutation($m: ID!) { closeMeeting(meetingId: $m) { status closedAt } }', {
      m: createMeeting.id,
    });
    expect(closeMeeting.status).toBe('CLOSED');
    expect((await as(leader)(CURRENT)).currentMeeting).toBeNull();
    const again = await gql(
      server.url,
      'mutation($m: ID!) { closeMeeting(meetingId: $m) { id } }',
      { m: createMeeting.id },
      leader,
    );
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    // The minutes: items with their decisions, as a screen opened afterwards reads them.
    const minutes = await as(jinquan)(
      'query($m: ID!) { meeting(id: $m) { title chairName items { position decisions { text responsibleUnit { id } } } } }',
      { m: createMeeting.id },
    );
    expect(minutes.meeting.items[0].decisions).toEqual([
      { text: '金泉热力三日内排查换热站', responsibleUnit: { id: 'unit-jinquan' } },
    ]);
    await Promise.all([wall.stop(), unitScreen.stop()]);
  });

  it('is run by a leader only, and checks what it is given', async () => {
    const [staff, leader] = await Promise.all([login(server.url, 'jinquan1'), login(server.url, 'leader')]);
    const CREATE =
      'mutation($u: [ID!]!) { createMeeting(title: "会", startsAt: "2026-12-01T01:00:00Z", unitIds: $u) { id } }';
    expect(codeOf(await gql(server.url, CREATE, { u: [] }, staff))).toBe('FORBIDDEN');
    const bad = await gql(server.url, CREATE, { u: ['unit-nowhere'] }, leader);
    expect([codeOf(bad), bad.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'unitIds']);
    expect(codeOf(await gql(server.url, '{ meeting(id: "999") { id } }', {}, leader))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.url, '{ proposedAgenda { weight } }', {}, staff))).toBe('FORBIDDEN');
  });
});

const pick = (p: { reasons: string[]; ticketIds: string[]; stationId: string | null }) => ({
  reasons: p.reasons,
  ticketIds: p.ticketIds,
  stationId: p.stationId,
});
const decision = (days: number) => ({
  text: '金泉热力三日内排查换热站',
  responsibleUnitId: 'unit-jinquan',
  dueAt: new Date(Date.now() + days * 24 * 3600_000).toISOString(),
  issueNotice: true,
});
