import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, ok } from './support/graphql.js';
import { serverForSuite, startServer, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl } from './support/services.js';
import { registerForJinquan } from './support/tickets.js';
import { boards, eventsBefore, logins, refusal } from './support/room.js';

const NOTICE =
  'id number status subject requirement dueAt unit { id } tickets { id callerPhone } returnCount returnReason rectification verificationNote overdue actions';
const ISSUE = `mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { ${NOTICE} } }`;
const ACK = `mutation($id: ID!) { acknowledgeNotice(id: $id) { ${NOTICE} } }`;
const RECTIFY = `mutation($id: ID!, $t: String!) { reportRectification(id: $id, text: $t) { ${NOTICE} } }`;
const RETURN = `mutation($id: ID!, $r: String!, $d: DateTimeISO!) { returnNotice(id: $id, reason: $r, newDueAt: $d) { ${NOTICE} } }`;
const VERIFY = `mutation($id: ID!, $n: String) { verifyNotice(id: $id, note: $n) { ${NOTICE} } }`;

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();
const year = () => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date());

const notice = (over: Record<string, unknown> = {}) => ({
  unitId: 'unit-jinquan',
  subject: '文丰小区室温不达标',
  requirement: '三日内排查二次网并提高供水温度，书面回复。',
  dueAt: inDays(3),
  ticketIds: [],
  ...over,
});

