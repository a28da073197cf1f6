import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { sleep, subscribe, until } from './support/ws.js';

const BOARD = `subscription($since: String, $filter: BoardEventFilter) {
  boardEvents(since: $since, filter: $filter) {
    seq cursor type at actorName changes { field from to }
    ticket { id number status callerPhone callerName unit { id } claimedBy { username } }
  } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id proposedUnit { id } } }`;
const TRANSFER = `mutation($id: ID!, $unitId: ID!) { transferTicket(id: $id, unitId: $unitId) { id } }`;
const call = (compoundId = 'cp-001') => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '王五',
  callerPhone: '13712345678',
  compoundId,
  description: '暖气不热',
});

describe('the live board over graphql-ws', () => {
  const tmp = tempDir();
  let server: RunningServer;
  const tokens: Record<string, string> = {};
  let key: string;

  beforeAll(async () => {
    server = await startServer({
      HEATLINE_DATA_DIR: tmp.dir,
      HEATLINE_SUBSCRIBER_BUFFER: '50',
      HEATLINE_OVERDUE_SWEEP_MS: '200',
      HEATLINE_PRESENCE_TTL_MS: '3000',
    });
    for (const u of ['desk', 'leader', 'admin', 'jinquan1', 'jinquan2', 'xingping1'])
      tokens[u] = await login(server.url, u);
    key = (
      await ok(
        server.url,
        'mutation { createApiKey(name: "paper", scopes: ["tickets:read"]) { key } }',
        {},
        tokens.admin,
      )
    ).createApiKey.key;
  });
  afterAll(async () => {
    await server?.stop();
    tmp.remove();
  });

  const desk = <T = any>(q: string, v: Record<string, unknown> = {}) => ok<T>(server.url, q, v, tokens.desk);
  /** Registers and transfers `n` tickets: 2n events. */
  const write = async (n: number, compoundId = 'cp-001') => {
    for (let i = 0; i < n; i++) {
      const t = (await desk(CREATE, { input: call(compoundId) })).createTicket;
      await desk(TRANSFER, { id: t.id, unitId: t.proposedUnit.id });
    }
  };

  it('refuses a connection without a valid credential, with a clear close reason', async () => {
    const none = subscribe(server.wsUrl, undefined, BOARD);
    await until(() => none.closed !== null, 5000, 'close');
    expect(none.closed).toMatchObject({ code: 4401 });
    expect(none.closed!.reason).toContain('connectionParams');
    const forged = subscribe(server.wsUrl, { token: 'hls_forged' }, BOARD);
    await until(() => forged.closed !== null, 5000, 'close');
    expect(forged.closed).toMatchObject({ code: 4401 });
    expect(forged.closed!.reason).toContain('unknown, expired or signed-out token');
  });

  it('answers a refusal over the socket with the same stable code as over HTTP', async () => {
    const r = subscribe(server.wsUrl, { token: tokens.jinquan1 }, 'mutation { claimTicket(id: "99999999") { id } }');
    await until(() => r.errors.length > 0, 5000, 'the refusal');
    expect((r.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe('NOT_FOUND');
    await r.stop();
  });

  it('pushes a registration to a subscriber at once', async () => {
    const sub = subscribe(server.wsUrl, { token: tokens.leader }, BOARD);
    await sleep(200);
    const t = (await desk(CREATE, { input: call() })).createTicket;
    const [e] = await sub.waitFor(1);
    expect(e).toMatchObject({
      type: 'TICKET_REGISTERED',
      ticket: { id: t.id, status: 'REGISTERED', callerPhone: '13712345678' },
    });
    expect(e.cursor).toBe(String(e.seq));
    await sub.stop();
  });

  it('resumes across a disconnect during which 50 events were written: all 50, once, in order', async () => {
    const first = subscribe(server.wsUrl, { token: tokens.leader }, BOARD);
    await sleep(200);
    await write(1);
    const seen = await first.waitFor(2);
    const cursor = seen[1].cursor;
    await first.stop();

    await write(25);
    const resumed = subscribe(server.wsUrl, { token: tokens.leader }, BOARD, { since: cursor });
    const got = await resumed.waitFor(50);
    await sleep(300);
    expect(resumed.items).toHaveLength(50);
    const seqs = resumed.items.map((e) => e.seq);
    expect(seqs[0]).toBe(Number(cursor) + 1);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(50);
    expect(got.filter((e) => e.type === 'TICKET_TRANSFERRED')).toHaveLength(25);
    // Then it goes on live.
    await write(1);
    await resumed.waitFor(52);
    expect(resumed.items.slice(50).map((e) => e.seq)).toEqual([seqs[49] + 1, seqs[49] + 2]);
    await resumed.stop();
  });

  it('resumes while writes go on, with no gap and no duplicate', async () => {
    const reference = subscribe(server.wsUrl, { token: tokens.leader }, BOARD);
    await sleep(200);
    await write(5);
    const start = (await reference.waitFor(10))[9].cursor;
    const writing = write(40);
    await sleep(150);
    const resumed = subscribe(server.wsUrl, { token: tokens.leader }, BOARD, { since: start });
    await writing;
    await reference.waitFor(90);
    const expected = reference.items.slice(10).map((e) => e.seq);
    await resumed.waitFor(expected.length);
    await sleep(300);
    expect(resumed.items.map((e) => e.seq)).toEqual(expected);
    await Promise.all([reference.stop(), resumed.stop()]);
  });

  it('narrows by filter, and shows staff only their unit’s tickets', async () => {
    const claims = subscribe(server.wsUrl, { token: tokens.leader }, BOARD, {
      filter: { types: ['TICKET_TRANSFERRED'], compoundIds: ['cp-001'] },
    });
    const xingping = subscribe(server.wsUrl, { token: tokens.xingping1 }, BOARD);
    const jinquan = subscribe(server.wsUrl, { token: tokens.jinquan1 }, BOARD);
    await sleep(200);
    // cp-001 (Wenfeng) is Jinquan's; find a compound Xingping heats directly.
    const { compounds } = await desk('{ compounds { id heating operatorUnit { id } } }');
    const xp = compounds.find((c: any) => c.operatorUnit.id === 'unit-xingping').id;
    await write(1, 'cp-001');
    await write(1, xp);
    await jinquan.waitFor(1);
    await xingping.waitFor(1);
    await claims.waitFor(1);
    await sleep(300);
    expect(claims.items.map((e) => e.type)).toEqual(['TICKET_TRANSFERRED']);
    expect(jinquan.items.every((e) => e.ticket.unit?.id === 'unit-jinquan')).toBe(true);
    expect(xingping.items.every((e) => e.ticket.unit?.id === 'unit-xingping')).toBe(true);
    await Promise.all([claims.stop(), xingping.stop(), jinquan.stop()]);
  });

  it('follows one ticket, telling each subscriber what they themselves may do with it', async () => {
    const MINE = `subscription($filter: BoardEventFilter) { boardEvents(filter: $filter) { type ticket { id status actions } } }`;
    const t = (await desk(CREATE, { input: call() })).createTicket;
    const filter = { ticketIds: [t.id] };
    // The same document and variables from two staff of one unit: results must not be shared.
    const one = subscribe(server.wsUrl, { token: tokens.jinquan1 }, MINE, { filter });
    const two = subscribe(server.wsUrl, { token: tokens.jinquan2 }, MINE, { filter });
    await sleep(200);
    await write(1);
    await desk(TRANSFER, { id: t.id, unitId: t.proposedUnit.id });
    await ok(server.url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: t.id }, tokens.jinquan1);
    await one.waitFor(2);
    await two.waitFor(2);
    await sleep(300);
    expect(one.items.map((e) => [e.ticket.id, e.type])).toEqual([
      [t.id, 'TICKET_TRANSFERRED'],
      [t.id, 'TICKET_CLAIMED'],
    ]);
    expect(one.items[1].ticket.actions).toEqual(['RELEASE', 'START_ON_SITE', 'RESOLVE']);
    expect(two.items[1].ticket.actions).toEqual([]);
    await Promise.all([one.stop(), two.stop()]);
  });

  it('masks callers for an API key, and cuts the key off when it is revoked', async () => {
    const paper = subscribe(server.wsUrl, { token: key }, BOARD);
    // The same document from a signed-in user at the same time: results are shared per audience, never across.
    const desk = subscribe(server.wsUrl, { token: tokens.leader }, BOARD);
    await sleep(200);
    await write(1);
    const [e] = await paper.waitFor(1);
    expect((await desk.waitFor(1))[0].ticket.callerPhone).toBe('13712345678');
    await desk.stop();
    expect(e.ticket.callerPhone).toBe('137****5678');
    expect(e.ticket.callerName).toBe('王*');
    expect(JSON.stringify(e.changes)).not.toContain('13712345678');
    const keys = (await ok(server.url, '{ apiKeys { id name } }', {}, tokens.admin)).apiKeys;
    await ok(
      server.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: keys.find((k: any) => k.name === 'paper').id },
      tokens.admin,
    );
    await until(() => paper.closed !== null, 5000, 'the revoked key to be cut off');
    expect(paper.closed).toMatchObject({ code: 4401 });
  });

  it('cuts off a token that logged out', async () => {
    const token = await login(server.url, 'leader');
    const sub = subscribe(server.wsUrl, { token }, BOARD);
    await sleep(200);
    await ok(server.url, 'mutation { logout }', {}, token);
    await until(() => sub.closed !== null, 5000, 'the signed-out token to be cut off');
    expect(sub.closed).toMatchObject({ code: 4401 });
  });

  it('shows who is on the board and on which ticket, and drops them when they leave', async () => {
    const PRESENCE = `subscription { presence { userId displayName ticketId activity unit { id } } }`;
    const watcher = subscribe(server.wsUrl, { token: tokens.leader }, PRESENCE);
    await watcher.waitFor(1);
    const t = (await desk(CREATE, { input: call() })).createTicket;
    await ok(
      server.url,
      'mutation($t: ID) { heartbeat(ticketId: $t, activity: WORKING, clientId: "tab1") }',
      { t: t.id },
      tokens.jinquan1,
    );
    await until(() => watcher.items.at(-1).some((p: any) => p.ticketId === t.id), 5000, 'jinquan1 to appear');
    expect(watcher.items.at(-1).find((p: any) => p.ticketId === t.id)).toMatchObject({
      displayName: '金泉热力 杨磊',
      activity: 'WORKING',
      unit: { id: 'unit-jinquan' },
    });
    const onTicket = (
      await ok(server.url, 'query($t: ID) { presence(ticketId: $t) { displayName } }', { t: t.id }, tokens.desk)
    ).presence;
    expect(onTicket).toEqual([{ displayName: '金泉热力 杨磊' }]);
    await ok(server.url, 'mutation { leaveBoard(clientId: "tab1") }', {}, tokens.jinquan1);
    await until(() => !watcher.items.at(-1).some((p: any) => p.ticketId === t.id), 5000, 'jinquan1 to leave');
    await watcher.stop();
  });

  it('drops a silent client from presence when its connection closes', async () => {
    const watcher = subscribe(server.wsUrl, { token: tokens.leader }, `subscription { presence { displayName } }`);
    await watcher.waitFor(1);
    const staff = subscribe(server.wsUrl, { token: tokens.xingping1 }, `subscription { presence { displayName } }`);
    await staff.waitFor(1);
    // A heartbeat over the staff member's own socket ties the presence to that connection.
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { token: tokens.xingping1 } }));
    await new Promise((r) => ws.once('message', r));
    ws.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'mutation { heartbeat(clientId: "wall") }' } }),
    );
    await until(() => watcher.items.at(-1).some((p: any) => p.displayName === '兴平热电 张伟'), 5000, 'arrival');
    ws.terminate();
    await until(() => !watcher.items.at(-1).some((p: any) => p.displayName === '兴平热电 张伟'), 5000, 'departure');
    await Promise.all([watcher.stop(), staff.stop()]);
  });

  it('drops a client whose heartbeats stop, after the presence TTL', async () => {
    const watcher = subscribe(server.wsUrl, { token: tokens.leader }, `subscription { presence { displayName } }`);
    await watcher.waitFor(1);
    // Over HTTP, so no connection ties it: only the missing heartbeats can end it.
    await ok(server.url, 'mutation { heartbeat(clientId: "laptop") }', {}, tokens.desk);
    await until(() => watcher.items.at(-1).some((p: any) => p.displayName === '受理员 王敏'), 5000, 'arrival');
    const arrived = Date.now();
    await until(() => !watcher.items.at(-1).some((p: any) => p.displayName === '受理员 王敏'), 10_000, 'expiry');
    expect(Date.now() - arrived).toBeGreaterThanOrEqual(1000);
    await watcher.stop();
  });

  it('writes TICKET_OVERDUE once when a ticket passes its due time', async () => {
    const sub = subscribe(server.wsUrl, { token: tokens.leader }, BOARD, { filter: { types: ['TICKET_OVERDUE'] } });
    await sleep(200);
    const yesterday = new Date(Date.now() - 30 * 3600_000).toISOString();
    const t = (await desk(CREATE, { input: { ...call(), receivedAt: yesterday } })).createTicket;
    await until(() => sub.items.some((e) => e.ticket.id === t.id), 5000, 'the overdue event');
    await sleep(800);
    const events = (
      await desk('query($id: ID!) { ticket(id: $id) { overdue events { type actorName } } }', { id: t.id })
    ).ticket;
    expect(events.overdue).toBe(true);
    expect(events.events.filter((e: any) => e.type === 'TICKET_OVERDUE')).toHaveLength(1);
    await sub.stop();
  });

  it('cuts off a subscriber that does not read, telling it why once it catches up', async () => {
    // A raw socket whose reads are paused: the server's writes back up until its buffer overflows.
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { token: tokens.leader } }));
    await new Promise((r) => ws.once('message', r));
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: BOARD } }));
    await sleep(200);
    let received = 0;
    ws.on('message', () => (received += 1));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    (ws as any)._socket.pause();
    // Large events (a 4,000-character description, about 12 KB each) fill the socket buffers sooner.
    const long = { ...call(), description: '暖'.repeat(4000) };
    const others = subscribe(server.wsUrl, { token: tokens.leader }, BOARD);
    await sleep(200);
    for (let i = 0; i < 2000 && !server.output().includes('too slow'); i++) await desk(CREATE, { input: long });
    expect(server.output()).toContain('a board subscriber is too slow');
    // Another subscriber was not held up: it has every event so far.
    const last = (await desk('{ tickets(first: 1) { edges { node { id } } } }')).tickets.edges[0].node.id;
    await until(() => others.items.some((e) => e.ticket.id === last), 5000, 'the healthy subscriber');
    (ws as any)._socket.resume();
    const reason = await closed;
    expect(reason).toMatchObject({ code: 4429 });
    expect(reason.reason).toContain('resume from your last cursor');
    expect(received).toBeGreaterThan(0);
    await others.stop();
  });
});
