import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrate, openOrm } from '../db/orm.js';

// Developer tool: diffs the entities against a database migrated to the latest migration, once per
// dialect, and writes the difference as a new migration in src/db/migrations/<dialect>/.
// Needs DATABASE_URL (any PostgreSQL database the user may create databases on).
// Run: pnpm build && pnpm --filter @heatline/server db:migration:create
const base = process.env.DATABASE_URL;
if (!base) throw new Error('set DATABASE_URL to a PostgreSQL server; a scratch database is created and dropped there');
const src = (dialect: string) => fileURLToPath(new URL(`../../src/db/migrations/${dialect}/`, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'heatline-migration-'));
const sqlite = await openOrm({ kind: 'sqlite', file: join(dir, 'scratch.sqlite') }, { path: src('sqlite') });
await migrate(sqlite);
const a = await sqlite.getMigrator().createMigration(src('sqlite'));
console.log(a.fileName ? `sqlite: ${a.fileName}` : 'sqlite: no changes');
await sqlite.close();
rmSync(dir, { recursive: true, force: true });

const name = `heatline_migration_${process.pid}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
try {
  const url = new URL(base);
  url.pathname = `/${name}`;
  const postgres = await openOrm({ kind: 'postgres', url: url.toString() }, { path: src('postgres') });
  await migrate(postgres);
  const b = await postgres.getMigrator().createMigration(src('postgres'));
  console.log(b.fileName ? `postgres: ${b.fileName}` : 'postgres: no changes');
  await postgres.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
console.log(
  'Now list the new files in src/db/migrations/index.ts, and read the SQLite one: MikroORM cannot read\nSQLite enum checks back, so it may propose rebuilding tables that did not change; keep only the real change.',
);
