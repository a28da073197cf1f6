import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { login, ok } from './support/graphql.js';
import { runCli, startServer, tempDir, type RunningServer } from './support/server.js';
import { createDatabase, postgresTools, postgresUrl } from './support/services.js';
import { allTickets, complexCall, CREATE_CALL, type ListedTicket } from './support/tickets.js';
import { until } from './support/ws.js';

const run = promisify(execFile);

/** Four desk clients registering calls back to back until stopped; what the server acknowledged, in order. */
function keepRegistering(url: string, token: string) {
  const acknowledged: Array<{ id: string; description: string }> = [];
  let stopped = false;
  let failure: unknown = null;
  const clients = Promise.all(
    Array.from({ length: 4 }, async (_, c) => {
      for (let i = 0; !stopped && !failure; i++)
        try {
          acknowledged.push(
            (await ok(url, CREATE_CALL, { input: complexCall(`backup ${c}.${i}`) }, token)).createTicket,
          );
        } catch (e) {
          failure = e;
        }
    }),
  );
  return {
    acknowledged,
    /** Waits until `n` registrations in all have been acknowledged. */
    atLeast: (n: number) =>
      until(
        () => {
          if (failure) throw failure;
          return acknowledged.length >= n;
        },
        `${n} acknowledged registrations`,
        () => `${acknowledged.length}`,
      ),
    stop: async () => {
      stopped = true;
      await clients;
      if (failure) throw failure;
    },
  };
}

/**
 * Whether `copy` is the original as of one moment: exactly its oldest tickets, each with the same
 * history; and every ticket holds its registration event.
 */
function expectConsistentPrefix(copy: ListedTicket[], original: ListedTicket[]) {
  const byId = (a: ListedTicket, b: ListedTicket) => Number(a.id) - Number(b.id);
  copy.sort(byId);
  original.sort(byId);
  expect(copy.length).toBeGreaterThan(0);
  expect(copy).toEqual(original.slice(0, copy.length));
  expect(copy.filter((t) => t.events.map((e) => e.type).join() !== 'TICKET_REGISTERED')).toEqual([]);
}

describe('online backup of the SQLite database (pnpm db:backup)', () => {
  const original = tempDir();
  const restored = tempDir();
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    original.remove();
    restored.remove();
  });

  it('copies the database while the server writes; the copy opens, migrates and holds a consistent prefix', async () => {
    const server = await startServer({ HEATLINE_DATA_DIR: original.dir });
    servers.push(server);
    const writing = keepRegistering(server.url, await login(server.url, 'desk'));
    await writing.atLeast(30);
    const committedBefore = writing.acknowledged.map((t) => t.id);
    // The copy goes where a server will find it: heatline.sqlite in its data directory.
    const target = join(restored.dir, 'heatline.sqlite');
    const backup = await runCli('backup', [target], { HEATLINE_DATA_DIR: original.dir });
    expect(backup, backup.output).toMatchObject({ code: 0 });
    expect(backup.output).toContain(`backed up ${join(original.dir, 'heatline.sqlite')} to ${target}`);
    // The server went on writing after the copy, and still does.
    await writing.atLeast(writing.acknowledged.length + 20);
    await writing.stop();

    // A second backup never overwrites a file, the database itself included.
    const again = await runCli('backup', [target], { HEATLINE_DATA_DIR: original.dir });
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists');

    const copy = await startServer({ HEATLINE_DATA_DIR: restored.dir });
    servers.push(copy);
    const copied = await allTickets(copy.url, await login(copy.url, 'leader'));
    const now = await allTickets(server.url, await login(server.url, 'leader'));
    expectConsistentPrefix(copied, now);
    expect(copied.map((t) => t.id)).toEqual(expect.arrayContaining(committedBefore));
    expect(copied.length).toBeLessThan(now.length);
    // The copy is a working database: it takes new registrations after its own last ticket.
    const next = (
      await ok(copy.url, CREATE_CALL, { input: complexCall('after restore') }, await login(copy.url, 'desk'))
    ).createTicket;
    expect(Number(next.id)).toBeGreaterThan(Number(copied.at(-1)!.id));
  });

  it('refuses PostgreSQL and names pg_dump instead', async () => {
    const r = await runCli('backup', [join(restored.dir, 'never.sqlite')], {
      DATABASE_URL: 'postgres://heatline@127.0.0.1:1/heatline',
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain('pg_dump -Fc');
    expect(existsSync(join(restored.dir, 'never.sqlite'))).toBe(false);
  });
});

const pgBase = postgresUrl();

describe.runIf(pgBase && postgresTools())('PostgreSQL backup and restore (pg_dump -Fc, pg_restore)', () => {
  const dumpDir = tempDir();
  const servers: RunningServer[] = [];
  const databases: Array<{ drop: () => Promise<void> }> = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all(databases.map((d) => d.drop()));
    dumpDir.remove();
  });

  it('dumps while the server writes; a server on the restored database starts and serves the same tickets', async () => {
    const source = await createDatabase(pgBase!);
    databases.push(source);
    const server = await startServer({ DATABASE_URL: source.url, HEATLINE_DEMO: '1' });
    servers.push(server);
    const writing = keepRegistering(server.url, await login(server.url, 'desk'));
    await writing.atLeast(30);
    const committedBefore = writing.acknowledged.map((t) => t.id);
    const dump = join(dumpDir.dir, 'heatline.dump');
    await run('pg_dump', ['-Fc', '-f', dump, source.url]);
    await writing.atLeast(writing.acknowledged.length + 20);
    await writing.stop();

    const target = await createDatabase(pgBase!);
    databases.push(target);
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', target.url, dump]);
    const copy = await startServer({ DATABASE_URL: target.url, HEATLINE_DEMO: '1' });
    servers.push(copy);
    const ready = await fetch(copy.url.replace('/graphql', '/readyz'));
    expect(await ready.json()).toMatchObject({ ready: true, pendingMigrations: 0 });

    const copied = await allTickets(copy.url, await login(copy.url, 'leader'));
    const now = await allTickets(server.url, await login(server.url, 'leader'));
    expectConsistentPrefix(copied, now);
    expect(copied.map((t) => t.id)).toEqual(expect.arrayContaining(committedBefore));
    // The sequences came along: a new registration and its event number after everything restored.
    const desk = await login(copy.url, 'desk');
    const next = (await ok(copy.url, CREATE_CALL, { input: complexCall('after restore') }, desk)).createTicket;
    expect(Number(next.id)).toBeGreaterThan(Number(copied.at(-1)!.id));
    const [event] = (
      await ok(copy.url, `query($id: ID!) { ticket(id: $id) { events { seq } } }`, { id: next.id }, desk)
    ).ticket.events;
    expect(event.seq).toBeGreaterThan(Math.max(...copied.flatMap((t) => t.events.map((e) => e.seq))));
  });
});
