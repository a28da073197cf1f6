import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl } from './support/services.js';

// Urging, extension and pause (催办, 延期) over the API; the ladder's clock steps are driven in
// server/src/modules/tickets/ticket-ladder.service.spec.ts, on a clock the spec turns.

const TICKET = `id status version dueAt overdue escalation urgedCount extensionCount pausedAt pauseReason actions
  pendingExtension { until reason requestedAt }
  events(last: 200) { type at actorName note changes { field from to } }`;

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const TRANSFER = `mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id } }`;
const CLAIM = `mutation($id: ID!) { claimTicket(id: $id) { ${TICKET} } }`;
const REQUEST = `mutation($id: ID!, $until: DateTimeISO!, $reason: String!) {
  requestExtension(id: $id, until: $until, reason: $reason) { ${TICKET} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $note: String) {
  decideExtension(id: $id, approve: $approve, note: $note) { ${TICKET} } }`;
const PAUSE = `mutation($id: ID!, $reason: PauseReason!, $note: String) {
  pauseTicket(id: $id, reason: $reason, note: $note) { ${TICKET} } }`;
const RESUME = `mutation($id: ID!) { resumeTicket(id: $id) { ${TICKET} } }`;
const URGE = `mutation($id: ID!, $note: String) { urgeTicket(id: $id, note: $note) { ${TICKET} } }`;
const RECENT = `{ recentBoardEvents(last: 100) { type ticketId } }`;

const call = {
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '李四',
  callerPhone: '13912345678',
  compoundId: 'cp-001',
  description: '暖气不热',
};

interface Change {
  field: string;
  from: string | null;
  to: string | null;
}
interface Event {
  type: string;
  at: string;
  actorName: string;
  note: string | null;
  changes: Change[];
}
const changeOf = (e: Event | undefined, field: string) => e?.changes.find((c) => c.field === field);
const DAY = 86_400_000;

const pg = postgresUrl();
const backends = [
  {
    name: 'SQLite',
    start: async () => {
      const tmp = tempDir();
      const server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
      return { server, cleanup: async () => void (await server.stop(), tmp.remove()) };
    },
  },
  ...(pg
    ? [
        {
          name: 'PostgreSQL',
          start: async () => {
            const db = await createDatabase(pg);
            const server = await startServer({ DATABASE_URL: db.url, HEATLINE_DEMO: '1' });
            return { server, cleanup: async () => void (await server.stop(), await db.drop()) };
          },
        },
      ]
    : []),
];

