import { describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { serverForSuite } from './support/server.js';
import { subscribeFromNow } from './support/ws.js';

const BOARD = `subscription($since: String) {
  boardEvents(since: $since) { seq type ticketId roomUnitId ticket { id } actorName } }`;
const DAY = 'unit { id } status onRoster expectedAt signedInAt officers';

/** Issue 11, sign-in (签到): who of each unit is in the room, against the duty roster, live on the board. */
describe('signing in to the room', () => {
  const server = serverForSuite();

  it('signs a unit’s officer in and out, on the board for every screen in the room', async () => {
    const [officer, leader, otherUnit] = await Promise.all([
      login(server.url, 'jinquan1'),
      login(server.url, 'leader'),
      login(server.url, 'xingping1'),
    ]);
    const [wall, elsewhere] = await Promise.all([
      subscribeFromNow(server.url, server.wsUrl, leader, BOARD),
      subscribeFromNow(server.url, server.wsUrl, otherUnit, BOARD),
    ]);
    const { signIn } = await ok(server.url, `mutation { signIn { ${DAY} } }`, {}, officer);
    expect(signIn.unit.id).toBe('unit-jinquan');
    expect(signIn.officers).toEqual(['金泉热力 杨磊']);
    // On time or late by the demo roster's 08:00 in the city's zone, whenever the test runs.
    expect(signIn.status).toBe(new Date(signIn.signedInAt) > new Date(signIn.expectedAt) ? 'LATE' : 'PRESENT');
    for (const screen of [wall, elsewhere]) {
      const [e] = await screen.waitFor(1, 'the sign-in on the board');
      expect(e).toMatchObject({ type: 'UNIT_SIGNED_IN', ticketId: null, roomUnitId: 'unit-jinquan', ticket: null });
      expect(e.actorName).toBe('金泉热力 杨磊');
    }
    // Signed in already: a second press changes nothing.
    expect(codeOf(await gql(server.url, 'mutation { signIn { status } }', {}, officer))).toBe('INVALID_TRANSITION');

    const { signOut } = await ok(server.url, `mutation { signOut { ${DAY} } }`, {}, officer);
    expect(signOut).toMatchObject({ status: 'LEFT', officers: [] });
    const [, out] = await wall.waitFor(2, 'the sign-out on the board');
    expect(out).toMatchObject({ type: 'UNIT_SIGNED_OUT', roomUnitId: 'unit-jinquan' });
    expect(codeOf(await gql(server.url, 'mutation { signOut { status } }', {}, officer))).toBe('INVALID_TRANSITION');
    await Promise.all([wall.stop(), elsewhere.stop()]);

    // A screen opened afterwards reads the same: the day's attendance and the events in its feed.
    const { attendance } = await ok(server.url, `{ attendance { ${DAY} } }`, {}, leader);
    expect(attendance.find((d: { unit: { id: string } }) => d.unit.id === 'unit-jinquan')).toMatchObject({
      status: 'LEFT',
      onRoster: true,
    });
    const { recentBoardEvents } = await ok(
      server.url,
      '{ recentBoardEvents(last: 2) { type roomUnitId } }',
      {},
      leader,
    );
    expect(recentBoardEvents).toEqual([
      { type: 'UNIT_SIGNED_OUT', roomUnitId: 'unit-jinquan' },
      { type: 'UNIT_SIGNED_IN', roomUnitId: 'unit-jinquan' },
    ]);
  });

  it('is for a unit’s officers only, and refuses what is not a day', async () => {
    const desk = await login(server.url, 'desk');
    const r = await gql(server.url, 'mutation { signIn { status } }', {}, desk);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const bad = await gql(server.url, '{ attendance(date: "2026-13-40") { status } }', {}, desk);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('date');
  });

  it('lets a leader set the duty roster, and checks the shift', async () => {
    const [leader, staff] = await Promise.all([login(server.url, 'leader'), login(server.url, 'price1')]);
    const SET =
      'mutation($w: [Int!]!, $s: String!) { setDutyShift(unitId: "unit-price", weekdays: $w, startsAt: $s) { unit { id } weekdays startsAt } }';
    expect(codeOf(await gql(server.url, SET, { w: [1], s: '09:00' }, staff))).toBe('FORBIDDEN');
    for (const [w, s, field] of [
      [[8], '09:00', 'weekdays'],
      [[], '09:00', 'weekdays'],
      [[1], '9:00', 'startsAt'],
    ] as const) {
      const r = await gql(server.url, SET, { w, s }, leader);
      expect([codeOf(r), r.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    const { setDutyShift } = await ok(server.url, SET, { w: [5, 1, 1], s: '09:30' }, leader);
    expect(setDutyShift).toEqual({ unit: { id: 'unit-price' }, weekdays: [1, 5], startsAt: '09:30' });
    const { dutyRoster } = await ok(server.url, '{ dutyRoster { unit { id } weekdays startsAt } }', {}, staff);
    expect(dutyRoster).toContainEqual(setDutyShift);
    expect(dutyRoster).toHaveLength(7);
  });
});
