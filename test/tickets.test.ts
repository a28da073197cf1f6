import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl } from './support/services.js';

const TICKET = `id number status kind complexity version receivedAt dueAt overdue callerName callerPhone
  resolution resolvedOnSite satisfaction overrideReason
  unit { id } proposedUnit { id } claimedBy { username } compound { id name }
  lastRefusal { reason note unit { id } } refusedUnits { id }
  category { code } channel { code } address { building unit room text }
  events { seq type actorName note changes { field from to } }`;

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET} } }`;
const TRANSFER = `mutation($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { ${TICKET} } }`;
const CLAIM = `mutation($id: ID!, $v: Int) { claimTicket(id: $id, expectedVersion: $v) { ${TICKET} } }`;
const RELEASE = `mutation($id: ID!) { releaseTicket(id: $id) { ${TICKET} } }`;
const ON_SITE = `mutation($id: ID!) { startOnSite(id: $id, note: "crew on the way") { ${TICKET} } }`;
const RESOLVE = `mutation($id: ID!, $onSite: Boolean!) { resolveTicket(id: $id, resolution: "valve replaced", onSite: $onSite) { ${TICKET} } }`;
const CALLBACK = `mutation($id: ID!, $s: Satisfaction!) { recordCallback(id: $id, satisfaction: $s, note: "called back") { ${TICKET} } }`;
const REOPEN = `mutation($id: ID!) { reopenTicket(id: $id, reason: "still cold") { ${TICKET} } }`;
const CLOSE = `mutation($id: ID!, $v: Int) { closeTicket(id: $id, expectedVersion: $v) { ${TICKET} } }`;
const REJECT = `mutation($id: ID!, $r: RefusalReason!, $note: String) { rejectTransfer(id: $id, reason: $r, note: $note) { ${TICKET} } }`;
const GET = `query($id: ID!) { ticket(id: $id) { ${TICKET} } }`;

const call = (over: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '张三',
  callerPhone: '13812345678',
  compoundId: 'cp-001',
  address: { building: '3', unit: '2', room: '401', text: null },
  description: '暖气不热，室温 12 度',
  ...over,
});

interface Backend {
  name: string;
  start: () => Promise<{ server: RunningServer; cleanup: () => Promise<void> }>;
}

const pg = postgresUrl();
const backends: Backend[] = [
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

describe.each(backends)('tickets over GraphQL on $name', (backend) => {
  let url: string;
  let cleanup: () => Promise<void>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const started = await backend.start();
    url = started.server.url;
    cleanup = started.cleanup;
    for (const u of ['desk', 'leader', 'admin', 'jinquan1', 'jinquan2', 'jinquan3', 'jinquan-head', 'xingping1'])
      tokens[u] = await login(url, u);
  });
  afterAll(async () => cleanup?.());

  const as = (user: string) => ({
    ok: <T = any>(q: string, v: Record<string, unknown> = {}) => ok<T>(url, q, v, tokens[user]),
    gql: (q: string, v: Record<string, unknown> = {}) => gql(url, q, v, tokens[user]),
  });
  const registerAndTransfer = async (over: Record<string, unknown> = {}) => {
    const t = (await as('desk').ok(CREATE, { input: call(over) })).createTicket;
    return (await as('desk').ok(TRANSFER, { id: t.id, unitId: t.proposedUnit.id })).transferTicket;
  };

  it('serves the city: 2 heat sources, 91 stations, 113 compounds with the reported totals', async () => {
    const d = await as('leader').ok(`{ heatSources { id name nameEn operatorUnit { name } }
      stations { id lat lon heatSource { id } operatorUnit { kind } }
      compounds { id name nameEn lat lon households residents heating station { id } heatSource { id } operatorUnit { id kind } }
      units { id name nameEn kind } channels { code } categories { code } }`);
    expect(d.heatSources.map((h: any) => h.name).sort()).toEqual(['兴平热电', '金泉热力']);
    expect(d.stations).toHaveLength(91);
    expect(d.compounds).toHaveLength(113);
    expect(d.compounds.reduce((s: number, c: any) => s + c.households, 0)).toBe(33500);
    expect(d.compounds.reduce((s: number, c: any) => s + c.residents, 0)).toBe(104300);
    expect(d.compounds.filter((c: any) => c.heating === 'DIRECT')).toHaveLength(68);
    expect(d.compounds.find((c: any) => c.name === '文丰小区')).toBeTruthy();
    for (const c of d.compounds) {
      expect(Math.abs(c.lat - 36.786)).toBeLessThan(0.1);
      expect(Math.abs(c.lon - 119.959)).toBeLessThan(0.1);
      expect(c.operatorUnit.kind).toBe(c.heating === 'DIRECT' ? 'HEATING_COMPANY' : 'PROPERTY_COMPANY');
    }
    expect(d.channels).toHaveLength(9);
    expect(d.units.map((u: any) => u.name)).toEqual(
      expect.arrayContaining([
        '市长公开电话办公室',
        '建设局',
        '物价局',
        '公用事业处',
        '建管处',
        '物业办',
        '自来水公司',
      ]),
    );
  });

  it('drives a complaint through registration, transfer, claim, site visit, resolution, callback and close', async () => {
    const created = (await as('desk').ok(CREATE, { input: call() })).createTicket;
    expect(created.number).toMatch(/^\d{8}-\d{4}$/);
    expect(created.status).toBe('REGISTERED');
    expect(created.proposedUnit.id).toBe('unit-jinquan');
    expect(created.unit).toBeNull();
    expect(created.events.map((e: any) => e.type)).toEqual(['TICKET_REGISTERED']);

    const transferred = (await as('desk').ok(TRANSFER, { id: created.id, unitId: 'unit-jinquan' })).transferTicket;
    expect(transferred).toMatchObject({ status: 'TRANSFERRED', unit: { id: 'unit-jinquan' }, overrideReason: null });
    const claimed = (await as('jinquan1').ok(CLAIM, { id: created.id })).claimTicket;
    expect(claimed).toMatchObject({ status: 'CLAIMED', claimedBy: { username: 'jinquan1' } });
    expect((await as('jinquan1').ok(ON_SITE, { id: created.id })).startOnSite.status).toBe('ON_SITE');
    const resolved = (await as('jinquan1').ok(RESOLVE, { id: created.id, onSite: true })).resolveTicket;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'valve replaced', resolvedOnSite: true });
    const replied = (await as('desk').ok(CALLBACK, { id: created.id, s: 'SATISFIED' })).recordCallback;
    expect(replied).toMatchObject({ status: 'REPLIED', satisfaction: 'SATISFIED' });
    const closed = (await as('desk').ok(CLOSE, { id: created.id, v: replied.version })).closeTicket;
    expect(closed.status).toBe('CLOSED');
    expect(closed.version).toBe(created.version + 6);

    expect(closed.events.map((e: any) => e.type)).toEqual([
      'TICKET_REGISTERED',
      'TICKET_TRANSFERRED',
      'TICKET_CLAIMED',
      'TICKET_ON_SITE',
      'TICKET_RESOLVED',
      'TICKET_REPLIED',
      'TICKET_CLOSED',
    ]);
    const seqs = closed.events.map((e: any) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const claimEvent = closed.events[2];
    expect(claimEvent.actorName).toContain('杨磊');
    expect(claimEvent.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'TRANSFERRED', to: 'CLAIMED' },
        expect.objectContaining({ field: 'claimedById', from: null }),
      ]),
    );
  });

  it('numbers concurrent registrations uniquely and without gaps within the day', async () => {
    // One receipt time for all: numbering is per day of receipt, and a run at midnight must not split them.
    const receivedAt = new Date(Date.now() - 60_000).toISOString();
    const made = await Promise.all(
      Array.from({ length: 20 }, () => as('desk').ok(CREATE, { input: call({ receivedAt }) })),
    );
    const numbers = made.map((m) => m.createTicket.number as string).sort();
    expect(new Set(numbers).size).toBe(20);
    const counters = numbers.map((n) => Number(n.slice(9)));
    expect(counters.at(-1)! - counters[0]!).toBe(19);
    expect(made.every((m) => m.createTicket.events[0].type === 'TICKET_REGISTERED')).toBe(true);
  });

  it('gives a general call until midnight in Shanghai and a complex one three working days', async () => {
    // Monday 16 Nov 2009 would be too old to register; use a recent Monday 10:00 in Shanghai instead.
    const now = new Date();
    const monday = new Date(now.getTime() - ((now.getUTCDay() + 6) % 7) * 86_400_000 - 7 * 86_400_000);
    const received = new Date(`${monday.toISOString().slice(0, 10)}T02:00:00.000Z`);
    const general = (await as('desk').ok(CREATE, { input: call({ receivedAt: received.toISOString() }) })).createTicket;
    expect(general.dueAt).toBe(`${received.toISOString().slice(0, 10)}T15:59:59.999Z`);
    expect(general.overdue).toBe(true);
    const complex = (
      await as('desk').ok(CREATE, { input: call({ complexity: 'COMPLEX', receivedAt: received.toISOString() }) })
    ).createTicket;
    const thursday = new Date(received.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(complex.dueAt).toBe(`${thursday}T09:30:00.000Z`);
    expect(complex.number.slice(0, 8)).toBe(received.toISOString().slice(0, 10).replace(/-/g, ''));
  });

  it('reopens to the same unit on an unsatisfied callback, and on request after a reply', async () => {
    const t = await registerAndTransfer();
    await as('jinquan2').ok(CLAIM, { id: t.id });
    await as('jinquan2').ok(RESOLVE, { id: t.id, onSite: false });
    const reopened = (await as('desk').ok(CALLBACK, { id: t.id, s: 'UNSATISFIED' })).recordCallback;
    expect(reopened).toMatchObject({
      status: 'TRANSFERRED',
      unit: { id: 'unit-jinquan' },
      claimedBy: null,
      resolution: null,
    });
    expect(reopened.events.at(-1).type).toBe('TICKET_REOPENED');

    await as('jinquan3').ok(CLAIM, { id: t.id });
    await as('jinquan3').ok(RESOLVE, { id: t.id, onSite: true });
    await as('desk').ok(CALLBACK, { id: t.id, s: 'BASICALLY_SATISFIED' });
    const again = (await as('desk').ok(REOPEN, { id: t.id })).reopenTicket;
    expect(again).toMatchObject({ status: 'TRANSFERRED', unit: { id: 'unit-jinquan' } });
    expect(again.events.at(-1)).toMatchObject({ type: 'TICKET_REOPENED', note: 'still cold' });
  });

  it('lets a unit refuse a transfer with a coded reason, and never proposes it again', async () => {
    // A compound behind a property-run station: its property company is proposed first.
    const { compounds } = await as('desk').ok(
      '{ compounds { id heating operatorUnit { id } heatSource { operatorUnit { id } } } }',
    );
    const propertyRun = compounds.find((c: any) => c.heating === 'PROPERTY');
    const created = (await as('desk').ok(CREATE, { input: call({ compoundId: propertyRun.id }) })).createTicket;
    expect(created.proposedUnit.id).toBe(propertyRun.operatorUnit.id);

    // The desk overrides the proposal, which needs a reason.
    const noReason = await as('desk').gql(TRANSFER, { id: created.id, unitId: 'unit-jinquan' });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.extensions!.field).toBe('note');
    const overridden = (
      await as('desk').ok(TRANSFER, {
        id: created.id,
        unitId: 'unit-jinquan',
        note: 'the main in the street is Jinquan’s',
      })
    ).transferTicket;
    expect(overridden.overrideReason).toBe('the main in the street is Jinquan’s');

    const refused = (await as('jinquan-head').ok(REJECT, { id: created.id, r: 'NOT_OUR_AREA', note: 'not our pipe' }))
      .rejectTransfer;
    expect(refused).toMatchObject({
      status: 'REGISTERED',
      unit: null,
      lastRefusal: { reason: 'NOT_OUR_AREA', note: 'not our pipe', unit: { id: 'unit-jinquan' } },
      refusedUnits: [{ id: 'unit-jinquan' }],
    });
    expect(refused.events.at(-1).type).toBe('TICKET_TRANSFER_REFUSED');
    const back = await as('desk').gql(TRANSFER, { id: created.id, unitId: 'unit-jinquan', note: 'try again' });
    expect(codeOf(back)).toBe('BAD_USER_INPUT');
  });

  it('lets a unit head reassign a ticket to a member of the unit, and nobody else', async () => {
    const t = await registerAndTransfer();
    const users = Object.fromEntries(
      await Promise.all(
        ['jinquan1', 'jinquan2', 'xingping1'].map(async (u) => [
          u,
          (await ok(url, '{ me { id } }', {}, tokens[u])).me.id,
        ]),
      ),
    );
    const ASSIGN = `mutation($id: ID!, $u: ID!) { assignTicket(id: $id, userId: $u) { status claimedBy { username } events { type } } }`;
    expect(codeOf(await as('jinquan1').gql(ASSIGN, { id: t.id, u: users.jinquan1 }))).toBe('FORBIDDEN');
    expect(codeOf(await as('jinquan-head').gql(ASSIGN, { id: t.id, u: users.xingping1 }))).toBe('BAD_USER_INPUT');
    const first = (await as('jinquan-head').ok(ASSIGN, { id: t.id, u: users.jinquan1 })).assignTicket;
    expect(first).toMatchObject({ status: 'CLAIMED', claimedBy: { username: 'jinquan1' } });
    const second = (await as('jinquan-head').ok(ASSIGN, { id: t.id, u: users.jinquan2 })).assignTicket;
    expect(second).toMatchObject({ status: 'CLAIMED', claimedBy: { username: 'jinquan2' } });
    expect(second.events.filter((e: any) => e.type === 'TICKET_ASSIGNED')).toHaveLength(2);
  });

  it('tells each user which actions they may take on a ticket now', async () => {
    const ACTIONS = `query($id: ID!) { ticket(id: $id) { actions } }`;
    const actions = async (user: string, id: string) => (await as(user).ok(ACTIONS, { id })).ticket.actions;
    const registered = (await as('desk').ok(CREATE, { input: call() })).createTicket;
    expect(await actions('desk', registered.id)).toEqual(['TRANSFER']);
    expect(await actions('leader', registered.id)).toEqual([]);
    const t = await registerAndTransfer();
    // The ladder's moves (urge, extension, pause) are listed too; test/ladder.test.ts makes them.
    expect(await actions('jinquan1', t.id)).toEqual(['REJECT_TRANSFER', 'CLAIM', 'PAUSE']);
    expect(await actions('jinquan-head', t.id)).toEqual([
      'REJECT_TRANSFER',
      'CLAIM',
      'ASSIGN',
      'REQUEST_EXTENSION',
      'PAUSE',
    ]);
    expect(await actions('leader', t.id)).toEqual(['URGE']);
    await as('jinquan1').ok(CLAIM, { id: t.id });
    expect(await actions('jinquan1', t.id)).toEqual(['RELEASE', 'START_ON_SITE', 'RESOLVE', 'PAUSE']);
    expect(await actions('jinquan2', t.id)).toEqual(['PAUSE']);
    expect(codeOf(await as('xingping1').gql(ACTIONS, { id: t.id }))).toBe('FORBIDDEN');
  });

  it("lists a unit's members to its own staff and the desk, not to other units", async () => {
    const MEMBERS = `{ units { id members { username role } } }`;
    const MINE = `{ me { unit { id members { username role } } } }`;
    const mine = (await as('jinquan-head').ok(MINE)).me.unit.members.map((m: any) => m.username);
    expect(mine).toEqual(['jinquan1', 'jinquan2', 'jinquan3', 'jinquan-head']);
    const all = (await as('desk').ok(MEMBERS)).units;
    expect(all.find((u: any) => u.id === 'unit-xingping').members).toHaveLength(4);
    expect(codeOf(await as('jinquan1').gql(MEMBERS))).toBe('FORBIDDEN');
    const own = (await as('jinquan1').ok(MINE)).me.unit.members.map((m: any) => m.username);
    expect(own).toEqual(mine);
  });

  it('gives every demo unit staff, so a ticket sent anywhere can be claimed', async () => {
    const units = (await as('desk').ok('{ units { id kind members { role } } }')).units;
    const withoutStaff = units.filter((u: any) => u.kind !== 'DESK' && !u.members.some((m: any) => m.role === 'STAFF'));
    expect(withoutStaff.map((u: any) => u.id)).toEqual([]);
    const t = await registerAndTransfer({ kind: 'CONSULTATION', category: 'BILLING_OR_PRICE' });
    expect(t.unit.id).toBe('unit-price');
    const price = await login(url, 'price1');
    expect((await ok(url, CLAIM, { id: t.id }, price)).claimTicket.claimedBy.username).toBe('price1');
  });

  it('closes a consultation the desk answers on the call: no callback is owed', async () => {
    const t = (await as('desk').ok(CREATE, { input: call({ kind: 'CONSULTATION', category: 'BILLING_OR_PRICE' }) }))
      .createTicket;
    expect(t.proposedUnit.id).toBe('unit-price');
    const r = (await as('desk').ok(RESOLVE, { id: t.id, onSite: false })).resolveTicket;
    expect(r).toMatchObject({ status: 'CLOSED', unit: null, resolvedOnSite: false });
    expect(r.events.at(-1).type).toBe('TICKET_ANSWERED');
  });

  it('lets exactly one of 30 concurrent claims from three staff win', async () => {
    const t = await registerAndTransfer();
    const staff = ['jinquan1', 'jinquan2', 'jinquan3'];
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        as(staff[i % 3]!).gql(`mutation($id: ID!) { claimTicket(id: $id) { claimedBy { username } } }`, { id: t.id }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const holder = winners[0]!.data.claimTicket.claimedBy.username;
    const losers = results.filter((r) => r.errors);
    expect(losers.map(codeOf)).toEqual(Array(29).fill('ALREADY_CLAIMED'));
    const holderName = losers[0]!.errors![0]!.extensions!.claimedBy as { name: string };
    expect(losers.every((r) => r.errors![0]!.message.includes(holderName.name))).toBe(true);
    const after = (await as('desk').ok(GET, { id: t.id })).ticket;
    expect(after.claimedBy.username).toBe(holder);
    expect(after.events.filter((e: any) => e.type === 'TICKET_CLAIMED')).toHaveLength(1);
  });

  it('answers every refusal with its stable code', async () => {
    const t = await registerAndTransfer();
    // UNAUTHENTICATED: no credential; a forged one.
    expect(codeOf(await gql(url, GET, { id: t.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(url, GET, { id: t.id }, 'hls_forged'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(url, 'mutation { login(username: "desk", password: "nope") { token } }'))).toBe(
      'UNAUTHENTICATED',
    );
    // FORBIDDEN: another unit's staff; a unit claiming; a desk-only move by staff.
    expect(codeOf(await as('xingping1').gql(CLAIM, { id: t.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('xingping1').gql(GET, { id: t.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('desk').gql(CLAIM, { id: t.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('jinquan1').gql(CREATE, { input: call() }))).toBe('FORBIDDEN');
    // NOT_FOUND.
    expect(codeOf(await as('desk').gql(GET, { id: '99999999' }))).toBe('NOT_FOUND');
    // INVALID_TRANSITION, naming the state.
    const closing = await as('desk').gql(CLOSE, { id: t.id });
    expect(codeOf(closing)).toBe('INVALID_TRANSITION');
    expect(closing.errors![0]!.message).toContain('TRANSFERRED');
    expect(closing.errors![0]!.extensions!.status).toBe('TRANSFERRED');
    // STALE_VERSION.
    const stale = await as('jinquan1').gql(CLAIM, { id: t.id, v: t.version - 1 });
    expect(codeOf(stale)).toBe('STALE_VERSION');
    // ALREADY_CLAIMED, naming the holder.
    await as('jinquan1').ok(CLAIM, { id: t.id, v: t.version });
    const second = await as('jinquan2').gql(CLAIM, { id: t.id });
    expect(codeOf(second)).toBe('ALREADY_CLAIMED');
    expect(second.errors![0]!.extensions!.claimedBy).toMatchObject({ name: '金泉热力 杨磊' });
    // A release by someone else than the holder is refused; by the holder it frees the ticket.
    expect(codeOf(await as('jinquan2').gql(RELEASE, { id: t.id }))).toBe('FORBIDDEN');
    expect((await as('jinquan1').ok(RELEASE, { id: t.id })).releaseTicket).toMatchObject({
      status: 'TRANSFERRED',
      claimedBy: null,
    });
  });

  it('gives every refusal a stable message key and its parameters, for screens to say in their language', async () => {
    const t = await registerAndTransfer();
    const ext = async (r: Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) =>
      (await r).errors![0]!.extensions!;
    expect(await ext(as('leader').gql(CREATE, { input: call() }))).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'forbidden.role',
      params: { roles: ['OPERATOR'], role: 'LEADER' },
    });
    expect(await ext(as('desk').gql(CREATE, { input: call({ callerPhone: 'call me' }) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'callerPhone',
      messageKey: 'input.format',
      params: { field: 'callerPhone' },
    });
    expect(await ext(as('desk').gql(CREATE, { input: call({ category: 'NOPE' }) }))).toMatchObject({
      messageKey: 'input.unknown',
      params: { field: 'category', value: 'NOPE' },
    });
    expect(await ext(as('desk').gql(CLAIM, { id: t.id }))).toMatchObject({ messageKey: 'forbidden.unitStaffOnly' });
    expect(await ext(as('desk').gql(GET, { id: '99999999' }))).toMatchObject({
      messageKey: 'notFound',
      params: { what: 'ticket', id: '99999999' },
    });
    expect(await ext(as('desk').gql(CLOSE, { id: t.id }))).toMatchObject({
      messageKey: 'ticket.invalidTransition',
      params: { status: 'TRANSFERRED', action: 'CLOSE' },
    });
    await as('jinquan1').ok(CLAIM, { id: t.id });
    expect(await ext(as('jinquan2').gql(CLAIM, { id: t.id }))).toMatchObject({
      messageKey: 'ticket.alreadyClaimed',
      params: { claimedBy: { name: '金泉热力 杨磊' } },
    });
    expect(await ext(gql(url, GET, { id: t.id }, 'hls_forged'))).toMatchObject({ messageKey: 'auth.sessionEnded' });
  });

  it('refuses control characters and blank text alone, leaving the calls registered beside it untouched', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        as('desk').gql(CREATE, {
          input: call({
            description: i === 7 ? 'bad\u0000' : `暖气不热 ${i}`,
            callerPhone: `1390000${String(i).padStart(4, '0')}`,
          }),
        }),
      ),
    );
    const bad = results[7]!;
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'description',
      messageKey: 'input.controlCharacters',
    });
    const good = results.filter((_, i) => i !== 7);
    expect(good.map((r) => r.errors ?? null)).toEqual(Array(15).fill(null));
    for (const over of [{ callerName: '   ' }, { description: ' \n ' }])
      expect((await as('desk').gql(CREATE, { input: call(over) })).errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        messageKey: 'input.required',
      });
    const t = await registerAndTransfer({ complexity: 'COMPLEX' });
    await as('jinquan1').ok(CLAIM, { id: t.id });
    const note = await as('jinquan1').gql(RESOLVE.replace('"valve replaced"', '"done\\u0007"'), {
      id: t.id,
      onSite: true,
    });
    expect(note.errors![0]!.extensions).toMatchObject({ field: 'resolution', messageKey: 'input.controlCharacters' });
  });

  it('shows no stack trace to a caller, whatever went wrong', async () => {
    const refusals = await Promise.all([
      gql(url, '{ tickets('),
      gql(url, '{ noSuchField }', {}, tokens.desk),
      gql(url, '{ me { username } }', {}, 'hls_forged'),
      as('desk').gql(CREATE, { input: call({ callerPhone: 'call me' }) }),
    ]);
    for (const r of refusals) {
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|node_modules|\.js:\d+/);
    }
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and never crashes', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ callerPhone: 'call me' }, 'callerPhone'],
      [{ category: 'NOPE' }, 'category'],
      [{ channel: 'NOPE' }, 'channel'],
      [{ compoundId: 'cp-999' }, 'compoundId'],
      [{ description: 'x'.repeat(5000) }, 'description'],
      [{ callerName: '' }, 'callerName'],
      [{ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'receivedAt'],
      [{ address: { building: 'b'.repeat(51) } }, 'address.building'],
    ];
    for (const [over, field] of cases) {
      const r = await as('desk').gql(CREATE, { input: call(over) });
      expect(codeOf(r), JSON.stringify(over).slice(0, 80)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).toContain(field);
    }
    expect(codeOf(await as('desk').gql(CREATE, { input: call({ kind: 'RANT' }) }))).toBe('BAD_USER_INPUT');
    const t = (await as('desk').ok(CREATE, { input: call() })).createTicket;
    const longNote = await as('desk').gql(TRANSFER, { id: t.id, unitId: 'unit-xingping', note: 'n'.repeat(1001) });
    expect(codeOf(longNote)).toBe('BAD_USER_INPUT');
    expect(longNote.errors![0]!.extensions!.field).toBe('note');
    expect(codeOf(await as('desk').gql(GET, { id: 'abc' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('desk').gql('query { tickets(first: 100000) { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('desk').gql('query { tickets(after: "bogus") { totalCount } }'))).toBe('BAD_USER_INPUT');
    // Crafted cursors whose numbers are not numbers (finding 12: NaN reached SQL).
    for (const key of [
      ['NEWEST', 'NaN'],
      ['NEWEST', Number.POSITIVE_INFINITY],
      ['DUE_SOONEST', null, 3],
      ['NEWEST', -0.5],
      ['NEWEST'],
    ]) {
      const after = Buffer.from(JSON.stringify(key)).toString('base64url');
      expect(
        codeOf(await as('desk').gql('query($a: String) { tickets(after: $a) { totalCount } }', { a: after })),
      ).toBe('BAD_USER_INPUT');
    }
    const huge = await gql(url, CREATE, { input: call({ description: 'x'.repeat(1_000_000) }) }, tokens.desk);
    expect(codeOf(huge)).toBe('BAD_USER_INPUT');
    const garbage = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // Still serving.
    expect((await as('desk').ok('{ me { username } }')).me.username).toBe('desk');
  });

  it('pages through tickets with cursors and filters them', async () => {
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(
        (await as('desk').ok(CREATE, { input: call({ compoundId: 'cp-002', callerPhone: '13900000042' }) }))
          .createTicket.id,
      );
    const filter = { compoundId: 'cp-002', callerPhone: '13900000042' };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await as('desk').ok(
          `query($f: TicketFilter, $after: String) { tickets(filter: $f, first: 2, after: $after) {
             totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { f: filter, after },
        )
      ).tickets;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...made].reverse());
    const byDue = (
      await as('desk').ok(
        `query($f: TicketFilter) { tickets(filter: $f, orderBy: DUE_SOONEST, first: 200) { edges { node { dueAt } } } }`,
        {
          f: { status: ['REGISTERED'] },
        },
      )
    ).tickets.edges.map((e: any) => e.node.dueAt);
    expect([...byDue].sort()).toEqual(byDue);
    // Staff see only their unit's tickets.
    const staff = (await as('xingping1').ok('{ tickets(first: 200) { edges { node { unit { id } } } } }')).tickets
      .edges;
    expect(staff.every((e: any) => e.node.unit.id === 'unit-xingping')).toBe(true);
  });

  it('gives third parties read-only keys that never see callers in clear', async () => {
    const t = await registerAndTransfer();
    expect(codeOf(await as('desk').gql('mutation { createApiKey(name: "x", scopes: ["tickets:read"]) { key } }'))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await as('admin').gql('mutation { createApiKey(name: "x", scopes: ["root"]) { key } }'))).toBe(
      'BAD_USER_INPUT',
    );
    const created = (
      await as('admin').ok(
        'mutation { createApiKey(name: "city data office", scopes: ["tickets:read", "places:read"]) { key apiKey { id name scopes } } }',
      )
    ).createApiKey;
    const key = created.key as string;
    const seen = (await ok(url, GET, { id: t.id }, key)).ticket;
    expect(seen.callerPhone).toBe('138****5678');
    expect(seen.callerName).toBe('张*');
    expect(seen.address.room).toBeNull();
    const registered = seen.events[0].changes;
    expect(JSON.stringify(registered)).not.toContain('13812345678');
    expect(JSON.stringify(registered)).not.toContain('张三');
    expect(registered).toEqual(expect.arrayContaining([{ field: 'callerPhone', from: null, to: '138****5678' }]));
    const list = (await ok(url, '{ tickets(first: 200) { edges { node { callerPhone } } } }', {}, key)).tickets.edges;
    expect(list.every((e: any) => /^\d{3}\*{4}\d{4}$/.test(e.node.callerPhone))).toBe(true);
    expect(codeOf(await gql(url, '{ tickets(filter: { callerPhone: "13812345678" }) { totalCount } }', {}, key))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gql(url, CLAIM, { id: t.id }, key))).toBe('FORBIDDEN');
    expect((await ok(url, '{ ticket(id: "' + t.id + '") { actions } }', {}, key)).ticket.actions).toEqual([]);

    const placesOnly = (await as('admin').ok('mutation { createApiKey(name: "map", scopes: ["places:read"]) { key } }'))
      .createApiKey.key;
    expect((await ok(url, '{ compounds { id } }', {}, placesOnly)).compounds).toHaveLength(113);
    expect(codeOf(await gql(url, GET, { id: t.id }, placesOnly))).toBe('FORBIDDEN');

    await as('admin').ok('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: created.apiKey.id });
    expect(codeOf(await gql(url, GET, { id: t.id }, key))).toBe('UNAUTHENTICATED');
  });

  it("serves the wall's figures and recent feed by the read rule, the same to every screen", async () => {
    const STATS = `{ boardStats { from to total { calls open resolved replied satisfaction }
      units { unit { id } figures { calls open } } } }`;
    const RECENT = `query($before: String, $last: Int) { recentBoardEvents(before: $before, last: $last) {
      seq cursor type ticketId ticket { id number unit { id } } } }`;
    const before = (await as('leader').ok(STATS)).boardStats;
    const t = await registerAndTransfer({ complexity: 'COMPLEX' });
    const after = (await as('leader').ok(STATS)).boardStats;
    expect(after.total.calls).toBe(before.total.calls + 1);
    expect(after.total.open).toBe(before.total.open + 1);
    // Two screens, opened at any time, read the same figures.
    expect((await as('desk').ok(STATS)).boardStats).toEqual(after);
    const jinquan = (await as('jinquan1').ok(STATS)).boardStats;
    expect(jinquan.units.map((u: any) => u.unit.id)).toEqual(['unit-jinquan']);
    expect(jinquan.total.calls).toBe(after.units.find((u: any) => u.unit.id === 'unit-jinquan').figures.calls);

    const recent = (await as('leader').ok(RECENT, { last: 2 })).recentBoardEvents;
    expect(recent.map((e: any) => [e.type, e.ticket.id])).toEqual([
      ['TICKET_TRANSFERRED', t.id],
      ['TICKET_REGISTERED', t.id],
    ]);
    expect(recent[0].seq).toBeGreaterThan(recent[1].seq);
    // Before a cursor: what came earlier only.
    const earlier = (await as('leader').ok(RECENT, { before: recent[1].cursor, last: 1 })).recentBoardEvents;
    expect(earlier[0].seq).toBe(recent[1].seq);
    // Another unit's staff never see this unit's events.
    const xingping = (await as('xingping1').ok(RECENT, { last: 100 })).recentBoardEvents;
    expect(xingping.every((e: any) => e.ticket?.unit?.id === 'unit-xingping')).toBe(true);
    // A unit that refused a ticket no longer reads it (ticket(id) is FORBIDDEN): its recent feed
    // keeps only the refusal, without the ticket.
    const moved = await registerAndTransfer({ complexity: 'COMPLEX' });
    await as('jinquan1').ok(REJECT, { id: moved.id, r: 'NOT_OUR_AREA', note: '不是我们的管网' });
    await as('desk').ok(TRANSFER, { id: moved.id, unitId: 'unit-xingping', note: '兴平供热' });
    expect(codeOf(await as('jinquan1').gql(GET, { id: moved.id }))).toBe('FORBIDDEN');
    const jinquanFeed = (await as('jinquan1').ok(RECENT, { last: 100 })).recentBoardEvents;
    expect(jinquanFeed.filter((e: any) => e.ticketId === moved.id).map((e: any) => [e.type, e.ticket])).toEqual([
      ['TICKET_TRANSFER_REFUSED', null],
    ]);
    expect(jinquanFeed.every((e: any) => e.ticket === null || e.ticket.unit?.id === 'unit-jinquan')).toBe(true);
    expect(codeOf(await as('leader').gql(RECENT, { last: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('leader').gql('{ boardStats(period: { day: "2009-13-01" }) { from } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('ends a session at logout', async () => {
    const token = await login(url, 'leader');
    expect((await ok(url, '{ me { username role } }', {}, token)).me).toEqual({ username: 'leader', role: 'LEADER' });
    await ok(url, 'mutation { logout }', {}, token);
    expect(codeOf(await gql(url, '{ me { username } }', {}, token))).toBe('UNAUTHENTICATED');
  });
});
