import 'reflect-metadata';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config.js';
import { openOrm } from '../db/orm.js';

/** What this command uses of the better-sqlite3 connection under the ORM. */
interface SqliteConnection {
  backup(file: string, options: { progress: (p: { remainingPages: number }) => number }): Promise<unknown>;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  pragma(sql: string, options: { simple: true }): unknown;
  exec(sql: string): unknown;
}

// An online, consistent copy of the embedded database, taken while the server keeps writing.
function fail(message: string): never {
  console.error(`heatline: ${message}`);
  process.exit(1);
}

const arg = process.argv[2];
if (!arg) fail('usage: pnpm db:backup <file>   (a new file; the database is the one the server uses)');
const config = loadConfig();
if (config.database.kind === 'postgres')
  fail(
    'db:backup copies the embedded SQLite database, and DATABASE_URL names PostgreSQL: back it up with ' +
      'pg_dump -Fc "$DATABASE_URL" -f heatline.dump and restore with pg_restore (see the README, Operations)',
  );
const source = config.database.file;
const target = resolve(arg);
if (!existsSync(source)) fail(`there is no database at ${source} to back up`);
if (existsSync(target)) fail(`${target} already exists; name a new file`);

const partial = `${target}.partial`;
const orm = await openOrm(config.database);
try {
  const knex = (orm.em as EntityManager).getConnection().getKnex();
  const conn = (await knex.client.acquireConnection()) as SqliteConnection;
  try {
    rmSync(partial, { force: true });
    // All remaining pages in one step, inside one read transaction: a snapshot as of one commit. In
    // smaller steps, every write the server commits meanwhile would restart the copy.
    await conn.backup(partial, { progress: () => 0x7fffffff });
    renameSync(partial, target);
    conn.prepare(`attach database ? as copy`).run(target);
    try {
      const check = conn.pragma('copy.quick_check', { simple: true });
      if (check !== 'ok') fail(`the copy at ${target} does not pass SQLite's quick_check: ${String(check)}`);
    } finally {
      conn.exec('detach database copy');
    }
  } finally {
    rmSync(partial, { force: true });
    await knex.client.releaseConnection(conn);
  }
} finally {
  await orm.close();
}
console.log(`backed up ${source} to ${target}`);