/** Issue 11, supervision notices (督办通知单): numbered per year, their life on the board, each refusal coded. */
describe('supervision notices', () => {
  const server = serverForSuite();

  it('numbers notices per year: the first two are 001 and 002, concurrent ones each their own', async () => {
    const leader = await login(server.url, 'leader');
    const first = (await ok(server.url, ISSUE, { i: notice() }, leader)).issueNotice;
    const second = (await ok(server.url, ISSUE, { i: notice() }, leader)).issueNotice;
    expect([first.number, second.number]).toEqual([`督〔${year()}〕001`, `督〔${year()}〕002`]);

    const together = await Promise.all(Array.from({ length: 6 }, () => ok(server.url, ISSUE, { i: notice() }, leader)));
    const numbers = together.map((r) => r.issueNotice.number as string).sort();
    expect(numbers).toEqual([3, 4, 5, 6, 7, 8].map((n) => `督〔${year()}〕00${n}`));
  });

  it('lives issued → acknowledged → rectified → returned → rectified → verified, on the unit’s and the leader’s boards only', async () => {
    const [desk, leader, supervisor, head, staff, other] = await logins(
      server.url,
      'desk',
      'leader',
      'supervisor',
      'jinquan-head',
      'jinquan1',
      'xingping1',
    );
    const ticket = await registerForJinquan(server.url, desk, { callerPhone: '13912340987' });
    const [wall, unit, elsewhere] = await boards(server, leader, staff, other);

    const issued = (
      await ok(server.url, ISSUE, { i: notice({ ticketIds: [ticket.id], compoundId: 'cp-001' }) }, leader)
    ).issueNotice;
    expect(issued).toMatchObject({
      status: 'ISSUED',
      unit: { id: 'unit-jinquan' },
      tickets: [{ id: ticket.id, callerPhone: '13912340987' }],
      overdue: false,
      actions: [],
    });
    const id = issued.id as string;
    for (const screen of [wall, unit]) {
      const [e] = await screen.waitFor(1, 'the notice on the board');
      expect(e).toMatchObject({ type: 'NOTICE_ISSUED', ticketId: null, roomUnitId: 'unit-jinquan', ticket: null });
      expect(e.actorName).toBe('市领导 李建国');
    }
    // The head sees what they may do; the unit's list holds it.
    expect(
      (await ok(server.url, `query($id: ID!) { notice(id: $id) { actions } }`, { id }, head)).notice.actions,
    ).toEqual(['ACKNOWLEDGE']);
    expect((await ok(server.url, '{ notices { id } }', {}, staff)).notices.map((n: { id: string }) => n.id)).toContain(
      id,
    );

    // Only the head of the unit acknowledges; nobody verifies what is not reported.
    expect(refusal(await gql(server.url, ACK, { id }, staff))).toBe('FORBIDDEN');
    expect(refusal(await gql(server.url, VERIFY, { id }, supervisor))).toBe('INVALID_TRANSITION ISSUED');
    expect((await ok(server.url, ACK, { id }, head)).acknowledgeNotice.status).toBe('ACKNOWLEDGED');
    expect(refusal(await gql(server.url, ACK, { id }, head))).toBe('INVALID_TRANSITION ACKNOWLEDGED');

    const done = await ok(server.url, RECTIFY, { id, t: '已调整换热站参数，室温 19 °C。' }, head);
    expect(done.reportRectification).toMatchObject({
      status: 'RECTIFIED',
      rectification: '已调整换热站参数，室温 19 °C。',
    });
    expect(refusal(await gql(server.url, RETURN, { id, r: '复查', d: inDays(-1) }, supervisor))).toBe(
      'BAD_USER_INPUT newDueAt',
    );
    expect(refusal(await gql(server.url, RETURN, { id, r: ' ', d: inDays(2) }, supervisor))).toBe(
      'BAD_USER_INPUT reason',
    );
    expect(refusal(await gql(server.url, RETURN, { id, r: '复查', d: inDays(2) }, head))).toBe('FORBIDDEN');
    const newDue = inDays(2);
    const back = (await ok(server.url, RETURN, { id, r: '复查三户仍低于 18 °C', d: newDue }, supervisor)).returnNotice;
    expect(back).toMatchObject({ status: 'ACKNOWLEDGED', returnCount: 1, returnReason: '复查三户仍低于 18 °C' });
    expect(new Date(back.dueAt).toISOString()).toBe(newDue);

    await ok(server.url, RECTIFY, { id, t: '已更换循环泵，复测 20 °C。' }, head);
    const verified = (await ok(server.url, VERIFY, { id, n: '复查合格' }, leader)).verifyNotice;
    expect(verified).toMatchObject({ status: 'VERIFIED', verificationNote: '复查合格', actions: [] });

    const life = [
      'NOTICE_ISSUED',
      'NOTICE_ACKNOWLEDGED',
      'NOTICE_RECTIFIED',
      'NOTICE_RETURNED',
      'NOTICE_RECTIFIED',
      'NOTICE_VERIFIED',
    ];
    for (const screen of [wall, unit]) {
      const events = await screen.waitFor(6, 'the notice’s life');
      expect(events.map((e) => [e.type, e.roomUnitId])).toEqual(life.map((t) => [t, 'unit-jinquan']));
    }
    // Another unit's screen: nothing of it before its own officer's sign-in, which every screen sees.
    expect(await eventsBefore(elsewhere, () => ok(server.url, 'mutation { signIn { status } }', {}, other))).toEqual(
      [],
    );
    await Promise.all([wall.stop(), unit.stop(), elsewhere.stop()]);

    // A screen opened afterwards finds it in its feed.
    const recent = (await ok(server.url, '{ recentBoardEvents(last: 20) { type roomUnitId } }', {}, leader))
      .recentBoardEvents;
    expect(recent.filter((e: { type: string }) => e.type.startsWith('NOTICE_')).slice(0, 2)).toEqual([
      { type: 'NOTICE_VERIFIED', roomUnitId: 'unit-jinquan' },
      { type: 'NOTICE_RECTIFIED', roomUnitId: 'unit-jinquan' },
    ]);
  });

  it('shows a unit its own notices, every unit’s to the desk, supervisors and keys, callers masked for keys', async () => {
    const [desk, leader, supervisor, admin, other, otherHead] = await logins(
      server.url,
      'desk',
      'leader',
      'supervisor',
      'admin',
      'xingping1',
      'xingping-head',
    );
    const ticket = await registerForJinquan(server.url, desk, { callerPhone: '13712345678' });
    const { id } = (await ok(server.url, ISSUE, { i: notice({ ticketIds: [ticket.id] }) }, leader)).issueNotice;
    const keyOf = async (unitIds: string[] | null) =>
      (
        await ok(
          server.url,
          'mutation($u: [ID!]) { createApiKey(name: "notices", scopes: ["tickets:read"], unitIds: $u) { key } }',
          { u: unitIds },
          admin,
        )
      ).createApiKey.key as string;
    const [wholeKey, xingpingKey] = await Promise.all([keyOf(null), keyOf(['unit-xingping'])]);

    const ids = async (token: string, args = '') =>
      (await ok(server.url, `{ notices${args} { id } }`, {}, token)).notices.map((n: { id: string }) => n.id);
    for (const reader of [desk, supervisor, wholeKey]) expect(await ids(reader)).toContain(id);
    for (const outsider of [other, otherHead, xingpingKey]) {
      expect(await ids(outsider)).not.toContain(id);
      expect(await ids(outsider, '(unitId: "unit-jinquan")')).toEqual([]);
      expect(refusal(await gql(server.url, `query($id: ID!) { notice(id: $id) { id } }`, { id }, outsider))).toBe(
        'FORBIDDEN',
      );
    }
    expect(await ids(supervisor, '(unitId: "unit-jinquan", status: VERIFIED)')).not.toContain(id);
    expect(await ids(supervisor, '(unitId: "unit-jinquan", status: ISSUED)')).toContain(id);

    // A supervisor reads every unit's tickets, as a leader does, and may move none.
    const seen = (
      await ok(server.url, 'query($id: ID!) { ticket(id: $id) { id actions } }', { id: ticket.id }, supervisor)
    ).ticket;
    expect(seen).toEqual({ id: ticket.id, actions: [] });
    expect(
      refusal(
        await gql(server.url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: ticket.id }, supervisor),
      ),
    ).toBe('FORBIDDEN');

    const byKey = (await ok(server.url, `query($id: ID!) { notice(id: $id) { ${NOTICE} } }`, { id }, wholeKey)).notice;
    expect(byKey.tickets).toEqual([{ id: ticket.id, callerPhone: '137****5678' }]);
    expect(byKey.actions).toEqual([]);
    expect(refusal(await gql(server.url, ACK, { id }, wholeKey))).toBe('FORBIDDEN');
    expect(refusal(await gql(server.url, '{ notice(id: "999999") { id } }', {}, leader))).toBe('NOT_FOUND');
  });

  it('is issued by a leader only, and checks what it is given', async () => {
    const [desk, leader, supervisor, head] = await logins(server.url, 'desk', 'leader', 'supervisor', 'jinquan-head');
    for (const who of [desk, supervisor, head])
      expect(refusal(await gql(server.url, ISSUE, { i: notice() }, who))).toBe('FORBIDDEN');
    for (const [over, field] of [
      [{ subject: '  ' }, 'subject'],
      [{ requirement: '整改\u0007' }, 'requirement'],
      [{ dueAt: inDays(-1) }, 'dueAt'],
      [{ unitId: 'unit-nowhere' }, 'unitId'],
      [{ compoundId: 'cp-nowhere' }, 'compoundId'],
      [{ ticketIds: ['99999999'] }, 'ticketIds'],
      [{ ticketIds: ['x'] }, 'ticketIds'],
    ] as const)
      expect(refusal(await gql(server.url, ISSUE, { i: notice(over) }, leader))).toBe(`BAD_USER_INPUT ${field}`);

    const { id } = (await ok(server.url, ISSUE, { i: notice() }, leader)).issueNotice;
    await ok(server.url, ACK, { id }, head);
    expect(refusal(await gql(server.url, RECTIFY, { id, t: '已处理\u001b' }, head))).toBe('BAD_USER_INPUT text');
    expect(refusal(await gql(server.url, RECTIFY, { id, t: '' }, head))).toBe('BAD_USER_INPUT text');
  });
});

const pgBase = postgresUrl();

describe.runIf(pgBase)('notice numbers on two instances of one PostgreSQL database', () => {
  let db: { url: string; drop: () => Promise<void> };
  let servers: RunningServer[] = [];
  beforeAll(async () => {
    db = await createDatabase(pgBase!);
    const env = { DATABASE_URL: db.url, HEATLINE_DEMO: '1' };
    // One first, so the second finds the database migrated and seeded.
    servers = [await startServer(env)];
    servers.push(await startServer(env));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  it('gives each of a dozen concurrent issues its own number, 001 to 012', async () => {
    const tokens = await Promise.all(servers.map((s) => login(s.url, 'leader')));
    const issued = await Promise.all(
      Array.from({ length: 12 }, (_, i) => ok(servers[i % 2]!.url, ISSUE, { i: notice() }, tokens[i % 2])),
    );
    const numbers = issued.map((r) => r.issueNotice.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `督〔${year()}〕${String(i + 1).padStart(3, '0')}`));
  });
});