describe.each(backends)('urging, extension and pause over GraphQL on $name', (backend) => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({
    ok: <T = any>(q: string, v: Record<string, unknown> = {}) => ok<T>(server.url, q, v, tokens[user]),
    gql: (q: string, v: Record<string, unknown> = {}) => gql(server.url, q, v, tokens[user]),
  });
  const claimed = async () => {
    const { id } = (await as('desk').ok(CREATE, { input: call })).createTicket;
    await as('desk').ok(TRANSFER, { id });
    return (await as('jinquan1').ok(CLAIM, { id })).claimTicket;
  };

  beforeAll(async () => {
    const started = await backend.start();
    server = started.server;
    cleanup = started.cleanup;
    for (const u of ['desk', 'leader', 'jinquan1', 'jinquan-head', 'xingping1']) tokens[u] = await login(server.url, u);
  });
  afterAll(async () => cleanup?.());

  it('extends a deadline: the head asks, the desk approves, dueAt moves and the history holds both deadlines', async () => {
    const t = await claimed();
    const until = new Date(Date.parse(t.dueAt) + 2 * DAY).toISOString();
    expect(t.actions).toEqual(['RELEASE', 'START_ON_SITE', 'RESOLVE', 'PAUSE']);

    const asStaff = await as('jinquan1').gql(REQUEST, { id: t.id, until, reason: '等待配件' });
    expect(codeOf(asStaff)).toBe('FORBIDDEN');
    const tooFar = new Date(Date.parse(t.dueAt) + 30 * DAY).toISOString();
    const far = await as('jinquan-head').gql(REQUEST, { id: t.id, until: tooFar, reason: '等待配件' });
    expect(codeOf(far)).toBe('BAD_USER_INPUT');
    expect(far.errors![0]!.extensions).toMatchObject({ field: 'until', messageKey: 'input.outOfRange' });
    const blank = await as('jinquan-head').gql(REQUEST, { id: t.id, until, reason: ' ' });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(codeOf(await as('desk').gql(DECIDE, { id: t.id, approve: true }))).toBe('INVALID_TRANSITION');

    const asked = (await as('jinquan-head').ok(REQUEST, { id: t.id, until, reason: '等待换热站配件' }))
      .requestExtension;
    expect(asked.pendingExtension).toMatchObject({ until, reason: '等待换热站配件' });
    expect(asked.dueAt).toBe(t.dueAt);
    expect(codeOf(await as('jinquan-head').gql(REQUEST, { id: t.id, until, reason: '再等' }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(await as('jinquan-head').gql(DECIDE, { id: t.id, approve: true }))).toBe('FORBIDDEN');
    expect(asked.actions).toEqual(expect.arrayContaining(['PAUSE']));

    const leaderSees = (await as('leader').ok(`query($id: ID!) { ticket(id: $id) { actions } }`, { id: t.id })).ticket;
    expect(leaderSees.actions).toEqual(['URGE', 'DECIDE_EXTENSION']);

    const approved = (await as('desk').ok(DECIDE, { id: t.id, approve: true, note: '同意延期' })).decideExtension;
    expect(approved).toMatchObject({ dueAt: until, extensionCount: 1, pendingExtension: null, overdue: false });
    const decided: Event = approved.events.at(-1);
    expect(decided.type).toBe('TICKET_EXTENSION_DECIDED');
    expect(changeOf(decided, 'dueAt')).toEqual({ field: 'dueAt', from: t.dueAt, to: until });
    expect(changeOf(decided, 'extensionApproved')).toMatchObject({ to: 'true' });
    const requested: Event = approved.events.at(-2);
    expect(requested.type).toBe('TICKET_EXTENSION_REQUESTED');
    expect(changeOf(requested, 'extensionUntil')).toMatchObject({ from: null, to: until });
    expect(codeOf(await as('desk').gql(DECIDE, { id: t.id, approve: true }))).toBe('INVALID_TRANSITION');
  });

  it('pauses and resumes the clock: the deadline moves by the time paused, recorded in the history', async () => {
    const t = await claimed();
    expect(codeOf(await as('xingping1').gql(PAUSE, { id: t.id, reason: 'WAITING_FOR_CALLER' }))).toBe('FORBIDDEN');
    const other = await as('jinquan1').gql(PAUSE, { id: t.id, reason: 'OTHER' });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const control = await as('jinquan1').gql(PAUSE, { id: t.id, reason: 'WAITING_FOR_CALLER', note: 'a\u0001b' });
    expect(control.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(codeOf(await as('desk').gql(RESUME, { id: t.id }))).toBe('INVALID_TRANSITION');

    const paused = (await as('jinquan1').ok(PAUSE, { id: t.id, reason: 'WAITING_FOR_CALLER', note: '住户不在家' }))
      .pauseTicket;
    expect(paused).toMatchObject({ pauseReason: 'WAITING_FOR_CALLER', overdue: false });
    expect(paused.pausedAt).not.toBeNull();
    expect(paused.actions).toEqual(['RELEASE', 'START_ON_SITE', 'RESUME']);
    expect(codeOf(await as('leader').gql(URGE, { id: t.id }))).toBe('INVALID_TRANSITION');
    const resolve = `mutation($id: ID!) { resolveTicket(id: $id, resolution: "已修复", onSite: false) { id } }`;
    expect(codeOf(await as('jinquan1').gql(resolve, { id: t.id }))).toBe('INVALID_TRANSITION');

    // No waiting: the refused calls above took the paused time, which is what the deadline must move by.
    const resumed = (await as('desk').ok(RESUME, { id: t.id })).resumeTicket;
    expect(resumed).toMatchObject({ pausedAt: null, pauseReason: null });
    const [pauseEvent, resumeEvent]: Event[] = resumed.events.slice(-2);
    expect(pauseEvent!.type).toBe('TICKET_PAUSED');
    expect(resumeEvent!.type).toBe('TICKET_RESUMED');
    const pausedFor = Date.parse(resumeEvent!.at) - Date.parse(pauseEvent!.at);
    expect(pausedFor).toBeGreaterThan(0);
    expect(Date.parse(resumed.dueAt) - Date.parse(t.dueAt)).toBe(pausedFor);
    expect(changeOf(resumeEvent, 'dueAt')).toEqual({ field: 'dueAt', from: t.dueAt, to: resumed.dueAt });
    expect(changeOf(resumeEvent, 'pausedAt')).toEqual({ field: 'pausedAt', from: paused.pausedAt, to: null });
  });

  it('lets the desk or a leader urge, counted, and puts the ladder on the board', async () => {
    const t = await claimed();
    expect(codeOf(await as('jinquan-head').gql(URGE, { id: t.id }))).toBe('FORBIDDEN');
    const urged = (await as('leader').ok(URGE, { id: t.id, note: '今天必须上门' })).urgeTicket;
    expect(urged).toMatchObject({ escalation: 'URGED', urgedCount: 1 });
    const event: Event = urged.events.at(-1);
    expect(event).toMatchObject({ type: 'TICKET_URGED', note: '今天必须上门' });
    expect(changeOf(event, 'urgedUnitId')).toMatchObject({ to: 'unit-jinquan' });
    expect((await as('desk').ok(URGE, { id: t.id })).urgeTicket.urgedCount).toBe(2);

    // The unit sees it on its board; another unit does not.
    const mine = (await as('jinquan1').ok(RECENT)).recentBoardEvents as Array<{ type: string; ticketId: string }>;
    expect(mine.filter((e) => e.ticketId === t.id && e.type === 'TICKET_URGED')).toHaveLength(2);
    const theirs = (await as('xingping1').ok(RECENT)).recentBoardEvents as Array<{ ticketId: string }>;
    expect(theirs.some((e) => e.ticketId === t.id)).toBe(false);
  });
});
