import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { serverForSuite, startServer, tempDir, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl } from './support/services.js';
import { subscribe, subscribeFromNow, until } from './support/ws.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const CREATE = 'mutation CreateCall($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
const call = (callerName: string, callerPhone: string) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName,
  callerPhone,
  compoundId: 'cp-001',
  description: '暖气不热',
});

/** A GraphQL POST with extra headers; the response's own headers come back too. */
async function post(url: string, query: string, variables: object, headers: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: any[] } };
}

const scrape = async (server: RunningServer, authorization?: string) => {
  const res = await fetch(new URL('/metrics', server.url), { headers: authorization ? { authorization } : {} });
  return { status: res.status, text: await res.text() };
};

/** The value of one sample (`name{labels} value`), summed over the samples matching every given label. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  let found = false;
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    if (!Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`))) continue;
    found = true;
    sum += Number(m[3]);
  }
  if (!found) throw new Error(`no sample ${name} ${JSON.stringify(labels)} in:\n${text.slice(0, 3000)}`);
  return sum;
}

describe('metrics', () => {
  const server = serverForSuite({ HEATLINE_METRICS_TOKEN: TOKEN });

  it('are not served at all without HEATLINE_METRICS_TOKEN', async () => {
    const dir = tempDir();
    const plain = await startServer({ HEATLINE_DATA_DIR: dir.dir });
    try {
      const r = await scrape(plain, `Bearer ${TOKEN}`);
      expect(r.status).toBe(404);
      expect(r.text).not.toContain('heatline_');
    } finally {
      await plain.stop();
      dir.remove();
    }
  });

  it('are refused without the token or with another one', async () => {
    expect((await scrape(server)).status).toBe(401);
    expect((await scrape(server, 'Bearer metrics-token-0123456789abcdeX')).status).toBe(401);
    expect((await scrape(server, TOKEN)).status).toBe(401);
    const r = await scrape(server, `Bearer ${TOKEN}`);
    expect(r.status).toBe(200);
  });

  it('count operations by name, errors by code, limit refusals, sockets, subscribers, delivery lag and the pool', async () => {
    const leader = await login(server.url, 'leader');
    const desk = await login(server.url, 'desk');
    await ok(server.url, 'query Cursor { boardCursor }', {}, leader);
    expect(codeOf(await gql(server.url, '{ me { id } }', {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    const deep = `{ units { ${'members { unit { '.repeat(5)} id ${'} } '.repeat(5)} } }`;
    expect(codeOf(await gql(server.url, deep, {}, leader))).toBe('GRAPHQL_VALIDATION_FAILED');

    const feed = await subscribeFromNow(
      server.url,
      server.wsUrl,
      leader,
      'subscription($since: String) { boardEvents(since: $since) { seq } }',
    );
    try {
      await feed.connected;
      await until(
        async () => sample((await scrape(server, `Bearer ${TOKEN}`)).text, 'heatline_live_subscribers') >= 1,
        'the subscription to count',
      );
      await ok(server.url, CREATE, { input: call('赵六', '13700000001') }, desk);
      await feed.waitFor(1, 'the registration on the board');
      const m = (await scrape(server, `Bearer ${TOKEN}`)).text;
      expect(sample(m, 'heatline_graphql_operations_total', { transport: 'http', operation: 'Cursor' })).toBe(1);
      expect(sample(m, 'heatline_graphql_operations_total', { operation: 'CreateCall', type: 'mutation' })).toBe(1);
      expect(sample(m, 'heatline_graphql_operation_duration_seconds_count', { operation: 'CreateCall' })).toBe(1);
      expect(sample(m, 'heatline_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(1);
      expect(sample(m, 'heatline_limit_refusals_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
      expect(sample(m, 'heatline_websocket_connections')).toBeGreaterThanOrEqual(1);
      expect(sample(m, 'heatline_live_subscribers')).toBeGreaterThanOrEqual(1);
      expect(sample(m, 'heatline_event_delivery_lag_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sample(m, 'heatline_db_pool_used') + sample(m, 'heatline_db_pool_free')).toBeGreaterThanOrEqual(0);
      expect(sample(m, 'heatline_http_connections')).toBeGreaterThanOrEqual(1);
      expect(m).not.toContain('13700000001');
    } finally {
      await feed.stop();
    }
  });
});

describe('request ids', () => {
  const server = serverForSuite();

  it('echo a sane X-Request-Id and replace anything else with a fresh one', async () => {
    const given = await post(server.url, '{ __typename }', {}, { 'x-request-id': 'lb-7f3a9c01:42' });
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a9c01:42');
    for (const bad of ['has spaces in it', 'x'.repeat(300), 'short']) {
      const r = await post(server.url, '{ __typename }', {}, { 'x-request-id': bad });
      expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const none = await fetch(new URL('/healthz', server.url));
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe.runIf(postgresUrl())('the log and the audit log on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createDatabase>>;
  let server: RunningServer;
  let sql: pg.Client;
  beforeAll(async () => {
    db = await createDatabase(postgresUrl()!);
    server = await startServer({ DATABASE_URL: db.url, HEATLINE_DEMO: '1' });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await server?.stop();
    await db?.drop();
  });

  const requestIdsOf = async (ticketId: string) =>
    (
      await sql.query<{ request_id: string | null }>(
        'select request_id from ticket_event where ticket_id = $1 order by seq',
        [Number(ticketId)],
      )
    ).rows.map((r) => r.request_id);

  it('writes the request id onto the audit event, each call of a group commit its own', async () => {
    const desk = await login(server.url, 'desk');
    const ids = Array.from({ length: 6 }, (_, i) => `audit-test-${i}-${Date.now()}`);
    const created = await Promise.all(
      ids.map((id, i) =>
        post(
          server.url,
          CREATE,
          { input: call('钱八', `1370000010${i}`) },
          { authorization: `Bearer ${desk}`, 'x-request-id': id },
        ),
      ),
    );
    for (const [i, r] of created.entries()) {
      expect(r.body.errors).toBeUndefined();
      expect(await requestIdsOf(r.body.data.createTicket.id)).toEqual([ids[i]]);
    }
    const move = await post(
      server.url,
      'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id } }',
      { id: created[0]!.body.data.createTicket.id },
      { authorization: `Bearer ${desk}`, 'x-request-id': 'audit-test-transfer' },
    );
    expect(move.body.errors).toBeUndefined();
    expect(await requestIdsOf(created[0]!.body.data.createTicket.id)).toEqual([ids[0], 'audit-test-transfer']);

    // Over the WebSocket (how the web app sends its mutations) each operation has an id of its own.
    const socket = subscribe(server.wsUrl, { token: desk }, CREATE, { input: call('孙七', '13700000200') });
    try {
      const [r] = await socket.waitFor(1, 'the registration over the socket');
      expect(await requestIdsOf(r.id)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    } finally {
      await socket.stop();
    }
  });

  it('logs a failed insert with its request id and without the caller’s name or phone', async () => {
    const desk = await login(server.url, 'desk');
    // The database refuses this one caller, as a full disk or a broken constraint would refuse any.
    await sql.query(`alter table ticket add constraint refuse_one_caller check (caller_phone <> '13912345678')`);
    try {
      const r = await post(
        server.url,
        CREATE,
        { input: call('王小明', '13912345678') },
        {
          authorization: `Bearer ${desk}`,
          'x-request-id': 'pii-test-request-0001',
        },
      );
      expect(r.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      await until(
        () => server.output().includes('pii-test-request-0001'),
        'the failure in the log',
        () => server.output().slice(-2000),
      );
      const line = server
        .output()
        .split('\n')
        .find((l) => l.includes('pii-test-request-0001'))!;
      expect(line).toContain('refuse_one_caller');
      expect(server.output()).not.toContain('13912345678');
      expect(server.output()).not.toContain('王小明');
    } finally {
      await sql.query('alter table ticket drop constraint refuse_one_caller');
    }
  });
});
