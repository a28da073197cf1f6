import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { login } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl, redisUrl } from './support/services.js';

const CALL = {
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '赵六',
  callerPhone: '13812345678',
  compoundId: 'cp-001',
  description: '暖气不热',
};
const CREATE = 'mutation($i: CreateTicketInput!) { created: createTicket(input: $i) { id number status } }';
const TRANSFER = 'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id status version } }';
const HISTORY = 'query($id: ID!) { ticket(id: $id) { events { type } } }';
const COUNT = '{ tickets(first: 0) { totalCount } }';

const post = async (url: string, query: string, variables: Record<string, unknown>, token: string, key?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: (await res.json()) as any };
};

/** One operation over a socket, with `extensions` (the idempotency key) as the client sends them. */
const overSocket = (client: Client, query: string, variables: Record<string, unknown>, extensions = {}) =>
  new Promise<FormattedExecutionResult<any, any>>((resolve, reject) => {
    let result: FormattedExecutionResult<any, any>;
    client.subscribe<any, any>(
      { query, variables, extensions },
      { next: (r) => (result = r), error: reject, complete: () => resolve(result) },
    );
  });
const socketOf = (wsUrl: string, token: string) =>
  createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0 });

/** Finding 13: a write whose answer was lost, retried, must not happen twice. */
describe('a retried write with an Idempotency-Key', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;
  let desk: string;

  const send = (query: string, variables: Record<string, unknown>, token: string, key?: string) =>
    post(server.url, query, variables, token, key);
  const count = async (token: string) => (await send(COUNT, {}, token)).body.data.tickets.totalCount as number;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    desk = await login(server.url, 'desk');
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.remove();
  });

  it('registers a call once however often it is sent, and answers each retry with the same ticket', async () => {
    const before = await count(desk);
    const first = await send(CREATE, { i: CALL }, desk, 'call-0001');
    const again = await send(CREATE, { i: CALL }, desk, 'call-0001');
    expect(first.body.data.created.id).toBeTruthy();
    expect(again.body).toEqual(first.body);
    expect(again.replayed).toBe('true');
    expect(first.replayed).toBeNull();
    expect(await count(desk)).toBe(before + 1);
    // Without a key, the same call sent twice is two calls, as before.
    await send(CREATE, { i: CALL }, desk);
    await send(CREATE, { i: CALL }, desk);
    expect(await count(desk)).toBe(before + 3);
  });

  it('moves a ticket once, and answers the retry with the ticket as it stands', async () => {
    const id = (await send(CREATE, { i: CALL }, desk)).body.data.created.id;
    const first = await send(TRANSFER, { id }, desk, 'move-0001');
    const again = await send(TRANSFER, { id }, desk, 'move-0001');
    expect(first.body.data.transferTicket.status).toBe('TRANSFERRED');
    expect(again.body.data.transferTicket).toEqual(first.body.data.transferTicket);
    const events = (await send(HISTORY, { id }, desk)).body.data.ticket.events.map((e: { type: string }) => e.type);
    expect(events).toEqual(['TICKET_REGISTERED', 'TICKET_TRANSFERRED']);
    // Sent again without the key, the transfer is refused as a transfer of a transferred ticket.
    expect((await send(TRANSFER, { id }, desk)).body.errors[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('runs two retries that arrive together once', async () => {
    const before = await count(desk);
    const [a, b] = await Promise.all([
      send(CREATE, { i: CALL }, desk, 'together-1'),
      send(CREATE, { i: CALL }, desk, 'together-1'),
    ]);
    expect(a.body.data.created.id).toBe(b.body.data.created.id);
    expect([a.replayed, b.replayed].sort()).toEqual([null, 'true'].sort());
    expect(await count(desk)).toBe(before + 1);
  });

  it('takes the same key with another write as another write, and a refusal replayed as applied', async () => {
    const before = await count(desk);
    await send(CREATE, { i: CALL }, desk, 'reused-key');
    await send(CREATE, { i: { ...CALL, description: '另一户也不热' } }, desk, 'reused-key');
    expect(await count(desk)).toBe(before + 2);

    const jinquan = await login(server.url, 'jinquan1');
    const id = (await send(CREATE, { i: CALL }, desk)).body.data.created.id;
    await send(TRANSFER, { id }, desk);
    const REFUSE = 'mutation($id: ID!) { rejectTransfer(id: $id, reason: NOT_OUR_AREA) { id status } }';
    const first = await send(REFUSE, { id }, jinquan, 'refuse-1');
    expect(first.body.data.rejectTransfer.status).toBe('REGISTERED');
    // The ticket is back at the desk, no longer the unit's to read: the retry is told it was done.
    const again = await send(REFUSE, { id }, jinquan, 'refuse-1');
    expect(again.replayed).toBe('true');
    expect(again.body.errors[0].extensions).toMatchObject({ code: 'ALREADY_APPLIED', ticketId: id });
  });

  it('keeps each credential’s keys apart, and refuses a key that is not one', async () => {
    // Another session is another credential, as another API key would be.
    const other = await login(server.url, 'desk');
    const before = await count(desk);
    const mine = await send(CREATE, { i: CALL }, desk, 'shared-key-1');
    const theirs = await send(CREATE, { i: CALL }, other, 'shared-key-1');
    expect(theirs.body.data.created.id).not.toBe(mine.body.data.created.id);
    expect(await count(desk)).toBe(before + 2);
    const bad = await send(CREATE, { i: CALL }, desk, 'has a space');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('recognises the retry after a restart: what was committed before the answer was lost', async () => {
    const first = await send(CREATE, { i: CALL }, desk, 'before-restart');
    await server.stop();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    // The session outlives the restart: the client retries with the same token and key.
    const again = await send(CREATE, { i: CALL }, desk, 'before-restart');
    expect(again.body.data.created.id).toBe(first.body.data.created.id);
  });
});

describe('a retried write over the WebSocket, with extensions.idempotencyKey', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;
  let desk: string;
  let client: Client;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    desk = await login(server.url, 'desk');
    client = socketOf(server.wsUrl, desk);
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.stop();
    tmp?.remove();
  });
  const count = async () => (await post(server.url, COUNT, {}, desk)).body.data.tickets.totalCount as number;

  it('registers a call once however often it is sent, and says which answer is a replay', async () => {
    const before = await count();
    const first = await overSocket(client, CREATE, { i: CALL }, { idempotencyKey: 'ws-call-1' });
    const again = await overSocket(client, CREATE, { i: CALL }, { idempotencyKey: 'ws-call-1' });
    expect(first.data.created.id).toBeTruthy();
    expect(again.data).toEqual(first.data);
    expect(first.extensions?.replayed).toBeUndefined();
    expect(again.extensions?.replayed).toBe(true);
    // Sent on another socket of the same session (a reconnect), it is still the same write.
    const reconnected = socketOf(server.wsUrl, desk);
    const third = await overSocket(reconnected, CREATE, { i: CALL }, { idempotencyKey: 'ws-call-1' });
    await reconnected.dispose();
    expect(third.data).toEqual(first.data);
    expect(await count()).toBe(before + 1);
  });

  it('runs two retries that arrive together once', async () => {
    const before = await count();
    const [a, b] = await Promise.all([
      overSocket(client, CREATE, { i: CALL }, { idempotencyKey: 'ws-together' }),
      overSocket(client, CREATE, { i: CALL }, { idempotencyKey: 'ws-together' }),
    ]);
    expect(a.data.created.id).toBe(b.data.created.id);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a key that is not one, without running the write', async () => {
    const before = await count();
    const bad = await overSocket(client, CREATE, { i: CALL }, { idempotencyKey: 'has a space' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});

const pgBase = postgresUrl();
const redis = redisUrl();

describe.runIf(pgBase && redis)('a retried write sent to two instances at once', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: RunningServer;
  let b: RunningServer;
  let desk: string;

  beforeAll(async () => {
    db = await createDatabase(pgBase!);
    const env = { DATABASE_URL: db.url, REDIS_URL: redis!, HEATLINE_DEMO: '1' };
    a = await startServer(env);
    b = await startServer(env);
    desk = await login(a.url, 'desk');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('is done once: the other instance answers with the same ticket, or IN_PROGRESS while it runs', async () => {
    const count = async () => (await post(a.url, COUNT, {}, desk)).body.data.tickets.totalCount as number;
    const before = await count();
    const keys = Array.from({ length: 12 }, (_, i) => `both-${i}`);
    const pairs = await Promise.all(
      keys.map((k) =>
        Promise.all([post(a.url, CREATE, { i: CALL }, desk, k), post(b.url, CREATE, { i: CALL }, desk, k)]),
      ),
    );
    for (const pair of pairs) {
      const ids = pair.filter((r) => r.body.data).map((r) => r.body.data.created.id);
      const waiting = pair.filter((r) => !r.body.data);
      for (const w of waiting) expect([w.status, w.body.errors[0].extensions.code]).toEqual([409, 'IN_PROGRESS']);
      expect(new Set(ids).size).toBe(1);
    }
    expect(await count()).toBe(before + keys.length);
  });
});
