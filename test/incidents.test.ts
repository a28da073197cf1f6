import { describe, expect, it } from 'vitest';
import { gql, ok } from './support/graphql.js';
import { serverForSuite } from './support/server.js';
import { boards, eventsBefore, logins, refusal } from './support/room.js';
import { registerForJinquan } from './support/tickets.js';

const INCIDENT = `id kind status summary publicNotice households residents ticketCount resolution
  leadUnit { id } compounds { id } stations { id } tickets { id status resolution }
  tasks { id status text unit { id } afterTaskId claimedByName doneNote }`;
const PROPOSED = '{ proposedIncidents { station { id } tickets { id } compounds { id } since } }';
const DECLARE = `mutation($i: DeclareIncidentInput!) { declareIncident(input: $i) { ${INCIDENT} } }`;
const AT = `query($c: ID!) { incidentsAt(compoundId: $c) { id publicNotice } }`;
const ATTACH = `mutation($i: ID!, $t: ID!) { attachTicket(incidentId: $i, ticketId: $t) { ${INCIDENT} } }`;
const DETACH = `mutation($t: ID!) { detachTicket(ticketId: $t) { id incident { id } } }`;
const ADD_TASK = `mutation($i: AddTaskInput!) { addTask(input: $i) { id status afterTaskId actions } }`;
const CLAIM_TASK = `mutation($id: ID!) { claimTask(id: $id) { id status claimedByName } }`;
const COMPLETE_TASK = `mutation($id: ID!, $n: String) { completeTask(id: $id, note: $n) { id status doneNote } }`;
const RESOLVE = `mutation($id: ID!, $r: String!) { resolveIncident(id: $id, resolution: $r) { ${INCIDENT} } }`;
const APPLY = `mutation($id: ID!) { resolveAttachedTickets(incidentId: $id) { id code ticket { id status resolution } } }`;

const inHours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const wenfengCall = (phone: string) => ({
  callerPhone: phone,
  compoundId: 'cp-001',
  description: '家里暖气突然不热了',
});

