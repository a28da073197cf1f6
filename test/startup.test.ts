import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { codeOf, gql, login, ok } from './support/graphql.js';
import { runServerToExit, startServer, tempDir } from './support/server.js';
import { createDatabase, postgresUrl } from './support/services.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('starting the server', () => {
  it('refuses a bad configuration with a message naming each bad variable', async () => {
    const r = await runServerToExit({
      PORT: 'eighty',
      HEATLINE_WORKDAY_END: '25:00',
      DATABASE_URL: 'mysql://db/heatline',
      HEATLINE_DATA_DIR: tmp.dir,
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain('Invalid configuration');
    for (const name of ['PORT', 'HEATLINE_WORKDAY_END', 'DATABASE_URL']) expect(r.output).toContain(name);
  });

  it('ends with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const r = await runServerToExit({ PORT: String(port), HEATLINE_DATA_DIR: tmp.dir });
      expect(r.code).toBe(1);
      expect(r.output).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('ends with a clear message, not a hang, when the database cannot be reached', async () => {
    const r = await runServerToExit({ PORT: '0', DATABASE_URL: 'postgres://heatline@127.0.0.1:1/heatline' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('cannot open the database at postgres://heatline@127.0.0.1:1/heatline');
  });

  it('keeps an acknowledged registration through a crash of the process (SQLite, WAL, synchronous=FULL)', async () => {
    const dir = tempDir();
    try {
      const first = await startServer({ HEATLINE_DATA_DIR: dir.dir });
      const token = await login(first.url, 'desk');
      const created = await ok(
        first.url,
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
        {
          input: {
            kind: 'COMPLAINT',
            category: 'LEAK_OR_BURST',
            channel: 'LINE_12319',
            complexity: 'COMPLEX',
            callerName: '李四',
            callerPhone: '13600000001',
            compoundId: 'cp-001',
            description: '楼道暖气管漏水',
          },
        },
        token,
      );
      expect(await first.stop('SIGKILL')).toBeNull();
      const second = await startServer({ HEATLINE_DATA_DIR: dir.dir });
      try {
        const again = await login(second.url, 'desk');
        const t = (
          await ok(
            second.url,
            'query($id: ID!) { ticket(id: $id) { number events { type } } }',
            { id: created.createTicket.id },
            again,
          )
        ).ticket;
        expect(t).toEqual({ number: created.createTicket.number, events: [{ type: 'TICKET_REGISTERED' }] });
      } finally {
        await second.stop();
      }
    } finally {
      dir.remove();
    }
  });
});

const pg = postgresUrl();
describe.runIf(pg)('starting on PostgreSQL', () => {
  it('says it is ready once its database answers with every migration applied', async () => {
    const server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    try {
      const res = await fetch(server.url.replace('/graphql', '/readyz'));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ready: true, database: 'ok', pendingMigrations: 0, bus: 'memory' });
    } finally {
      await server.stop();
    }
  });

  it('loads no demo users unless HEATLINE_DEMO=1, so no default password works', async () => {
    const db = await createDatabase(pg!);
    const server = await startServer({ DATABASE_URL: db.url });
    try {
      const r = await gql(server.url, 'mutation { login(username: "desk", password: "heatline") { token } }');
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(server.output()).toContain('"demo":false');
    } finally {
      await server.stop();
      await db.drop();
    }
  });

  it('lets three instances start at once on one empty database: migrated and seeded once', async () => {
    const db = await createDatabase(pg!);
    const servers = await Promise.all([1, 2, 3].map(() => startServer({ DATABASE_URL: db.url, HEATLINE_DEMO: '1' })));
    try {
      for (const s of servers) {
        const token = await login(s.url, 'leader');
        const d = await ok(s.url, '{ compounds { id } units { id } }', {}, token);
        expect(d.compounds).toHaveLength(113);
        expect(d.units).toHaveLength(17);
      }
      const { default: pgClient } = await import('pg');
      const c = new pgClient.Client({ connectionString: db.url });
      await c.connect();
      const migrations = await c.query('select name from mikro_orm_migrations order by id');
      const users = await c.query(`select count(*)::int as n from app_user where username = 'desk'`);
      await c.end();
      const names = migrations.rows.map((r: { name: string }) => r.name);
      expect(names.length).toBeGreaterThanOrEqual(3);
      expect(new Set(names).size).toBe(names.length);
      expect(users.rows[0].n).toBe(1);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await db.drop();
    }
  });
});
