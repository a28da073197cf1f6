import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok, type GqlResult } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { subscribe, until } from './support/ws.js';

/**
 * One read rule and one mask on every path that reaches a ticket or an event: walked from the
 * public schema, so a new path without a probe here fails the first test.
 */
const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const TICKET_TYPES = new Set(['Ticket', 'TicketEvent', 'BoardEvent']);

/** Root fields whose answer can hold a ticket or an event, however deep. */
function pathsToTickets(root: GraphQLObjectType | null | undefined): string[] {
  const reaches = new Map<string, boolean>();
  const visit = (type: GraphQLNamedType): boolean => {
    if (TICKET_TYPES.has(type.name)) return true;
    if (!isObjectType(type)) return false;
    if (reaches.has(type.name)) return reaches.get(type.name)!;
    reaches.set(type.name, false);
    const found = Object.values(type.getFields()).some((f) => visit(getNamedType(f.type)));
    reaches.set(type.name, found);
    return found;
  };
  return Object.values(root?.getFields() ?? {})
    .filter((f) => visit(getNamedType(f.type)))
    .map((f) => f.name)
    .sort();
}

/**
 * Every field of a type, objects expanded to `depth`, then to their ids (or their scalars); a
 * unit's members are another rule's. Deep enough for every personal field, within the cost limit.
 */
function everything(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((f: GraphQLField<unknown, unknown>) => {
    if (f.name === 'members' || f.args.some((a) => a.type.toString().endsWith('!'))) return [];
    const named = getNamedType(f.type);
    if (!isObjectType(named)) return [f.name];
    if (depth > 0) return [`${f.name} { ${everything(named, depth - 1)} }`];
    if ('id' in named.getFields()) return [`${f.name} { id }`];
    // A list of values without ids (a linked call's history) is read at the level above instead.
    if (isListType(getNullableType(f.type))) return [];
    // A value without an id of its own (an address) is read whole.
    const scalars = Object.values(named.getFields()).filter((g) => !isObjectType(getNamedType(g.type)));
    return scalars.length ? [`${f.name} { ${scalars.map((g) => g.name).join(' ')} }`] : [];
  });
  return fields.join(' ');
}

const TICKET = everything(schema.getType('Ticket') as GraphQLObjectType, 1);
const EVENT = everything(schema.getType('BoardEvent') as GraphQLObjectType, 1);
const NOTICE = everything(schema.getType('Notice') as GraphQLObjectType, 1);
const VISIT = everything(schema.getType('Visit') as GraphQLObjectType, 1);

// A meeting's agenda holds up to 30 × 50 tickets: its probes read each ticket's personal fields only.
const AGENDA_TICKET = 'id callerName callerPhone address { room } description resolution reopenReason';
// An incident holds many calls: its probes read each call's personal fields, and its crews' phones.
const INCIDENT = `${everything(schema.getType('Incident') as GraphQLObjectType, 0)} tickets { ${AGENDA_TICKET} } crews { phone } timeline { type ticketId actor { id username } changes { field from to } ticket { ${AGENDA_TICKET} } }`;
const PROPOSED = `station { id } since tickets { ${AGENDA_TICKET} }`;
// Up to 50 incidents of up to 50 calls: the list's probe reads the fields a mask must hide.
const INCIDENT_LISTED = 'id publicNotice tickets { id callerName callerPhone description resolution } crews { phone }';

const CALLER = {
  name: '欧阳明远',
  phone: '13912340987',
  otherPhone: '13787654321',
  room: 'R-8817',
};

