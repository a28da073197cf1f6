import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import type { Database } from '../config.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

/** Raised when the database cannot be reached or opened; main() turns it into one clear line. */
export class DatabaseUnavailableError extends Error {}

/** Where a developer's new migrations are written (see cli/create-migration.ts). */
export interface MigrationAuthoring {
  path: string;
}

function options(db: Database, authoring?: MigrationAuthoring): Options {
  const common = {
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: !authoring },
    migrations: {
      migrationsList: migrationsList[db.kind],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      ...(authoring && { path: authoring.path, pathTs: authoring.path, emit: 'ts' as const }),
    },
    allowGlobalContext: false,
    debug: db.debug ?? false,
  } satisfies Options;
  if (db.kind === 'postgres')
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      pool: { min: 0, max: 10 },
      driverOptions: { connection: { connectionTimeoutMillis: 5000 } },
    };
  mkdirSync(dirname(db.file), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: db.file,
    pool: {
      // An acknowledged write must survive a crash of the process or the host.
      afterCreate: (conn: { pragma(s: string): unknown }, done: (err: Error | null, conn: unknown) => void) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = FULL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
        done(null, conn);
      },
    },
  };
}

export async function openOrm(db: Database, authoring?: MigrationAuthoring): Promise<Orm> {
  let orm: Orm;
  try {
    orm = await MikroORM.init(options(db, authoring));
    await orm.em.getConnection().execute('select 1');
  } catch (e) {
    const where = db.kind === 'postgres' ? redact(db.url) : db.file;
    throw new DatabaseUnavailableError(`cannot open the database at ${where}: ${(e as Error).message}`);
  }
  return orm;
}

/** Runs pending migrations; instances starting together against one database take turns. */
export async function migrate(orm: Orm, then?: () => Promise<void>): Promise<void> {
  await withStartupLock(orm, async () => {
    await orm.getMigrator().up();
    await then?.();
  });
}

// An arbitrary constant naming Heatline's start-up lock among PostgreSQL advisory locks.
const STARTUP_LOCK = 0x4845_4154;

async function withStartupLock(orm: Orm, work: () => Promise<void>): Promise<void> {
  const knex = (orm.em as EntityManager).getConnection().getKnex();
  if (orm.config.get('driver') !== PostgreSqlDriver) return work();
  const conn = await knex.client.acquireConnection();
  try {
    await conn.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      await work();
    } finally {
      await conn.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    await knex.client.releaseConnection(conn);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
