import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok } from './support/graphql.js';
import { startServer, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl, redisUrl } from './support/services.js';
import { sleep, subscribe, until } from './support/ws.js';

const BOARD = `subscription($since: String, $filter: BoardEventFilter) {
  boardEvents(since: $since, filter: $filter) { seq cursor type ticket { id status } } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const call = (over: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'JINQUAN_LINE_1',
  complexity: 'GENERAL',
  callerName: '赵六',
  callerPhone: '13812340000',
  compoundId: 'cp-001',
  description: '不热',
  ...over,
});

const pgBase = postgresUrl();
const redis = redisUrl();

describe.runIf(pgBase && redis)('several instances on one PostgreSQL and one Redis', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: RunningServer;
  let b: RunningServer;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    db = await createDatabase(pgBase!);
    // Polling the log is slowed to a minute here, so only Redis can carry events across in time.
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis!,
      HEATLINE_DEMO: '1',
      HEATLINE_OVERDUE_SWEEP_MS: '100',
      HEATLINE_FEED_POLL_MS: '60000',
    };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
    token.deskA = await login(a.url, 'desk');
    token.leaderB = await login(b.url, 'leader');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('delivers a mutation on instance A to a subscriber on instance B', async () => {
    const onB = subscribe(b.wsUrl, { token: token.leaderB }, BOARD);
    await sleep(300);
    const t = (await ok(a.url, CREATE, { input: call() }, token.deskA)).createTicket;
    const [e] = await onB.waitFor(1, 3000);
    expect(e).toMatchObject({ type: 'TICKET_REGISTERED', ticket: { id: t.id } });
    await onB.stop();
  });

  it('lets a subscriber that reconnects from A to B resume without loss', async () => {
    const leaderA = await login(a.url, 'leader');
    const onA = subscribe(a.wsUrl, { token: leaderA }, BOARD);
    await sleep(300);
    await ok(a.url, CREATE, { input: call() }, token.deskA);
    const cursor = (await onA.waitFor(1))[0].cursor;
    await onA.stop();
    for (let i = 0; i < 20; i++) await ok(a.url, CREATE, { input: call() }, token.deskA);
    // The cursor from A is valid on B: the sequence comes from the shared database.
    const onB = subscribe(b.wsUrl, { token: token.leaderB }, BOARD, { since: cursor });
    const got = await onB.waitFor(20);
    await sleep(300);
    const seqs = onB.items.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => Number(cursor) + 1 + i));
    expect(got).toHaveLength(20);
    await onB.stop();
  });

  it('writes TICKET_OVERDUE once although both instances sweep', async () => {
    const yesterday = new Date(Date.now() - 30 * 3600_000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++)
      ids.push((await ok(a.url, CREATE, { input: call({ receivedAt: yesterday }) }, token.deskA)).createTicket.id);
    await sleep(1500);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const rows = await c.query(
      `select ticket_id, count(*)::int as n from ticket_event where type = 'TICKET_OVERDUE' and ticket_id = any($1::int[]) group by ticket_id`,
      [ids.map(Number)],
    );
    await c.end();
    expect(rows.rows).toHaveLength(10);
    expect(rows.rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  });

  it('never skips an event whose number was drawn first but committed last', async () => {
    const onB = subscribe(b.wsUrl, { token: token.leaderB }, BOARD);
    await sleep(300);
    const ticketId = (await ok(a.url, CREATE, { input: call() }, token.deskA)).createTicket.id;
    await onB.waitFor(1);
    // Another writer (as an instance would: commit-order lock, then the event) draws n and stalls.
    const slow = new pg.Client({ connectionString: db.url });
    await slow.connect();
    await slow.query('begin');
    await slow.query('select pg_advisory_xact_lock($1)', [0x4845_4556]);
    const n = (
      await slow.query(
        `insert into ticket_event (ticket_id, type, actor_name, at, changes, note)
       values ($1, 'TICKET_REGISTERED', 'slow writer', now(), '{}', null) returning seq`,
        [ticketId],
      )
    ).rows[0].seq as number;
    // Meanwhile instance A writes n+1 (it must wait for the earlier number to commit first).
    const later = ok(a.url, CREATE, { input: call() }, token.deskA);
    await sleep(500);
    expect(onB.items.map((e) => e.seq)).toEqual([n - 1]);
    await slow.query('commit');
    await slow.end();
    await later;
    await onB.waitFor(3);
    expect(onB.items.map((e) => e.seq)).toEqual([n - 1, n, n + 1]);
    await onB.stop();
  });
});

describe.runIf(pgBase)('when Redis goes away', () => {
  let redisProc: ChildProcess;
  let port: number;
  let db: { url: string; drop: () => Promise<void> };
  let a: RunningServer;
  let b: RunningServer;

  const startRedis = () => {
    redisProc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    return sleep(300);
  };

  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    await startRedis();
    db = await createDatabase(pgBase!);
    const env = { DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${port}`, HEATLINE_DEMO: '1' };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    redisProc?.kill('SIGKILL');
    await db?.drop();
  });

  it('degrades to local delivery with a warning, finds the rest in the log, and recovers by itself', async () => {
    const desk = await login(a.url, 'desk');
    const onA = subscribe(a.wsUrl, { token: await login(a.url, 'leader') }, BOARD);
    const onB = subscribe(b.wsUrl, { token: await login(b.url, 'leader') }, BOARD);
    await sleep(300);
    redisProc.kill('SIGKILL');
    await until(() => a.output().includes('Redis is unreachable'), 10_000, 'the warning');
    for (let i = 0; i < 5; i++) await ok(a.url, CREATE, { input: call() }, desk);
    await onA.waitFor(5, 3000);
    // B hears nothing from Redis, but its feed polls the log.
    await onB.waitFor(5, 5000);
    await startRedis();
    await until(() => a.output().includes('Redis is back') && b.output().includes('Redis is back'), 15_000, 'recovery');
    await ok(a.url, CREATE, { input: call() }, desk);
    await onB.waitFor(6, 3000);
    expect(onB.items.map((e) => e.seq)).toEqual(onA.items.map((e) => e.seq));
    await Promise.all([onA.stop(), onB.stop()]);
  });
});
