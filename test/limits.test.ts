import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { complexCall, CREATE_CALL } from './support/tickets.js';
import { subscribe, until } from './support/ws.js';

// Finding 6: 60 aliased pages of 200 tickets with their history stalled everyone for 6.6 s; 60
// aliases are over the alias limit, and 25 are still far over the cost limit.
const HEAVY = `{ ${Array.from(
  { length: 25 },
  (_, i) =>
    `p${i}: tickets(first: 200) { edges { node { id description events { note changes { field from to } } } } }`,
).join(' ')} }`;
// 1 + 100 × (edges 1 + node 1 + id 1) = 301, and rateLimit with its 4 fields 5: 306 a request.
const PAGE = '{ tickets(first: 100) { edges { node { id } } } rateLimit { cost limit remaining resetAt } }';
const BUDGET = 2_000;

/** `n` calls registered at the desk, one after another: a log to replay. */
async function registerCalls(url: string, desk: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await ok(url, CREATE_CALL, { input: complexCall('暖气不热') }, desk);
}
const COST = 306;

describe('what one client may cost the others', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_RATE_LIMIT: String(BUDGET) });
    for (const u of ['desk', 'leader', 'admin']) tokens[u] = await login(server.url, u);
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.remove();
  });

  it('refuses a document that costs more than the maximum before it runs, over HTTP and WebSocket', async () => {
    const r = await gql(server.url, HEAVY, {}, tokens.leader);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0]!.extensions!.cost).toBeGreaterThan(r.errors![0]!.extensions!.maximumCost as number);
    expect(r.data ?? null).toBeNull();

    const s = subscribe(server.wsUrl, { token: tokens.leader }, HEAVY);
    await until(() => s.errors.length > 0, 'the refusal over the socket');
    expect(JSON.stringify(s.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    await s.stop();
  });

  it('refuses variables nested deeper than any input, signed out, without a 500', async () => {
    // Written out by hand: JSON.stringify itself would overflow on it.
    const deep = `${'['.repeat(60_000)}${']'.repeat(60_000)}`;
    const r = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"{ __typename }","variables":{"a":${deep}}}`,
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('charges each request its cost, tells the budget in headers and in rateLimit, and answers 429 once it is spent', async () => {
    const token = tokens.desk!;
    const first = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PAGE }),
    });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { data: { rateLimit: { cost: number; limit: number; remaining: number } } };
    expect(body.data.rateLimit).toMatchObject({ cost: COST, limit: BUDGET, remaining: BUDGET - COST });
    expect(first.headers.get('ratelimit-limit')).toBe(String(BUDGET));
    expect(first.headers.get('ratelimit-remaining')).toBe(String(BUDGET - COST));
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);

    let refused: Response | null = null;
    for (let i = 0; i < 10 && !refused; i++) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PAGE }),
      });
      if (res.status !== 200) refused = res;
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    const refusal = (await refused!.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(refusal.errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');

    // Over the WebSocket the same budget is spent: refused there too.
    const s = subscribe(server.wsUrl, { token }, PAGE);
    await until(() => s.errors.length > 0 || s.items.length > 0, 'an answer over the socket');
    expect(JSON.stringify(s.errors)).toContain('TOO_MANY_REQUESTS');
    await s.stop();

    // Another credential's budget is its own.
    expect((await ok(server.url, PAGE, {}, tokens.leader)).rateLimit.cost).toBe(COST);
  });

  it('caps the operations one connection holds open, and frees a place when one completes', async () => {
    const token = tokens.admin!;
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const messages: Array<{ id?: string; type: string; payload?: unknown }> = [];
    socket.on('message', (m) => messages.push(JSON.parse(String(m))));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { token } }));
    await until(() => messages.some((m) => m.type === 'connection_ack'), 'the acknowledgement');
    const start = (id: string) =>
      socket.send(
        JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { boardEvents { seq } }' } }),
      );
    for (let i = 0; i < 50; i++) start(`s${i}`);
    start('one-too-many');
    await until(() => messages.some((m) => m.id === 'one-too-many'), 'the 51st operation’s answer');
    const answer = messages.find((m) => m.id === 'one-too-many')!;
    expect(answer.type).toBe('error');
    expect(JSON.stringify(answer.payload)).toContain('TOO_MANY_REQUESTS');

    socket.send(JSON.stringify({ id: 's0', type: 'complete' }));
    // The server frees the place once the completed subscription has wound down; until then a new
    // operation is refused. A query answers at once when admitted: its `next` proves the place is free.
    let attempt = 0;
    await until(() => {
      const last = messages.find((m) => m.id === `q${attempt}` && m.type !== 'complete');
      if (last?.type === 'next') return true;
      if (attempt === 0 || last) {
        attempt += 1;
        socket.send(JSON.stringify({ id: `q${attempt}`, type: 'subscribe', payload: { query: '{ boardCursor }' } }));
      }
      return false;
    }, 'a query admitted after a subscription completed');
    socket.close();
  });

  it('caps the connections of one credential', async () => {
    const token = await login(server.url, 'jinquan1');
    const sockets = Array.from({ length: 21 }, () => subscribe(server.wsUrl, { token }, '{ boardCursor }'));
    await until(
      () => sockets.filter((s) => s.closed?.code === 1013).length === 1,
      'one connection over the cap closed with 1013',
      () => JSON.stringify(sockets.map((s) => s.closed)),
    );
    await Promise.all(sockets.map((s) => s.stop()));
  });

  it('caps the connections from one address, signed in or not (finding 9: 1,000 were accepted)', async () => {
    const closes: Array<number | null> = [];
    const sockets = Array.from({ length: 201 }, (_, i) => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
      closes[i] = null;
      socket.on('close', (code) => (closes[i] = code));
      socket.on('error', () => undefined);
      return socket;
    });
    await until(
      () => closes.includes(1013),
      'a connection over the cap closed with 1013',
      () => JSON.stringify(closes.filter((c) => c !== null)),
    );
    // Those accepted wait for their connection_init (and are closed 4408 without one), never more than the cap.
    await until(() => closes.every((c) => c !== null), 'every connection closed');
    expect(closes.filter((c) => c !== 1013).length).toBeLessThanOrEqual(200);
    for (const s of sockets) s.terminate();
  });
});

describe('a subscription resuming from far behind (finding 7)', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_REPLAY_WINDOW: '10' });
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.remove();
  });

  it('gets a GAP and the newest window instead of the whole log, and is replayed whole within the window', async () => {
    const desk = await login(server.url, 'desk');
    await registerCalls(server.url, desk, 12);
    const head = Number((await ok(server.url, '{ boardCursor }', {}, desk)).boardCursor);

    // From the very start (12 events behind, the window is 10): told of the gap, then the newest 10.
    const old = subscribe(
      server.wsUrl,
      { token: desk },
      'subscription { boardEvents(since: "0") { seq type ticketId cursor } }',
    );
    const [gap, ...newest] = await old.waitFor(11, 'the gap and the newest window');
    expect(gap).toEqual({ seq: head - 10, type: 'GAP', ticketId: null, cursor: String(head - 10) });
    expect(newest.map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => head - 9 + i));
    await old.stop();

    const recent = subscribe(
      server.wsUrl,
      { token: desk },
      'subscription($s: String) { boardEvents(since: $s) { seq } }',
      {
        s: String(head - 10),
      },
    );
    const items = await recent.waitFor(10, 'the last 10 events');
    expect(items.map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => head - 9 + i));
    await recent.stop();
  });
});

describe('replays inside the window are paid for by the credential that asks', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_RATE_LIMIT: '100000' });
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.remove();
  });

  // Found by bench/abuse.mjs: 50 replays of a 1,000-event log on one socket, each replayed in full
  // at once, held everyone else's requests for 18 s.
  it('replays 20 subscriptions on one socket whole and in order, each event charged at the document’s cost', async () => {
    const desk = await login(server.url, 'desk');
    await registerCalls(server.url, desk, 15);
    const leader = await login(server.url, 'leader');
    const head = Number((await ok(server.url, '{ boardCursor }', {}, leader)).boardCursor);
    const budget = '{ rateLimit { remaining } }';
    const before = (await ok(server.url, budget, {}, leader)).rateLimit.remaining as number;

    // boardEvents 1 + seq 1 + ticket 1 + id 1: each event read back costs 4, as one query would.
    const REPLAY = 'subscription { boardEvents(since: "0") { seq ticket { id } } }';
    const PER_EVENT = 4;
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const seqs = new Map<string, number[]>();
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { token: leader } }));
    socket.on('message', (data: Buffer) => {
      const m = JSON.parse(String(data)) as { type: string; id?: string; payload?: any };
      if (m.type === 'connection_ack')
        for (let i = 0; i < 20; i++)
          socket.send(JSON.stringify({ id: `r${i}`, type: 'subscribe', payload: { query: REPLAY } }));
      if (m.type === 'next') seqs.set(m.id!, [...(seqs.get(m.id!) ?? []), m.payload.data.boardEvents.seq as number]);
      if (m.type === 'error') throw new Error(JSON.stringify(m.payload));
    });
    const whole = (list: number[] | undefined) => list?.at(-1) === head;
    await until(() => seqs.size === 20 && [...seqs.values()].every(whole), 'every replay caught up');
    // The whole log (the demo's events and the 15 calls), in order, to every one of them.
    const first = seqs.get('r0')!;
    expect(first.length).toBeGreaterThanOrEqual(15);
    expect(first.every((seq, i) => i === 0 || seq > first[i - 1]!)).toBe(true);
    for (const list of seqs.values()) expect(list).toEqual(first);
    socket.close();

    const after = (await ok(server.url, budget, {}, leader)).rateLimit.remaining as number;
    // 20 admissions, 20 replays of every event, and the second look at the budget.
    expect(before - after).toBe(20 * PER_EVENT + 20 * first.length * PER_EVENT + 2);
  });
});
