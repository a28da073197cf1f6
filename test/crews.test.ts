import { describe, expect, it } from 'vitest';
import { gql, ok } from './support/graphql.js';
import { serverForSuite } from './support/server.js';
import { boards, eventsBefore, logins, refusal } from './support/room.js';
import { registerForJinquan } from './support/tickets.js';

const CREW = 'id name status members vehicle phone unit { id } ticketId target targetLat targetLon lat lon moves';
const CREWS = `query($u: ID) { crews(unitId: $u) { ${CREW} } }`;
const DISPATCH = `mutation($c: ID!, $t: CrewTargetInput!) { dispatchCrew(crewId: $c, target: $t) { ${CREW} } }`;
const MOVE = `mutation($c: ID!, $to: CrewStatus!) { moveCrew(id: $c, to: $to) { ${CREW} } }`;
const SHARE = `mutation($c: ID!, $lat: Float!, $lon: Float!) { shareCrewPosition(id: $c, lat: $lat, lon: $lon) { ${CREW} } }`;
const WENFENG = { lat: 36.807094, lon: 119.940317 };

/** Issue 12: repair crews (抢修队) on standby, sent by the room, moved through their day by their own staff. */
describe('crews', () => {
  const server = serverForSuite();

  it('are sent by the desk and moved through their day by their unit, each refusal coded, on the right screens', async () => {
    const [desk, leader, water, jinquan, xingping] = await logins(
      server.url,
      'desk',
      'leader',
      'water1',
      'jinquan1',
      'xingping1',
    );
    const [wall, otherUnit] = await boards(server, leader, xingping);
    const crews = (await ok(server.url, CREWS, { u: 'unit-water' }, desk)).crews;
    expect(crews.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      ['自来水抢修队', 'STANDBY'],
      ['自来水管网二队', 'STANDBY'],
    ]);
    // Another unit's staff do not see the water company's crews.
    expect((await ok(server.url, CREWS, { u: 'unit-water' }, jinquan)).crews).toEqual([]);

    const call = await registerForJinquan(server.url, desk, { callerPhone: '13800001111' });
    const crew = crews[0].id;
    const sent = (await ok(server.url, DISPATCH, { c: crew, t: { ticketId: call.id } }, desk)).dispatchCrew;
    expect(sent).toMatchObject({
      status: 'ASSIGNED',
      ticketId: call.id,
      targetLat: WENFENG.lat,
      targetLon: WENFENG.lon,
    });
    expect(sent.moves).toEqual([]); // the desk does not move a unit's crew
    // The water company may not read Jinquan's call, but its crew knows where it goes.
    const seenByCrew = (await ok(server.url, CREWS, { u: 'unit-water' }, water)).crews.find(
      (c: { id: string }) => c.id === sent.id,
    );
    expect(seenByCrew.target).toBe(`${call.number} · 文丰小区`);
    expect(refusal(await gql(server.url, DISPATCH, { c: crew, t: { ticketId: call.id } }, desk))).toBe(
      'INVALID_TRANSITION ASSIGNED',
    );
    expect(refusal(await gql(server.url, DISPATCH, { c: crews[1].id, t: {} }, desk))).toBe('BAD_USER_INPUT ticketId');
    expect(refusal(await gql(server.url, MOVE, { c: crew, to: 'EN_ROUTE' }, jinquan))).toBe('NOT_FOUND');
    expect(refusal(await gql(server.url, MOVE, { c: crew, to: 'EN_ROUTE' }, desk))).toBe('FORBIDDEN');

    const onTheWay = (await ok(server.url, MOVE, { c: crew, to: 'EN_ROUTE' }, water)).moveCrew;
    expect(onTheWay).toMatchObject({ status: 'EN_ROUTE', moves: ['ON_SITE', 'RETURNING'] });
    expect(refusal(await gql(server.url, MOVE, { c: crew, to: 'OFF_DUTY' }, water))).toBe(
      'INVALID_TRANSITION EN_ROUTE',
    );
    const shared = (await ok(server.url, SHARE, { c: crew, lat: 36.8, lon: 119.95 }, water)).shareCrewPosition;
    expect(shared).toMatchObject({ lat: 36.8, lon: 119.95 });
    expect(refusal(await gql(server.url, SHARE, { c: crew, lat: 39.9, lon: 116.4 }, water))).toBe('BAD_USER_INPUT lat');
    await ok(server.url, MOVE, { c: crew, to: 'ON_SITE' }, water);
    await ok(server.url, MOVE, { c: crew, to: 'RETURNING' }, water);
    const back = (await ok(server.url, MOVE, { c: crew, to: 'STANDBY' }, water)).moveCrew;
    expect(back).toMatchObject({ status: 'STANDBY', ticketId: null, targetLat: null });

    // The wall followed the crew; another unit's screen did not.
    const signIn = async () => {
      const [officer] = await logins(server.url, 'construction1');
      await ok(server.url, 'mutation { signIn { status } }', {}, officer);
    };
    const seen = await eventsBefore(wall, signIn);
    expect(seen.filter((t) => t.startsWith('CREW_'))).toEqual([
      'CREW_DISPATCHED',
      'CREW_STATUS',
      'CREW_POSITION',
      'CREW_STATUS',
      'CREW_STATUS',
      'CREW_STATUS',
    ]);
    expect((await eventsBefore(otherUnit, async () => {})).filter((t) => t.startsWith('CREW_'))).toEqual([]);
  });

  it('goes on site with the ticket it was sent to', async () => {
    const [desk, jinquan] = await logins(server.url, 'desk', 'jinquan1');
    const call = await registerForJinquan(server.url, desk, { callerPhone: '13800002222' });
    const crew = (await ok(server.url, CREWS, { u: 'unit-jinquan' }, jinquan)).crews[0].id;
    await ok(server.url, DISPATCH, { c: crew, t: { ticketId: call.id } }, jinquan);
    await ok(server.url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: call.id }, jinquan);
    const onSite = (
      await ok(
        server.url,
        'mutation($id: ID!) { startOnSite(id: $id) { id status crews { id status } } }',
        { id: call.id },
        jinquan,
      )
    ).startOnSite;
    expect(onSite).toEqual({ id: call.id, status: 'ON_SITE', crews: [{ id: crew, status: 'ON_SITE' }] });
  });

  it('are kept by their unit’s head: formed and re-manned; staff may not, and an API key reads no phone', async () => {
    const [head, staff, admin] = await logins(server.url, 'water-head', 'water1', 'admin');
    const input = { name: '夜间抢修队', members: ['甲', '乙'], vehicle: '鲁B·S0001', phone: '13912345678' };
    const CREATE = `mutation($u: ID!, $i: CrewInput!) { createCrew(unitId: $u, input: $i) { ${CREW} } }`;
    const made = (await ok(server.url, CREATE, { u: 'unit-water', i: input }, head)).createCrew;
    expect(made).toMatchObject({ status: 'STANDBY', members: ['甲', '乙'] });
    expect(refusal(await gql(server.url, CREATE, { u: 'unit-water', i: input }, staff))).toBe('FORBIDDEN');
    expect(refusal(await gql(server.url, CREATE, { u: 'unit-jinquan', i: input }, head))).toBe('FORBIDDEN');
    const SET = `mutation($c: ID!, $i: CrewInput!) { setCrewMembers(id: $c, input: $i) { members } }`;
    expect(
      (await ok(server.url, SET, { c: made.id, i: { ...input, members: ['丙'] } }, head)).setCrewMembers.members,
    ).toEqual(['丙']);
    const key = (
      await ok(server.url, 'mutation { createApiKey(name: "map", scopes: ["tickets:read"]) { key } }', {}, admin)
    ).createApiKey.key;
    const seenByKey = (await ok(server.url, CREWS, { u: 'unit-water' }, key)).crews;
    expect(seenByKey.find((c: { id: string }) => c.id === made.id).phone).toBe('139****5678');
  });
});