/** Every string anywhere in an answer. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every value of a key anywhere in an answer. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesOf(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)]);
  return [];
}

const clearText = (answers: unknown) =>
  strings(answers).filter((s) =>
    [CALLER.name, CALLER.phone, CALLER.otherPhone, CALLER.room].some((secret) => s.includes(secret)),
  );

describe('what a key and a unit that refused a ticket can read of it', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;
  const tokens: Record<string, string> = {};
  let key: string;
  let refused: string;
  let marker: string;
  let notice: string;
  let visit: string;
  let meeting: string;
  let incident: string;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    for (const u of ['desk', 'admin', 'jinquan1', 'xingping1', 'leader', 'supervisor'])
      tokens[u] = await login(server.url, u);
    key = (
      await ok(
        server.url,
        'mutation { createApiKey(name: "crm", scopes: ["tickets:read", "places:read"]) { key } }',
        {},
        tokens.admin,
      )
    ).createApiKey.key;
    const as = (user: string, query: string, variables: Record<string, unknown>) =>
      ok(server.url, query, variables, tokens[user]);

    // Finding 1's path: desk → Jinquan, Jinquan refuses, desk → Xingping, Xingping claims and resolves.
    const input = {
      kind: 'COMPLAINT',
      category: 'NO_HEAT',
      channel: 'MAYOR_HOTLINE',
      complexity: 'GENERAL',
      callerName: CALLER.name,
      callerPhone: CALLER.phone,
      compoundId: 'cp-001',
      address: { building: '3', unit: '2', room: CALLER.room, text: `电话 ${CALLER.otherPhone}` },
      description: `暖气不热，家人电话 ${CALLER.otherPhone}`,
    };
    refused = (await as('desk', 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: input }))
      .createTicket.id;
    const transfer = 'mutation($id: ID!, $u: ID!) { transferTicket(id: $id, unitId: $u, note: "请处理") { id } }';
    await as('desk', transfer, { id: refused, u: 'unit-jinquan' });
    await as(
      'jinquan1',
      `mutation($id: ID!) { rejectTransfer(id: $id, reason: NOT_OUR_AREA, note: "用户 ${CALLER.phone} 属兴平") { id } }`,
      { id: refused },
    );
    await as('desk', transfer, { id: refused, u: 'unit-xingping' });
    await as('xingping1', 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: refused });
    await as(
      'xingping1',
      `mutation($id: ID!) { resolveTicket(id: $id, onSite: true, resolution: "已修，回访 ${CALLER.phone}") { id } }`,
      { id: refused },
    );
    // A later ticket of Jinquan's own: once its event arrives, everything before it has.
    marker = (
      await as('desk', 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
        i: { ...input, callerName: '李四', callerPhone: '13500000000', address: null, description: '暖气漏水' },
      })
    ).createTicket.id;
    await as('desk', transfer, { id: marker, u: 'unit-jinquan' });
    // A supervision notice and a site visit about the refused ticket: each shows its tickets.
    notice = (
      await as('leader', 'mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { id } }', {
        i: {
          unitId: 'unit-xingping',
          subject: '督办',
          requirement: '整改',
          dueAt: new Date(Date.now() + 86_400_000),
          ticketIds: [refused],
        },
      })
    ).issueNotice.id;
    const inspector = (await as('supervisor', '{ viewer { id } }', {})).viewer.id;
    visit = (
      await as('supervisor', 'mutation($i: PlanVisitInput!) { planVisit(input: $i) { id } }', {
        i: { compoundId: 'cp-001', ticketIds: [refused], at: new Date(), inspectorIds: [inspector] },
      })
    ).planVisit.id;
    // A special-topic meeting in session with the refused ticket on its agenda.
    meeting = (
      await as(
        'leader',
        'mutation($at: DateTimeISO!) { createMeeting(title: "专题会", startsAt: $at, unitIds: []) { id } }',
        {
          at: new Date(),
        },
      )
    ).createMeeting.id;
    await as('leader', 'mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, item: $i) { id } }', {
      m: meeting,
      i: { ticketIds: [refused, marker] },
    });
    await as('leader', 'mutation($m: ID!) { startMeeting(meetingId: $m) { id } }', { m: meeting });
    // An incident over Wenfeng's station with both calls attached.
    incident = (
      await as('desk', 'mutation($i: DeclareIncidentInput!) { declareIncident(input: $i) { id } }', {
        i: {
          kind: 'STATION_FAULT',
          stationId: 'st-002',
          summary: '换热站故障',
          publicNotice: '正在抢修',
          leadUnitId: 'unit-jinquan',
          ticketIds: [refused, marker],
        },
      })
    ).declareIncident.id;
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.remove();
  });

  /** Every root field that reaches a ticket or an event, read as `credential`. */
  const probes: Record<string, (credential: string, connectionParams: Record<string, unknown>) => Promise<unknown>> = {
    ticket: (c) => gql(server.url, `query($id: ID!) { ticket(id: $id) { ${TICKET} } }`, { id: refused }, c),
    tickets: (c) => gql(server.url, `{ tickets(first: 3) { edges { node { ${TICKET} } } totalCount } }`, {}, c),
    boardTickets: (c) => gql(server.url, `{ boardTickets(first: 3) { edges { node { ${TICKET} } } } }`, {}, c),
    recentBoardEvents: (c) => gql(server.url, `{ recentBoardEvents(last: 20) { ${EVENT} } }`, {}, c),
    notices: (c) => gql(server.url, `{ notices { ${NOTICE} } }`, {}, c),
    notice: (c) => gql(server.url, `query($id: ID!) { notice(id: $id) { ${NOTICE} } }`, { id: notice }, c),
    visits: (c) =>
      gql(
        server.url,
        `query($f: DateTimeISO!, $t: DateTimeISO!) { visits(from: $f, to: $t) { ${VISIT} } }`,
        {
          f: new Date(Date.now() - 86_400_000),
          t: new Date(Date.now() + 86_400_000),
        },
        c,
      ),
    visit: (c) => gql(server.url, `query($id: ID!) { visit(id: $id) { ${VISIT} } }`, { id: visit }, c),
    meetings: (c) => gql(server.url, `{ meetings(last: 1) { id items { tickets { ${AGENDA_TICKET} } } } }`, {}, c),
    meeting: (c) =>
      gql(
        server.url,
        `query($id: ID!) { meeting(id: $id) { items { tickets { ${AGENDA_TICKET} } } } }`,
        { id: meeting },
        c,
      ),
    incidents: (c) => gql(server.url, `{ incidents { ${INCIDENT_LISTED} } }`, {}, c),
    incident: (c) => gql(server.url, `query($id: ID!) { incident(id: $id) { ${INCIDENT} } }`, { id: incident }, c),
    incidentsAt: (c) => gql(server.url, `{ incidentsAt(compoundId: "cp-001") { ${INCIDENT_LISTED} } }`, {}, c),
    proposedIncidents: (c) => gql(server.url, `{ proposedIncidents { ${PROPOSED} } }`, {}, c),
    currentMeeting: (c) => gql(server.url, `{ currentMeeting { items { tickets { ${AGENDA_TICKET} } } } }`, {}, c),
    boardEvents: async (_c, params) => {
      const s = subscribe(
        server.wsUrl,
        params,
        `subscription($ids: [ID!]) { boardEvents(since: "0", filter: { ticketIds: $ids }) { ${EVENT} } }`,
        { ids: [refused, marker] },
      );
      try {
        // Waits for the marker's registration or transfer; the refused ticket's events come before it.
        await until(
          () => s.items.some((e) => e.ticketId === marker && e.type === 'TICKET_TRANSFERRED') || s.errors.length > 0,
          'the marker ticket’s transfer',
        );
        return { items: s.items, errors: s.errors };
      } finally {
        await s.stop();
      }
    },
  };

  it('has a probe for every root field that reaches a ticket or an event', () => {
    const roots = [...pathsToTickets(schema.getQueryType()), ...pathsToTickets(schema.getSubscriptionType())];
    expect(roots.sort()).toEqual(Object.keys(probes).sort());
  });

  it('shows an API key no caller name, phone, room or login name on any path', async () => {
    const answers = await Promise.all(Object.values(probes).map((p) => p(key, { token: key })));
    expect(JSON.stringify(answers)).toContain(refused); // the key does read the ticket…
    expect(clearText(answers)).toEqual([]); // …masked
    expect(valuesOf(answers, 'username').filter((u) => u !== null)).toEqual([]);
    expect(valuesOf(answers, 'callerPhone')).toContain('139****0987');
    expect(valuesOf(answers, 'errors').flat()).toEqual([]);
  });

  it('shows the unit that refused the ticket only that it left, on every path', async () => {
    const jinquan = tokens.jinquan1!;
    const ticket = (await probes.ticket!(jinquan, {})) as GqlResult;
    expect(codeOf(ticket)).toBe('FORBIDDEN');

    // A meeting's agenda shows the unit its own ticket and not the one it refused.
    const agenda = ((await probes.meeting!(jinquan, {})) as GqlResult).data.meeting.items[0].tickets.map(
      (t: { id: string }) => t.id,
    );
    expect(agenda).toEqual([marker]);

    // So does an incident's list of attached calls, though the incident counts both.
    const attached = ((await probes.incident!(jinquan, {})) as GqlResult).data.incident;
    expect(attached.tickets.map((t: { id: string }) => t.id)).toEqual([marker]);
    expect(attached.ticketCount).toBe(2);
    // Its timeline shows the unit its own call's attachment, nothing of the one it refused.
    expect(attached.timeline.filter((e: { ticketId: string | null }) => e.ticketId !== null)).toEqual([
      expect.objectContaining({ type: 'TICKET_ATTACHED', ticketId: marker }),
    ]);

    for (const list of ['tickets', 'boardTickets']) {
      const answer = (await probes[list]!(jinquan, {})) as GqlResult;
      const ids = answer.data[list].edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toContain(marker);
      expect(ids).not.toContain(refused);
    }

    for (const events of [
      ((await probes.recentBoardEvents!(jinquan, {})) as GqlResult).data.recentBoardEvents,
      ((await probes.boardEvents!(jinquan, { token: jinquan })) as { items: unknown[] }).items,
    ] as Array<Array<{ ticketId: string; type: string; ticket: unknown; changes: unknown[]; actor: unknown }>>) {
      const ofRefused = events.filter((e) => e.ticketId === refused);
      // Only the refusal that took it away, without the ticket, its changes or who made it.
      expect(ofRefused.map((e) => [e.type, e.ticket, e.changes, e.actor])).toEqual([
        ['TICKET_TRANSFER_REFUSED', null, [], null],
      ]);
      expect(events.some((e) => e.ticketId === marker && e.ticket !== null)).toBe(true);
      expect(clearText(ofRefused)).toEqual([]);
    }
  });
});
