import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import { openOrm } from '../orm.js';

const addUser = (em: EntityManager, username: string, role: string) =>
  em
    .getConnection()
    .execute(`insert into app_user (username, display_name, role, password_hash) values (?, ?, ?, 'x')`, [
      username,
      username,
      role,
    ]);

describe('the SUPERVISOR role on a SQLite database from before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heatline-role-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is taken after the upgrade, with the users and their references as they were', async () => {
    const file = join(dir, 'm.sqlite');
    const before = await openOrm({ kind: 'sqlite', file });
    await before.getMigrator().up({ to: 'Migration20261130042000' });
    const old = before.em.fork() as EntityManager;
    await old.getConnection().execute(`insert into unit (id, kind, name, name_en) values ('u', 'DESK', 'u', 'u')`);
    await old
      .getConnection()
      .execute(
        `insert into app_user (username, display_name, role, unit_id, password_hash) values ('a', 'a', 'STAFF', 'u', 'x')`,
      );
    await expect(addUser(old, 'early', 'SUPERVISOR')).rejects.toThrow(/CHECK/);
    await before.close();

    const after = await openOrm({ kind: 'sqlite', file });
    await after.getMigrator().up();
    const em = after.em.fork() as EntityManager;
    await addUser(em, 'supervisor', 'SUPERVISOR');
    await expect(addUser(em, 'nobody', 'NOBODY')).rejects.toThrow(/CHECK/);
    const conn = em.getConnection();
    expect(await conn.execute('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await conn.execute('pragma foreign_key_check')).toEqual([]);
    expect(await conn.execute(`select role, unit_id from app_user order by id`)).toEqual([
      { role: 'STAFF', unit_id: 'u' },
      { role: 'SUPERVISOR', unit_id: null },
    ]);
    await after.close();
  });
});