/** Issue 12: the Wenfeng burst main (文丰小区), through the API: proposed, declared, co-handled, resolved. */
describe('incidents: one cause, many callers', () => {
  const server = serverForSuite({ HEATLINE_INCIDENT_CALLS: '3' });

  it('proposes one incident for three calls behind one station within minutes, not one per call', async () => {
    const [desk, jinquan, xingping] = await logins(server.url, 'desk', 'jinquan1', 'xingping1');
    const proposedFor = async (station: string) =>
      (await ok(server.url, PROPOSED, {}, desk)).proposedIncidents.filter(
        (p: { station: { id: string } }) => p.station.id === station,
      );
    const first = await registerForJinquan(server.url, desk, wenfengCall('13800000001'));
    // The desk, leaders and the station's operator hear of a proposal once, from the call that
    // completed it (written before it returns); another unit does not.
    const told = async (token = desk) =>
      (await ok(server.url, '{ recentBoardEvents(last: 50) { type roomUnitId } }', {}, token)).recentBoardEvents.filter(
        (e: { type: string }) => e.type === 'INCIDENT_PROPOSED',
      );
    const second = await registerForJinquan(server.url, desk, wenfengCall('13800000002'));
    expect(await proposedFor('st-002')).toEqual([]);
    expect(await told()).toEqual([]);
    const third = await registerForJinquan(server.url, desk, wenfengCall('13800000003'));
    expect(await told()).toEqual([{ type: 'INCIDENT_PROPOSED', roomUnitId: 'unit-jinquan' }]);
    expect(await told(jinquan)).toEqual([{ type: 'INCIDENT_PROPOSED', roomUnitId: 'unit-jinquan' }]);
    expect(await told(xingping)).toEqual([]);
    const found = await proposedFor('st-002');
    expect(found).toHaveLength(1);
    expect(found[0].tickets.map((t: { id: string }) => t.id)).toEqual([first.id, second.id, third.id]);
    expect(found[0].compounds).toEqual([{ id: 'cp-001' }]);
  });

  it('replays Wenfeng: declared over the station, the fourth caller attached, the water company’s task then Jinquan’s, resolved, each call awaiting its own callback', async () => {
    const [desk, leader, water, waterHead, jinquan, xingping] = await logins(
      server.url,
      'desk',
      'leader',
      'water1',
      'water-head',
      'jinquan1',
      'xingping1',
    );
    const [wall, otherUnit] = await boards(server, leader, xingping);
    const proposal = (await ok(server.url, PROPOSED, {}, desk)).proposedIncidents.find(
      (p: { station: { id: string } }) => p.station.id === 'st-002',
    );
    const declared = (
      await ok(
        server.url,
        DECLARE,
        {
          i: {
            kind: 'BURST_MAIN',
            stationId: 'st-002',
            summary: '文丰小区供水主管爆裂，全小区停暖',
            publicNotice: '文丰小区供水管道爆裂，正在抢修，预计两小时内恢复供暖。',
            leadUnitId: 'unit-water',
            ticketIds: proposal.tickets.map((t: { id: string }) => t.id),
          },
        },
        desk,
      )
    ).declareIncident;
    expect(declared).toMatchObject({
      kind: 'BURST_MAIN',
      status: 'OPEN',
      leadUnit: { id: 'unit-water' },
      stations: [{ id: 'st-002' }],
      ticketCount: 3,
    });
    // The station feeds Wenfeng: its households are the incident's.
    expect(declared.compounds).toContainEqual({ id: 'cp-001' });
    expect(declared.households).toBeGreaterThanOrEqual(363);
    // Once declared, the station is not proposed again.
    const again = (await ok(server.url, PROPOSED, {}, desk)).proposedIncidents;
    expect(again.filter((p: { station: { id: string } }) => p.station.id === 'st-002')).toEqual([]);

    // A leader planning a special-topic meeting is offered the incident first, with its calls.
    const agenda = (await ok(server.url, '{ proposedAgenda { reasons incidentId stationId ticketIds } }', {}, leader))
      .proposedAgenda;
    expect(agenda[0]).toMatchObject({ reasons: ['INCIDENT'], incidentId: declared.id, stationId: 'st-002' });
    expect(agenda[0].ticketIds).toHaveLength(3);
    expect(
      agenda.filter(
        (p: { reasons: string[]; stationId: string | null }) =>
          p.reasons.includes('HOT_SPOT') && p.stationId === 'st-002',
      ),
    ).toEqual([]);

    // The fourth caller: the desk sees the incident and its notice for the compound, and attaches the call.
    expect((await ok(server.url, AT, { c: 'cp-001' }, desk)).incidentsAt).toEqual([
      { id: declared.id, publicNotice: declared.publicNotice },
    ]);
    const fourth = await registerForJinquan(server.url, desk, wenfengCall('13800000004'));
    const attached = (await ok(server.url, ATTACH, { i: declared.id, t: fourth.id }, desk)).attachTicket;
    expect(attached.ticketCount).toBe(4);
    // Attaching again is a no-op; another unit may not attach; a call is in one incident only.
    expect((await ok(server.url, ATTACH, { i: declared.id, t: fourth.id }, desk)).attachTicket.ticketCount).toBe(4);
    expect(refusal(await gql(server.url, ATTACH, { i: declared.id, t: fourth.id }, xingping))).toBe('FORBIDDEN');
    const detached = (await ok(server.url, DETACH, { t: fourth.id }, desk)).detachTicket;
    expect(detached).toEqual({ id: fourth.id, incident: null });
    await ok(server.url, ATTACH, { i: declared.id, t: fourth.id }, desk);

    // Co-handling: the water company restores the water, then Jinquan raises temperature and pressure.
    const waterTask = (
      await ok(
        server.url,
        ADD_TASK,
        { i: { incidentId: declared.id, unitId: 'unit-water', text: '抢修爆裂主管，恢复供水', dueAt: inHours(2) } },
        desk,
      )
    ).addTask;
    const heatTask = (
      await ok(
        server.url,
        ADD_TASK,
        {
          i: {
            incidentId: declared.id,
            unitId: 'unit-jinquan',
            text: '供水恢复后提高供水温度和压力',
            dueAt: inHours(4),
            afterTaskId: waterTask.id,
          },
        },
        waterHead,
      )
    ).addTask;
    expect(heatTask.afterTaskId).toBe(waterTask.id);
    expect(refusal(await gql(server.url, CLAIM_TASK, { id: heatTask.id }, jinquan))).toBe('INVALID_TRANSITION OPEN');
    expect(refusal(await gql(server.url, CLAIM_TASK, { id: waterTask.id }, jinquan))).toBe('NOT_FOUND');
    expect((await ok(server.url, CLAIM_TASK, { id: waterTask.id }, water)).claimTask).toMatchObject({
      status: 'CLAIMED',
      claimedByName: '自来水公司 吕刚',
    });
    expect(refusal(await gql(server.url, CLAIM_TASK, { id: waterTask.id }, waterHead))).toBe('ALREADY_CLAIMED');
    await ok(server.url, COMPLETE_TASK, { id: waterTask.id, n: '40分钟恢复供水' }, water);
    expect((await ok(server.url, CLAIM_TASK, { id: heatTask.id }, jinquan)).claimTask.status).toBe('CLAIMED');
    await ok(server.url, COMPLETE_TASK, { id: heatTask.id, n: '已提温提压' }, jinquan);

    // Jinquan sends a crew to its task (to the station).
    const [jinquanHead] = await logins(server.url, 'jinquan-head');
    const jinquanCrew = (await ok(server.url, '{ crews(unitId: "unit-jinquan") { id } }', {}, jinquanHead)).crews[0].id;
    await ok(
      server.url,
      'mutation($c: ID!, $t: CrewTargetInput!) { dispatchCrew(crewId: $c, target: $t) { id } }',
      { c: jinquanCrew, t: { taskId: heatTask.id } },
      jinquanHead,
    );

    // Resolved: each attached call is resolved with the incident's resolution, and awaits its own callback.
    expect(refusal(await gql(server.url, APPLY, { id: declared.id }, jinquan))).toBe('INVALID_TRANSITION OPEN');
    const resolved = (await ok(server.url, RESOLVE, { id: declared.id, r: '主管已修复，供水供暖恢复正常' }, water))
      .resolveIncident;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: '主管已修复，供水供暖恢复正常' });
    expect(resolved.tasks.map((t: { status: string }) => t.status)).toEqual(['DONE', 'DONE']);
    // Its story, oldest first: whole for a leader; the lead unit sees the incident's steps and its own
    // task, not Jinquan's calls or task (the one read rule).
    const storyOf = async (token: string) =>
      (
        await ok(
          server.url,
          'query($id: ID!) { incident(id: $id) { timeline { type ticketId } } }',
          { id: declared.id },
          token,
        )
      ).incident.timeline.map((e: { type: string }) => e.type);
    expect(await storyOf(water)).toEqual([
      'INCIDENT_DECLARED',
      'TASK_ADDED',
      'TASK_CLAIMED',
      'TASK_DONE',
      'INCIDENT_RESOLVED',
    ]);
    expect(await storyOf(leader)).toEqual([
      'INCIDENT_DECLARED',
      'TICKET_ATTACHED',
      'TICKET_ATTACHED',
      'TICKET_ATTACHED',
      'TICKET_ATTACHED',
      'TICKET_DETACHED',
      'TICKET_ATTACHED',
      'TASK_ADDED',
      'TASK_ADDED',
      'TASK_CLAIMED',
      'TASK_DONE',
      'TASK_CLAIMED',
      'TASK_DONE',
      'CREW_DISPATCHED',
      'INCIDENT_RESOLVED',
    ]);
    // The wall shows the newest steps only.
    const newest = await ok(
      server.url,
      'query($id: ID!) { incident(id: $id) { timeline(last: 2) { type } } }',
      { id: declared.id },
      leader,
    );
    expect(newest.incident.timeline).toEqual([{ type: 'CREW_DISPATCHED' }, { type: 'INCIDENT_RESOLVED' }]);
    const applied = (await ok(server.url, APPLY, { id: declared.id }, jinquan)).resolveAttachedTickets;
    expect(applied).toHaveLength(4);
    for (const a of applied)
      expect(a).toMatchObject({
        code: null,
        ticket: { status: 'RESOLVED', resolution: '主管已修复，供水供暖恢复正常' },
      });
    expect(refusal(await gql(server.url, ATTACH, { i: declared.id, t: fourth.id }, desk))).toBe(
      'INVALID_TRANSITION RESOLVED',
    );

    // The wall saw it all; another unit saw the incident (the room's) but none of the water company's tasks.
    // A unit signing in is seen by every screen: once it is there, each has had what came before.
    const signIn = async () => {
      const [officer] = await logins(server.url, 'construction1');
      await ok(server.url, 'mutation { signIn { status } }', {}, officer);
    };
    const seenByWall = await eventsBefore(wall, signIn);
    expect(seenByWall).toEqual(
      expect.arrayContaining([
        'INCIDENT_DECLARED',
        'TICKET_ATTACHED',
        'TICKET_DETACHED',
        'TASK_ADDED',
        'TASK_CLAIMED',
        'TASK_DONE',
        'INCIDENT_RESOLVED',
      ]),
    );
    expect(seenByWall.filter((t) => t === 'TICKET_ATTACHED')).toHaveLength(5);
    const seenElsewhere = await eventsBefore(otherUnit, async () => {});
    expect(seenElsewhere).toContain('INCIDENT_DECLARED');
    expect(seenElsewhere).toContain('INCIDENT_RESOLVED');
    expect(seenElsewhere.filter((t) => t.startsWith('TASK_') || t.startsWith('TICKET_'))).toEqual([]);
  });

  it('refuses bad declarations with stable codes', async () => {
    const [desk, staff] = await logins(server.url, 'desk', 'jinquan1');
    const base = { kind: 'STATION_FAULT', summary: '换热站故障', leadUnitId: 'unit-jinquan' };
    expect(refusal(await gql(server.url, DECLARE, { i: { ...base } }, desk))).toBe('BAD_USER_INPUT stationId');
    expect(
      refusal(
        await gql(server.url, DECLARE, { i: { ...base, stationId: 'st-002', heatSourceId: 'hs-jinquan' } }, desk),
      ),
    ).toBe('BAD_USER_INPUT stationId');
    expect(refusal(await gql(server.url, DECLARE, { i: { ...base, stationId: 'st-999' } }, desk))).toBe(
      'BAD_USER_INPUT stationId',
    );
    expect(
      refusal(await gql(server.url, DECLARE, { i: { ...base, stationId: 'st-002', leadUnitId: 'unit-x' } }, desk)),
    ).toBe('BAD_USER_INPUT leadUnitId');
    expect(refusal(await gql(server.url, DECLARE, { i: { ...base, stationId: 'st-002' } }, staff))).toBe('FORBIDDEN');
    // A heat source's fault covers every station behind it.
    const source = (
      await ok(server.url, DECLARE, { i: { ...base, kind: 'SOURCE_FAULT', heatSourceId: 'hs-jinquan' } }, desk)
    ).declareIncident;
    expect(source.stations.length).toBeGreaterThan(10);
    expect(source.stations).toContainEqual({ id: 'st-002' });
  });
});
