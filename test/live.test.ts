import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { subscribe, subscribeFromNow, until } from './support/ws.js';

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
  // Complex: due in three working days, so no sweep marks it overdue while the suite runs past midnight.
  complexity: 'COMPLEX',
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
      // The slow-subscriber test keeps a socket paused longer than a ping may go unanswered.
      HEATLINE_WS_KEEPALIVE_MS: '0',
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
  /** Registers and transfers `n` tickets: 2n events. Returns their ids. */
  const write = async (n: number, compoundId = 'cp-001') => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = (await desk(CREATE, { input: call(compoundId) })).createTicket;
      await desk(TRANSFER, { id: t.id, unitId: t.proposedUnit.id });
      ids.push(t.id);
    }
    return ids;
  };
  /** A board subscription from the newest event on, as `user`. */
  const board = (user: string, variables: Record<string, unknown> = {}, query = BOARD) =>
    subscribeFromNow(server.url, server.wsUrl, tokens[user]!, query, variables);
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  /** Who is present after the presence messages received so far: the list first, then changes. */
  const present = (messages: any[]) => {
    const now = new Map<string, any>();
    for (const m of messages) {
      if (m.snapshot) now.clear();
      for (const key of m.left) now.delete(key);
      for (const e of m.entries) now.set(e.key, e);
    }
    return [...now.values()];
  };

  it('refuses a connection without a valid credential, with a clear close reason', async () => {
    const none = subscribe(server.wsUrl, undefined, BOARD);
    await until(() => none.closed !== null, 'the close of a connection without a credential');
    expect(none.closed).toMatchObject({ code: 4401 });
    expect(none.closed!.reason).toContain('connectionParams');
    const forged = subscribe(server.wsUrl, { token: 'hls_forged' }, BOARD);
    await until(() => forged.closed !== null, 'the close of a connection with a forged token');
    expect(forged.closed).toMatchObject({ code: 4401 });
    expect(forged.closed!.reason).toContain('unknown, expired or signed-out token');
  });

  it('answers a refusal over the socket with the same stable code as over HTTP', async () => {
    const r = subscribe(server.wsUrl, { token: tokens.jinquan1 }, 'mutation { claimTicket(id: "99999999") { id } }');
    await until(() => r.errors.length > 0, 'the refusal');
    expect((r.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe('NOT_FOUND');
    await r.stop();
  });

  it('refuses a document over the limits before it runs, over the socket as over HTTP', async () => {
    // Unit.members ↔ User.unit: a cycle that once took 22 s and a gigabyte at depth 7.
    let deep = 'id';
    for (let i = 0; i < 6; i++) deep = `members { unit { ${deep} } }`;
    const cyclic = `{ units { ${deep} } }`;
    const wide = `{ ${Array.from({ length: 31 }, (_, i) => `c${i}: compounds { id }`).join(' ')} }`;
    for (const query of [cyclic, wide]) {
      const http = await gql(server.url, query, {}, tokens.desk);
      expect(codeOf(http), query.slice(0, 40)).toBe('GRAPHQL_VALIDATION_FAILED');
      const r = subscribe(server.wsUrl, { token: tokens.desk }, query);
      await until(() => r.errors.length > 0, 'the refusal over the socket');
      // Refused before it runs, graphql-ws hands the client the list of errors at once.
      const [first] = [r.errors[0]].flat() as Array<{ extensions?: { code?: string } }>;
      expect(first?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      await r.stop();
    }
    // Within the limits it is served: 30 aliases.
    const thirty = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: heatSources { id }`).join(' ')} }`;
    expect(Object.keys(await ok(server.url, thirty, {}, tokens.desk))).toHaveLength(30);
    // A document of more tokens than any screen sends is refused at parsing.
    const tokensOver = `{ ${'__typename '.repeat(6_000)} }`;
    expect(codeOf(await gql(server.url, tokensOver, {}, tokens.desk))).toBe('GRAPHQL_PARSE_FAILED');
  });

  it("answers a document that does not parse as that operation's coded error, and keeps the socket", async () => {
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    const messages: any[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(String(m))));
    let closed: number | null = null;
    ws.on('close', (code) => (closed = code));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { token: tokens.leader } }));
    await until(() => messages.some((m) => m.type === 'connection_ack'), 'the connection ack');
    ws.send(JSON.stringify({ id: 'bad', type: 'subscribe', payload: { query: '{ tickets(' } }));
    ws.send(JSON.stringify({ id: 'good', type: 'subscribe', payload: { query: '{ me { username } }' } }));
    await until(() => messages.some((m) => m.id === 'good' && m.type === 'next'), 'the next operation answered');
    const refusal = messages.find((m) => m.id === 'bad');
    expect(refusal).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    expect(closed).toBeNull();
    ws.close();
  });

  it('refuses a subscription sent by HTTP with a coded error naming the WebSocket path', async () => {
    const r = await gql(server.url, 'subscription { boardEvents { seq } }', {}, tokens.leader);
    expect(r.status).toBe(400);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operation' });
    expect(r.errors![0]!.message).toMatch(/WebSocket.*\/graphql/);
  });

  it('pushes a registration to a subscriber at once', async () => {
    const sub = await board('leader');
    const t = (await desk(CREATE, { input: call() })).createTicket;
    const [e] = await sub.waitFor(1, 'the registration');
    expect(e).toMatchObject({
      type: 'TICKET_REGISTERED',
      ticket: { id: t.id, status: 'REGISTERED', callerPhone: '13712345678' },
    });
    expect(e.cursor).toBe(String(e.seq));
    await sub.stop();
  });

  it('resumes across a disconnect during which 50 events were written: all 50, once, in order', async () => {
    const first = await board('leader');
    await write(1);
    const seen = await first.waitFor(2, 'the first ticket registered and transferred');
    const cursor = seen[1].cursor;
    await first.stop();

    await write(25);
    const resumed = subscribe(server.wsUrl, { token: tokens.leader }, BOARD, { since: cursor });
    const got = await resumed.waitFor(50, 'the 50 events written while away');
    expect(got.slice(0, 50).filter((e) => e.type === 'TICKET_TRANSFERRED')).toHaveLength(25);
    // Then it goes on live; a duplicate or a gap would show before the two newest events.
    await write(1);
    await resumed.waitFor(52, 'the 50 events, then 2 written live');
    expect(resumed.items.map((e) => e.seq)).toEqual(range(Number(cursor) + 1, 52));
    await resumed.stop();
  });

  it('resumes while writes go on, with no gap and no duplicate', async () => {
    const reference = await board('leader');
    await write(5);
    const start = (await reference.waitFor(10, 'the first 5 tickets'))[9].cursor;
    const writing = write(40);
    // Resume once writing is under way (20 of its 80 events seen), while it goes on.
    await reference.waitFor(30, '20 events of the concurrent writes');
    const resumed = subscribe(server.wsUrl, { token: tokens.leader }, BOARD, { since: start });
    await writing;
    // One more ticket after the writes: a duplicate or a gap in the resumed feed would show before it.
    await write(1);
    await reference.waitFor(92, 'every event on the reference subscriber');
    await resumed.waitFor(82, 'every event since the cursor on the resumed subscriber');
    expect(resumed.items.map((e) => e.seq)).toEqual(reference.items.slice(10).map((e) => e.seq));
    await Promise.all([reference.stop(), resumed.stop()]);
  });

  it('narrows by filter, and shows staff only their unit’s tickets', async () => {
    const claims = await board('leader', { filter: { types: ['TICKET_TRANSFERRED'], compoundIds: ['cp-001'] } });
    const xingping = await board('xingping1');
    const jinquan = await board('jinquan1');
    // cp-001 (Wenfeng) is Jinquan's; find a compound Xingping heats directly.
    const { compounds } = await desk('{ compounds { id heating operatorUnit { id } } }');
    const xp = compounds.find((c: any) => c.operatorUnit.id === 'unit-xingping').id;
    // Each unit's second ticket comes after the other unit's first: once it has arrived, anything
    // wrongly let through would have arrived before it.
    const [j1] = await write(1, 'cp-001');
    await write(1, xp);
    const [j2] = await write(1, 'cp-001');
    const [x2] = await write(1, xp);
    const has = (r: { items: any[] }, id: string) => () => r.items.some((e) => e.ticket.id === id);
    await until(has(jinquan, j2!), "Jinquan's second ticket on Jinquan's board");
    await until(has(xingping, x2!), "Xingping's second ticket on Xingping's board");
    await until(has(claims, j2!), 'the second transfer at cp-001 on the filtered board');
    expect(claims.items.map((e) => [e.type, e.ticket.id])).toEqual([
      ['TICKET_TRANSFERRED', j1],
      ['TICKET_TRANSFERRED', j2],
    ]);
    expect(jinquan.items.every((e) => e.ticket.unit?.id === 'unit-jinquan')).toBe(true);
    expect(xingping.items.every((e) => e.ticket.unit?.id === 'unit-xingping')).toBe(true);
    await Promise.all([claims.stop(), xingping.stop(), jinquan.stop()]);
  });

  it('follows one ticket, telling each subscriber what they themselves may do with it', async () => {
    const t = (await desk(CREATE, { input: call() })).createTicket;
    const filter = { ticketIds: [t.id] };
    // The same document and variables from two staff of one unit: results must not be shared.
    const MINE = `subscription($filter: BoardEventFilter, $since: String) {
      boardEvents(filter: $filter, since: $since) { type ticket { id status actions } } }`;
    const one = await board('jinquan1', { filter }, MINE);
    const two = await board('jinquan2', { filter }, MINE);
    await write(1);
    await desk(TRANSFER, { id: t.id, unitId: t.proposedUnit.id });
    await ok(server.url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: t.id }, tokens.jinquan1);
    await one.waitFor(2, "the ticket's transfer and claim (jinquan1)");
    await two.waitFor(2, "the ticket's transfer and claim (jinquan2)");
    // An event carries the ticket as it is when sent: read the actions before the ticket moves on.
    expect(one.items[1].ticket.actions).toEqual(['RELEASE', 'START_ON_SITE', 'RESOLVE', 'PAUSE']);
    expect(two.items[1].ticket.actions).toEqual(['PAUSE']);
    // Releasing it last: the other ticket's events, had they leaked through the filter, come before.
    await ok(server.url, 'mutation($id: ID!) { releaseTicket(id: $id) { id } }', { id: t.id }, tokens.jinquan1);
    await one.waitFor(3, "the ticket's release (jinquan1)");
    expect(one.items.map((e) => [e.ticket.id, e.type])).toEqual([
      [t.id, 'TICKET_TRANSFERRED'],
      [t.id, 'TICKET_CLAIMED'],
      [t.id, 'TICKET_RELEASED'],
    ]);
    await Promise.all([one.stop(), two.stop()]);
  });

  it('masks callers for an API key, and cuts the key off when it is revoked', async () => {
    const paper = await subscribeFromNow(server.url, server.wsUrl, key, BOARD);
    // The same document from a signed-in user at the same time: results are shared per audience, never across.
    const desk = await board('leader');
    await write(1);
    const [e] = await paper.waitFor(1, 'the registration, as the key sees it');
    expect((await desk.waitFor(1, 'the registration, as the leader sees it'))[0].ticket.callerPhone).toBe(
      '13712345678',
    );
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
    await until(() => paper.closed !== null, 'the revoked key to be cut off');
    expect(paper.closed).toMatchObject({ code: 4401 });
  });

  it('cuts off a token that logged out', async () => {
    const token = await login(server.url, 'leader');
    const sub = subscribe(server.wsUrl, { token }, BOARD);
    await sub.connected;
    await ok(server.url, 'mutation { logout }', {}, token);
    await until(() => sub.closed !== null, 'the signed-out token to be cut off');
    expect(sub.closed).toMatchObject({ code: 4401 });
  });

  it('shows who is on the board and on which ticket, and drops them when they leave', async () => {
    const PRESENCE = `subscription { presence { snapshot left entries { key userId displayName ticketId activity unit { id } } } }`;
    const watcher = subscribe(server.wsUrl, { token: tokens.leader }, PRESENCE);
    await watcher.waitFor(1, 'the presence list');
    expect(watcher.items[0].snapshot).toBe(true);
    const t = (await desk(CREATE, { input: call() })).createTicket;
    // Jinquan's ticket: a unit's staff may only be on a ticket they may read.
    await desk(TRANSFER, { id: t.id, unitId: 'unit-jinquan' });
    await ok(
      server.url,
      'mutation($t: ID) { heartbeat(ticketId: $t, activity: WORKING, clientId: "tab1") }',
      { t: t.id },
      tokens.jinquan1,
    );
    const last = () => JSON.stringify(watcher.items.at(-1));
    await until(() => present(watcher.items).some((p: any) => p.ticketId === t.id), 'jinquan1 to appear', last);
    // The change alone, not the whole list again.
    const arrival = watcher.items.find((m: any) => m.entries.some((p: any) => p.ticketId === t.id));
    expect(arrival).toMatchObject({ snapshot: false, left: [] });
    expect(arrival.entries).toEqual([
      expect.objectContaining({ displayName: '金泉热力 杨磊', activity: 'WORKING', unit: { id: 'unit-jinquan' } }),
    ]);
    expect(arrival.entries[0].key).not.toContain('tab1');
    const onTicket = (
      await ok(server.url, 'query($t: ID) { presence(ticketId: $t) { displayName } }', { t: t.id }, tokens.desk)
    ).presence;
    expect(onTicket).toEqual([{ displayName: '金泉热力 杨磊' }]);
    await ok(server.url, 'mutation { leaveBoard(clientId: "tab1") }', {}, tokens.jinquan1);
    await until(() => !present(watcher.items).some((p: any) => p.ticketId === t.id), 'jinquan1 to leave', last);
    expect(watcher.items.at(-1)).toEqual({ snapshot: false, entries: [], left: [arrival.entries[0].key] });
    await watcher.stop();
  });

  it('closes a socket whose message is larger than any body accepted, before parsing it, and serves others on', async () => {
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { token: 'x'.repeat(1024 * 1024) } }));
    expect(await closed).toBe(1009);
    expect((await ok(server.url, '{ me { username } }', {}, tokens.desk)).me.username).toBe('desk');
  });

  it("shows a unit's staff only their own unit's people, and takes heartbeats only on a ticket the caller may read", async () => {
    const t = (await desk(CREATE, { input: call() })).createTicket;
    await desk(TRANSFER, { id: t.id, unitId: 'unit-jinquan' });
    await ok(
      server.url,
      'mutation($id: ID!) { heartbeat(ticketId: $id, clientId: "scope") }',
      { id: t.id },
      tokens.jinquan1,
    );
    const PRESENCE = '{ presence { displayName ticketId } }';
    const names = async (token: string | undefined) =>
      ((await ok(server.url, PRESENCE, {}, token)).presence as Array<{ displayName: string }>).map(
        (p) => p.displayName,
      );
    expect(await names(tokens.leader)).toContain('金泉热力 杨磊');
    expect(await names(tokens.jinquan1)).toContain('金泉热力 杨磊');
    expect(await names(tokens.xingping1)).not.toContain('金泉热力 杨磊');
    const beat = (id: string) =>
      gql(server.url, 'mutation($id: ID!) { heartbeat(ticketId: $id, clientId: "probe") }', { id }, tokens.xingping1);
    expect(codeOf(await beat(t.id))).toBe('FORBIDDEN');
    expect(codeOf(await beat('99999999'))).toBe('NOT_FOUND');
    await ok(server.url, 'mutation { leaveBoard(clientId: "scope") }', {}, tokens.jinquan1);
  });

  it("stops showing a ticket's people to a unit once the ticket has left it", async () => {
    const t = (await desk(CREATE, { input: call() })).createTicket;
    await desk(TRANSFER, { id: t.id, unitId: 'unit-jinquan' });
    const ON = 'subscription($t: ID) { presence(ticketId: $t) { snapshot left entries { key displayName } } }';
    const watcher = subscribe(server.wsUrl, { token: tokens.jinquan1 }, ON, { t: t.id });
    await watcher.waitFor(1, 'the list on the ticket');
    const beat = (clientId: string) =>
      ok(
        server.url,
        'mutation($t: ID, $c: String) { heartbeat(ticketId: $t, clientId: $c) }',
        { t: t.id, c: clientId },
        tokens.desk,
      );
    await beat('desk-a');
    const last = () => JSON.stringify(watcher.items.at(-1));
    await until(
      () => present(watcher.items).some((p: any) => p.displayName.startsWith('受理员')),
      'the desk on it',
      last,
    );
    const deskA = present(watcher.items).find((p: any) => p.displayName.startsWith('受理员')).key;
    await ok(
      server.url,
      'mutation($id: ID!) { rejectTransfer(id: $id, reason: NOT_OUR_AREA) { id } }',
      { id: t.id },
      tokens.jinquan1,
    );
    // The next change on the ticket: Jinquan no longer reads it, so sees only its own people (none).
    await beat('desk-b');
    await until(() => present(watcher.items).length === 0, 'the list emptied for Jinquan', last);
    // The desk is sent as gone; the desk's second screen, which Jinquan may not see, not at all.
    expect(watcher.items.at(-1)).toEqual({ snapshot: false, entries: [], left: [deskA] });
    await watcher.stop();
    await ok(server.url, 'mutation { leaveBoard(clientId: "desk-a") }', {}, tokens.desk);
    await ok(server.url, 'mutation { leaveBoard(clientId: "desk-b") }', {}, tokens.desk);
  });

  const PRESENT = `subscription { presence { snapshot left entries { key displayName } } }`;

  it('drops a silent client from presence when its connection closes', async () => {
    const watcher = subscribe(server.wsUrl, { token: tokens.leader }, PRESENT);
    await watcher.waitFor(1, 'the presence list');
    const staff = subscribe(server.wsUrl, { token: tokens.xingping1 }, PRESENT);
    await staff.waitFor(1, "the presence list, on the staff member's socket");
    const last = () => JSON.stringify(watcher.items.at(-1));
    // A heartbeat over the staff member's own socket ties the presence to that connection.
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { token: tokens.xingping1 } }));
    await new Promise((r) => ws.once('message', r));
    ws.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'mutation { heartbeat(clientId: "wall") }' } }),
    );
    await until(() => present(watcher.items).some((p: any) => p.displayName === '兴平热电 张伟'), 'arrival', last);
    ws.terminate();
    await until(() => !present(watcher.items).some((p: any) => p.displayName === '兴平热电 张伟'), 'departure', last);
    await Promise.all([watcher.stop(), staff.stop()]);
  });

  it('drops a client whose heartbeats stop, after the presence TTL', async () => {
    const watcher = subscribe(server.wsUrl, { token: tokens.leader }, PRESENT);
    await watcher.waitFor(1, 'the presence list');
    const last = () => JSON.stringify(watcher.items.at(-1));
    // Over HTTP, so no connection ties it: only the missing heartbeats can end it.
    const sent = Date.now();
    await ok(server.url, 'mutation { heartbeat(clientId: "laptop") }', {}, tokens.desk);
    await until(() => present(watcher.items).some((p: any) => p.displayName === '受理员 王敏'), 'arrival', last);
    await until(() => !present(watcher.items).some((p: any) => p.displayName === '受理员 王敏'), 'expiry', last);
    // The server stamped the heartbeat after `sent`, and drops it only once the TTL (3 s here) has passed.
    expect(Date.now() - sent).toBeGreaterThanOrEqual(3000);
    await watcher.stop();
  });

  it('writes TICKET_OVERDUE once when a ticket passes its due time', async () => {
    const sub = await board('leader', { filter: { types: ['TICKET_OVERDUE'] } });
    const yesterday = new Date(Date.now() - 30 * 3600_000).toISOString();
    const overdue = async () =>
      (await desk(CREATE, { input: { ...call(), complexity: 'GENERAL', receivedAt: yesterday } })).createTicket;
    const t = await overdue();
    await until(() => sub.items.some((e) => e.ticket.id === t.id), 'the overdue event');
    // A second overdue ticket is marked by a later sweep, which must leave the first alone.
    const later = await overdue();
    await until(() => sub.items.some((e) => e.ticket.id === later.id), 'the second ticket’s overdue event');
    expect(sub.items.filter((e) => e.ticket.id === t.id)).toHaveLength(1);
    const events = (
      await desk('query($id: ID!) { ticket(id: $id) { overdue events { type actorName } } }', { id: t.id })
    ).ticket;
    expect(events.overdue).toBe(true);
    expect(events.events.filter((e: any) => e.type === 'TICKET_OVERDUE')).toHaveLength(1);
    await sub.stop();
  });

  // A bound on a failure only: under load, filling the buffers takes a while.
  it('cuts off a subscriber that does not read, telling it why once it catches up', { timeout: 180_000 }, async () => {
    // A raw socket whose reads are paused: the server's writes back up until its buffer overflows.
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { token: tokens.leader } }));
    await new Promise((r) => ws.once('message', r));
    let received = 0;
    ws.on('message', () => (received += 1));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    // Paused before anything arrives, so the socket's buffers stay small. The subscription is live
    // from whenever the server registers it (no `since`): the writes below go on until it overflows,
    // so it does not matter how late that is.
    (ws as any)._socket.pause();
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: BOARD } }));
    // Large events (a 4,000-character description, about 12 KB each) fill the socket buffers sooner.
    const long = { ...call(), description: '暖'.repeat(4000) };
    const others = await board('leader');
    // Twenty at a time (registrations commit together), up to 2,000: how many it takes depends on
    // the kernel's socket buffers, not on this test.
    const batch = () => Promise.all(Array.from({ length: 20 }, () => desk(CREATE, { input: long })));
    for (let i = 0; i < 100 && !server.output().includes('too slow'); i++) await batch();
    expect(server.output()).toContain('a board subscriber is too slow');
    // Another subscriber was not held up: it has every event so far.
    const last = (await desk('{ tickets(first: 1) { edges { node { id } } } }')).tickets.edges[0].node.id;
    await until(() => others.items.some((e) => e.ticket.id === last), 'the healthy subscriber to have every event');
    (ws as any)._socket.resume();
    const reason = await closed;
    expect(reason).toMatchObject({ code: 4503 });
    expect(reason.reason).toContain('resume from your last cursor');
    // What was queued before the close is read first.
    expect(received).toBeGreaterThan(0);
    await others.stop();
  });
});
