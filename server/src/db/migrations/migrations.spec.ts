import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm, type Orm } from '../orm.js';

describe('migrations on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heatline-migrations-'));
  let orm: Orm;
  beforeAll(async () => {
    orm = await openOrm({ kind: 'sqlite', file: join(dir, 'm.sqlite') });
    await migrate(orm);
  });
  afterAll(async () => {
    await orm.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are idempotent: a second run applies nothing', async () => {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    await migrate(orm);
  });

  it('make the audit log append-only', async () => {
    const em = orm.em.fork() as EntityManager;
    const conn = em.getConnection();
    await conn.execute(`insert into unit (id, kind, name, name_en) values ('u', 'DESK', 'u', 'u')`);
    await conn.execute(`insert into category (code, name, name_en, sort_order) values ('C', 'c', 'c', 1)`);
    await conn.execute(`insert into channel (code, name, name_en, owner_unit_id) values ('L', 'l', 'l', 'u')`);
    await conn.execute(`insert into ticket (number, kind, category_code, channel_code, complexity, caller_name, caller_phone,
      description, received_at, due_at, status, refused_unit_ids, updated_at, version)
      values ('1', 'COMPLAINT', 'C', 'L', 'GENERAL', 'n', '1', 'd', 0, 0, 'REGISTERED', '[]', 0, 1)`);
    await conn.execute(
      `insert into ticket_event (ticket_id, type, actor_name, at, changes) values (1, 'T', 'a', 0, '{}')`,
    );
    await expect(conn.execute(`update ticket_event set note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from ticket_event`)).rejects.toThrow(/append-only/);
  });
});

// MikroORM diffs SQLite's enum checks imprecisely, so drift between entities and migrations is
// checked on PostgreSQL, where its introspection is exact.
const pgUrl = process.env.DATABASE_URL;
if (!pgUrl) {
  const msg = 'DATABASE_URL is not set: the PostgreSQL migration drift check is SKIPPED.';
  if (process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but ${msg}`);
  console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
}
describe.runIf(pgUrl)('migrations on PostgreSQL', () => {
  const name = `heatline_spec_${process.pid}`;
  let orm: Orm;
  const admin = () => new pg.Client({ connectionString: pgUrl });
  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    orm = await openOrm({ kind: 'postgres', url: url.toString() });
    await migrate(orm);
  });
  afterAll(async () => {
    await orm?.close();
    const c = admin();
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });

  it('leave nothing for the entities to add: the schema matches the code', async () => {
    const pending = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  });
});
