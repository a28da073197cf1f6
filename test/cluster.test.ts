import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, ok } from './support/graphql.js';
import { startServer, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl, redisUrl } from './support/services.js';
import { subscribe, subscribeFromNow, until } from './support/ws.js';

const BOARD = `subscription($since: String, $filter: BoardEventFilter) {
  boardEvents(since: $since, filter: $filter) { seq cursor type ticket { id status } } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const call = (over: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'JINQUAN_LINE_1',
  // Complex: due in three working days, so no sweep marks it overdue while the suite runs past midnight.
  complexity: 'COMPLEX',
  callerName: '赵六',
  callerPhone: '13812340000',
  compoundId: 'cp-001',
  description: '不热',
  ...over,
});

/** Whether something accepts TCP connections on the port. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
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
    token.deskB = await login(b.url, 'desk');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('delivers a mutation on instance A to a subscriber on instance B', async () => {
    const onB = await subscribeFromNow(b.url, b.wsUrl, token.leaderB!, BOARD);
    const t = (await ok(a.url, CREATE, { input: call() }, token.deskA)).createTicket;
    const [e] = await onB.waitFor(1, 'the registration on A, on B');
    expect(e).toMatchObject({ type: 'TICKET_REGISTERED', ticket: { id: t.id } });
    await onB.stop();
  });

  it('stops transfers to a unit deactivated on the other instance', async () => {
    const admin = await login(a.url, 'admin');
    await ok(a.url, 'mutation { deactivateUnit(id: "unit-property-08") { active } }', {}, admin);
    // B reads its places again when A says so over Redis; without that it would wait for a restart.
    await until(
      async () =>
        !(await ok(b.url, '{ units { id } }', {}, token.deskB)).units.some(
          (u: { id: string }) => u.id === 'unit-property-08',
        ),
      'B to drop the deactivated unit',
    );
    const t = (await ok(b.url, CREATE, { input: call() }, token.deskB)).createTicket;
    const refused = await gql(
      b.url,
      'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-property-08") { id } }',
      { id: t.id },
      token.deskB,
    );
    expect(refused.errors?.[0]?.extensions?.messageKey).toBe('input.inactiveUnit');
  });

  it('lets a subscriber that reconnects from A to B resume without loss', async () => {
    const leaderA = await login(a.url, 'leader');
    const onA = await subscribeFromNow(a.url, a.wsUrl, leaderA, BOARD);
    await ok(a.url, CREATE, { input: call() }, token.deskA);
    const cursor = (await onA.waitFor(1, 'the registration on A'))[0].cursor;
    await onA.stop();
    for (let i = 0; i < 20; i++) await ok(a.url, CREATE, { input: call() }, token.deskA);
    // The cursor from A is valid on B: the sequence comes from the shared database.
    const onB = subscribe(b.wsUrl, { token: token.leaderB }, BOARD, { since: cursor });
    await onB.waitFor(20, 'the 20 registrations since the cursor');
    // One more, live: a duplicate or a gap in the replay would show before it.
    await ok(a.url, CREATE, { input: call() }, token.deskA);
    await onB.waitFor(21, 'the 20 replayed, then one live');
    expect(onB.items.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => Number(cursor) + 1 + i));
    await onB.stop();
  });

  it('writes TICKET_OVERDUE once although both instances sweep', async () => {
    const yesterday = new Date(Date.now() - 30 * 3600_000).toISOString();
    const overdue = { complexity: 'GENERAL', receivedAt: yesterday };
    const ids: string[] = [];
    for (let i = 0; i < 10; i++)
      ids.push((await ok(a.url, CREATE, { input: call(overdue) }, token.deskA)).createTicket.id);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const counts = async (of: string[]) =>
      (
        await c.query(
          `select ticket_id, count(*)::int as n from ticket_event
           where type = 'TICKET_OVERDUE' and ticket_id = any($1::int[]) group by ticket_id order by ticket_id`,
          [of.map(Number)],
        )
      ).rows as { ticket_id: number; n: number }[];
    const show = async () => JSON.stringify(await counts(ids));
    await until(async () => (await counts(ids)).length === 10, 'an overdue event for each of the 10 tickets', show);
    // Overdue tickets registered on B afterwards are marked by later sweeps, which must leave the first ten alone.
    const later: string[] = [];
    for (let i = 0; i < 2; i++)
      later.push((await ok(b.url, CREATE, { input: call(overdue) }, token.deskB)).createTicket.id);
    await until(async () => (await counts(later)).length === 2, 'the later tickets’ overdue events', show);
    const rows = await counts([...ids, ...later]);
    await c.end();
    expect(rows.map((r) => r.n)).toEqual(Array(12).fill(1));
  });

  it('never skips an event whose number was drawn first but committed last', async () => {
    const onB = await subscribeFromNow(b.url, b.wsUrl, token.leaderB!, BOARD);
    const ticketId = (await ok(a.url, CREATE, { input: call() }, token.deskA)).createTicket.id;
    await onB.waitFor(1, 'the registration');
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
    // Once A's write waits for the commit-order lock, it holds no event B could have been sent.
    const watch = new pg.Client({ connectionString: db.url });
    await watch.connect();
    const waiting = async () =>
      (
        await watch.query(`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted
             and database = (select oid from pg_database where datname = current_database())`)
      ).rows[0].n as number;
    await until(async () => (await waiting()) > 0, "A's write to wait for the lock");
    await watch.end();
    expect(onB.items.map((e) => e.seq)).toEqual([n - 1]);
    await slow.query('commit');
    await slow.end();
    await later;
    await onB.waitFor(3, 'the stalled event, then the later one');
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
    return until(() => accepts(port), `Redis to accept connections on port ${port}`);
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
    const onA = await subscribeFromNow(a.url, a.wsUrl, await login(a.url, 'leader'), BOARD);
    const onB = await subscribeFromNow(b.url, b.wsUrl, await login(b.url, 'leader'), BOARD);
    redisProc.kill('SIGKILL');
    await until(
      () => a.output().includes('Redis is unreachable'),
      'the warning on A',
      () => a.output().slice(-500),
    );
    // Still ready (it serves its own clients; B finds the changes in the log), and says why it is degraded.
    const readyz = async (s: RunningServer) => {
      const res = await fetch(s.url.replace('/graphql', '/readyz'));
      return { status: res.status, ...((await res.json()) as { bus: string }) };
    };
    await until(async () => (await readyz(a)).bus === 'redis-degraded', "A's readiness to report Redis degraded");
    expect(await readyz(a)).toMatchObject({ status: 200, ready: true, bus: 'redis-degraded' });
    for (let i = 0; i < 5; i++) await ok(a.url, CREATE, { input: call() }, desk);
    await onA.waitFor(5, 'the 5 registrations on A, delivered locally');
    // B hears nothing from Redis, but its feed polls the log.
    await onB.waitFor(5, 'the 5 registrations on B, found in the log');
    await startRedis();
    await until(
      () => a.output().includes('Redis is back') && b.output().includes('Redis is back'),
      'both instances to see Redis back',
      () => `A: ${a.output().slice(-300)}\nB: ${b.output().slice(-300)}`,
    );
    expect(await readyz(b)).toMatchObject({ status: 200, bus: 'redis' });
    await ok(a.url, CREATE, { input: call() }, desk);
    await onA.waitFor(6, 'the registration after recovery, on A');
    await onB.waitFor(6, 'the registration after recovery, on B');
    expect(onB.items.map((e) => e.seq)).toEqual(onA.items.map((e) => e.seq));
    await Promise.all([onA.stop(), onB.stop()]);
  });
});
