import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';

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

/** Finding 13: a write whose answer was lost, retried, must not happen twice. */
describe('a retried write with an Idempotency-Key', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;
  let desk: string;

  const post = async (query: string, variables: Record<string, unknown>, token: string, key?: string) => {
    const res = await fetch(server.url, {
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
  const count = async (token: string) => (await post(COUNT, {}, token)).body.data.tickets.totalCount as number;

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
    const first = await post(CREATE, { i: CALL }, desk, 'call-0001');
    const again = await post(CREATE, { i: CALL }, desk, 'call-0001');
    expect(first.body.data.created.id).toBeTruthy();
    expect(again.body).toEqual(first.body);
    expect(again.replayed).toBe('true');
    expect(first.replayed).toBeNull();
    expect(await count(desk)).toBe(before + 1);
    // Without a key, the same call sent twice is two calls, as before.
    await post(CREATE, { i: CALL }, desk);
    await post(CREATE, { i: CALL }, desk);
    expect(await count(desk)).toBe(before + 3);
  });

  it('moves a ticket once, and answers the retry with the ticket as it stands', async () => {
    const id = (await post(CREATE, { i: CALL }, desk)).body.data.created.id;
    const first = await post(TRANSFER, { id }, desk, 'move-0001');
    const again = await post(TRANSFER, { id }, desk, 'move-0001');
    expect(first.body.data.transferTicket.status).toBe('TRANSFERRED');
    expect(again.body.data.transferTicket).toEqual(first.body.data.transferTicket);
    const events = (await post(HISTORY, { id }, desk)).body.data.ticket.events.map((e: { type: string }) => e.type);
    expect(events).toEqual(['TICKET_REGISTERED', 'TICKET_TRANSFERRED']);
    // Sent again without the key, the transfer is refused as a transfer of a transferred ticket.
    expect((await post(TRANSFER, { id }, desk)).body.errors[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('runs two retries that arrive together once', async () => {
    const before = await count(desk);
    const [a, b] = await Promise.all([
      post(CREATE, { i: CALL }, desk, 'together-1'),
      post(CREATE, { i: CALL }, desk, 'together-1'),
    ]);
    expect(a.body.data.created.id).toBe(b.body.data.created.id);
    expect([a.replayed, b.replayed].sort()).toEqual([null, 'true'].sort());
    expect(await count(desk)).toBe(before + 1);
  });

  it('takes the same key with another write as another write, and a refusal replayed as applied', async () => {
    const before = await count(desk);
    await post(CREATE, { i: CALL }, desk, 'reused-key');
    await post(CREATE, { i: { ...CALL, description: '另一户也不热' } }, desk, 'reused-key');
    expect(await count(desk)).toBe(before + 2);

    const jinquan = await login(server.url, 'jinquan1');
    const id = (await post(CREATE, { i: CALL }, desk)).body.data.created.id;
    await post(TRANSFER, { id }, desk);
    const REFUSE = 'mutation($id: ID!) { rejectTransfer(id: $id, reason: NOT_OUR_AREA) { id status } }';
    const first = await post(REFUSE, { id }, jinquan, 'refuse-1');
    expect(first.body.data.rejectTransfer.status).toBe('REGISTERED');
    // The ticket is back at the desk, no longer the unit's to read: the retry is told it was done.
    const again = await post(REFUSE, { id }, jinquan, 'refuse-1');
    expect(again.replayed).toBe('true');
    expect(again.body.errors[0].extensions).toMatchObject({ code: 'ALREADY_APPLIED', ticketId: id });
  });

  it('keeps each credential’s keys apart, and refuses a key that is not one', async () => {
    // Another session is another credential, as another API key would be.
    const other = await login(server.url, 'desk');
    const before = await count(desk);
    const mine = await post(CREATE, { i: CALL }, desk, 'shared-key-1');
    const theirs = await post(CREATE, { i: CALL }, other, 'shared-key-1');
    expect(theirs.body.data.created.id).not.toBe(mine.body.data.created.id);
    expect(await count(desk)).toBe(before + 2);
    const bad = await post(CREATE, { i: CALL }, desk, 'has a space');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('recognises the retry after a restart: what was committed before the answer was lost', async () => {
    const first = await post(CREATE, { i: CALL }, desk, 'before-restart');
    await server.stop();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    // The session outlives the restart: the client retries with the same token and key.
    const again = await post(CREATE, { i: CALL }, desk, 'before-restart');
    expect(again.body.data.created.id).toBe(first.body.data.created.id);
  });
});
