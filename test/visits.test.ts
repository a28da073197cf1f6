import { describe, expect, it } from 'vitest';
import { gql, ok } from './support/graphql.js';
import { serverForSuite } from './support/server.js';
import { registerForJinquan } from './support/tickets.js';
import { boards, eventsBefore, logins, refusal } from './support/room.js';
import { until } from './support/ws.js';

const VISIT =
  'id status at compound { id } station { id } unit { id } tickets { id } inspectors { id displayName } findings outcome readings { place celsius at belowStandard } notice { id number status unit { id } requirement dueAt } actions';
const PLAN = `mutation($i: PlanVisitInput!) { planVisit(input: $i) { ${VISIT} } }`;
const START = `mutation($id: ID!) { startVisit(id: $id) { ${VISIT} } }`;
const RECORD = `mutation($id: ID!, $i: RecordVisitInput!) { recordVisit(id: $id, input: $i) { ${VISIT} } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelVisit(id: $id, reason: $r) { ${VISIT} } }`;

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** Issue 11, site supervision visits (现场督查): planned unannounced, recorded with readings, RECTIFY issues a notice. */
describe('site supervision visits', () => {
  const server = serverForSuite();
  const userId = async (token: string) => (await ok(server.url, '{ viewer { id } }', {}, token)).viewer.id as string;

  it('records a 16 °C reading flagged, and RECTIFY issues a notice to the unit that runs the compound', async () => {
    const [desk, leader, supervisor, head, staff, other] = await logins(
      server.url,
      'desk',
      'leader',
      'supervisor',
      'jinquan-head',
      'jinquan1',
      'xingping1',
    );
    const ticket = await registerForJinquan(server.url, desk, { callerPhone: '13812340000' });
    const [wall, unit, elsewhere] = await boards(server, leader, staff, other);
    const planned = (
      await ok(
        server.url,
        PLAN,
        { i: { compoundId: 'cp-001', ticketIds: [ticket.id], at: at(1), inspectorIds: [await userId(supervisor)] } },
        supervisor,
      )
    ).planVisit;
    expect(planned).toMatchObject({
      status: 'PLANNED',
      compound: { id: 'cp-001' },
      station: null,
      unit: { id: 'unit-jinquan' },
      tickets: [{ id: ticket.id }],
      inspectors: [{ displayName: '督查员 马振华' }],
      actions: ['START', 'CANCEL'],
    });
    const id = planned.id as string;
    const [plan] = await wall.waitFor(1, 'the plan on the leader’s board');
    expect(plan).toMatchObject({ type: 'VISIT_PLANNED', ticketId: null, roomUnitId: null });

    // Unannounced: the unit neither lists nor reads it, and is told nothing of it.
    const range = { from: at(-24), to: at(24) };
    const VISITS = 'query($from: DateTimeISO!, $to: DateTimeISO!) { visits(from: $from, to: $to) { id status } }';
    expect((await ok(server.url, VISITS, range, head)).visits).toEqual([]);
    expect(refusal(await gql(server.url, `query($id: ID!) { visit(id: $id) { id } }`, { id }, head))).toBe('NOT_FOUND');
    expect((await ok(server.url, VISITS, range, leader)).visits).toContainEqual({ id, status: 'PLANNED' });

    // Its inspector starts and records it; another leader may not.
    expect(refusal(await gql(server.url, START, { id }, leader))).toBe('FORBIDDEN');
    expect(
      refusal(
        await gql(server.url, RECORD, { id, i: { findings: '室温偏低', readings: [], outcome: 'OK' } }, supervisor),
      ),
    ).toBe('INVALID_TRANSITION PLANNED');
    expect((await ok(server.url, START, { id }, supervisor)).startVisit.status).toBe('UNDER_WAY');
    const [started] = await unit.waitFor(1, 'the visit under way on the unit’s board');
    expect(started).toMatchObject({ type: 'VISIT_STARTED', roomUnitId: 'unit-jinquan' });
    expect((await ok(server.url, VISITS, range, head)).visits).toEqual([{ id, status: 'UNDER_WAY' }]);

    const readings = [
      { place: '3号楼 2单元 501 客厅', celsius: 16, at: at(0) },
      { place: '3号楼 2单元 302 客厅', celsius: 19.5, at: at(0) },
    ];
    const done = (
      await ok(
        server.url,
        RECORD,
        { id, i: { findings: '二次网循环不畅，末端室温偏低。', readings, outcome: 'RECTIFY' } },
        supervisor,
      )
    ).recordVisit;
    expect(done).toMatchObject({
      status: 'DONE',
      outcome: 'RECTIFY',
      findings: '二次网循环不畅，末端室温偏低。',
      actions: [],
    });
    expect(done.readings.map((r: { celsius: number; belowStandard: boolean }) => [r.celsius, r.belowStandard])).toEqual(
      [
        [16, true],
        [19.5, false],
      ],
    );
    expect(done.notice).toMatchObject({ status: 'ISSUED', unit: { id: 'unit-jinquan' } });
    expect(done.notice.number).toMatch(/^督〔\d{4}〕001$/);
    expect(done.notice.requirement).toContain('3号楼 2单元 501 客厅：16 °C');
    expect(new Date(done.notice.dueAt).getTime()).toBeGreaterThan(Date.now());

    // The notice is the unit head's to acknowledge, with the visit's tickets.
    const n = (
      await ok(
        server.url,
        'query($id: ID!) { notice(id: $id) { visitId actions tickets { id } } }',
        { id: done.notice.id },
        head,
      )
    ).notice;
    expect(n).toEqual({ visitId: id, actions: ['ACKNOWLEDGE'], tickets: [{ id: ticket.id }] });

    for (const screen of [wall, unit]) {
      const events = await until(
        () => screen.items.some((e: { type: string }) => e.type === 'VISIT_RECORDED'),
        'the record on the board',
      ).then(() => screen.items);
      const types = events.map((e: { type: string }) => e.type).filter((t: string) => t !== 'VISIT_PLANNED');
      expect(types).toEqual(['VISIT_STARTED', 'NOTICE_ISSUED', 'VISIT_RECORDED']);
    }
    expect(unit.items.map((e: { type: string }) => e.type)).not.toContain('VISIT_PLANNED');
    expect(await eventsBefore(elsewhere, () => ok(server.url, 'mutation { signIn { status } }', {}, other))).toEqual(
      [],
    );
    await Promise.all([wall.stop(), unit.stop(), elsewhere.stop()]);

    const DONE = 'query($from: DateTimeISO!, $to: DateTimeISO!) { visitsDone(from: $from, to: $to) }';
    expect((await ok(server.url, DONE, range, leader)).visitsDone).toBe(1);
    expect((await ok(server.url, DONE, range, other)).visitsDone).toBe(0);
  });

  it('visits a station of the unit that runs it; an OK outcome issues nothing; a plan may be called off', async () => {
    const [leader, supervisor] = await logins(server.url, 'leader', 'supervisor');
    const compounds = (await ok(server.url, '{ compounds { id station { id } } }', {}, leader)).compounds;
    const { station } = compounds.find((c: { id: string }) => c.id === 'cp-001');
    const i = { stationId: station.id, at: at(2), inspectorIds: [await userId(leader)] };
    const v = (await ok(server.url, PLAN, { i }, supervisor)).planVisit;
    expect(v).toMatchObject({ station: { id: station.id }, compound: null, unit: { id: 'unit-jinquan' } });
    await ok(server.url, START, { id: v.id }, leader);
    const ok1 = (await ok(server.url, RECORD, { id: v.id, i: { findings: '运行正常', outcome: 'OK' } }, leader))
      .recordVisit;
    expect(ok1).toMatchObject({ status: 'DONE', outcome: 'OK', notice: null, readings: [] });

    // Two records at once: one is taken, the other finds the visit done; one notice at most.
    const twice = (await ok(server.url, PLAN, { i }, supervisor)).planVisit;
    await ok(server.url, START, { id: twice.id }, leader);
    const both = await Promise.all(
      (['RECTIFY', 'OK'] as const).map((outcome) =>
        gql(server.url, RECORD, { id: twice.id, i: { findings: '复查', outcome } }, leader),
      ),
    );
    expect(both.map((r) => (r.errors ? refusal(r) : 'DONE')).sort()).toEqual(['DONE', 'INVALID_TRANSITION DONE']);
    const NOTICES = '{ notices(unitId: "unit-jinquan") { visitId } }';
    const issued = (await ok(server.url, NOTICES, {}, leader)).notices.filter(
      (n: { visitId: string | null }) => n.visitId === twice.id,
    );
    expect(issued).toHaveLength(both.find((r) => !r.errors)!.data.recordVisit.outcome === 'RECTIFY' ? 1 : 0);

    const off = (await ok(server.url, PLAN, { i }, leader)).planVisit;
    expect((await ok(server.url, CANCEL, { id: off.id, r: '改期' }, supervisor)).cancelVisit.status).toBe('CANCELLED');
    expect(refusal(await gql(server.url, START, { id: off.id }, leader))).toBe('INVALID_TRANSITION CANCELLED');
  });

  it('is planned by a supervisor or a leader, and checks what it is given', async () => {
    const [desk, leader, supervisor, head] = await logins(server.url, 'desk', 'leader', 'supervisor', 'jinquan-head');
    const me = await userId(supervisor);
    const plan = { compoundId: 'cp-001', at: at(1), inspectorIds: [me] };
    for (const who of [desk, head]) expect(refusal(await gql(server.url, PLAN, { i: plan }, who))).toBe('FORBIDDEN');
    for (const [over, field] of [
      [{ stationId: 'st-001' }, 'compoundId'],
      [{ compoundId: null }, 'compoundId'],
      [{ compoundId: 'cp-nowhere' }, 'compoundId'],
      [{ inspectorIds: [] }, 'inspectorIds'],
      [{ inspectorIds: [await userId(head)] }, 'inspectorIds'],
      [{ ticketIds: ['99999999'] }, 'ticketIds'],
    ] as const)
      expect(refusal(await gql(server.url, PLAN, { i: { ...plan, ...over } }, supervisor))).toBe(
        `BAD_USER_INPUT ${field}`,
      );

    const { id } = (await ok(server.url, PLAN, { i: plan }, supervisor)).planVisit;
    await ok(server.url, START, { id }, supervisor);
    for (const [input, field] of [
      [{ findings: ' ', outcome: 'OK' }, 'findings'],
      [{ findings: '查\u0007', outcome: 'OK' }, 'findings'],
      [{ findings: '查', outcome: 'OK', readings: [{ place: '501', celsius: 99, at: at(0) }] }, 'readings.0.celsius'],
      [{ findings: '查', outcome: 'OK', readings: [{ place: ' ', celsius: 17, at: at(0) }] }, 'readings.0.place'],
      [{ findings: '查', outcome: 'RECTIFY', rectifyBy: at(-1) }, 'rectifyBy'],
    ] as const)
      expect(refusal(await gql(server.url, RECORD, { id, i: input }, supervisor))).toBe(`BAD_USER_INPUT ${field}`);
    expect(refusal(await gql(server.url, CANCEL, { id, r: '' }, supervisor))).toBe('BAD_USER_INPUT reason');
    expect(refusal(await gql(server.url, CANCEL, { id, r: '改期' }, head))).toBe('FORBIDDEN');
    const VISITS = 'query($from: DateTimeISO!, $to: DateTimeISO!) { visits(from: $from, to: $to) { id } }';
    expect(refusal(await gql(server.url, VISITS, { from: at(0), to: at(-1) }, leader))).toBe('BAD_USER_INPUT to');
    expect(refusal(await gql(server.url, VISITS, { from: at(0), to: at(24 * 365) }, leader))).toBe('BAD_USER_INPUT to');
    expect(refusal(await gql(server.url, '{ visit(id: "999999") { id } }', {}, leader))).toBe('NOT_FOUND');
  });
});
