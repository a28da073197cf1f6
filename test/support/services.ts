import { spawnSync } from 'node:child_process';
import pg from 'pg';

const required = process.env.REQUIRE_SERVICES === '1';

/** A service's URL from the environment, or null with a loud message (a failure under REQUIRE_SERVICES=1). */
function serviceUrl(variable: string, what: string): string | null {
  const url = process.env[variable];
  if (url) return url;
  const msg = `${variable} is not set: the ${what} tests are SKIPPED. Set it (CI does) to run them.`;
  if (required) throw new Error(`REQUIRE_SERVICES=1 but ${msg}`);
  console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
  return null;
}

export const postgresUrl = () => serviceUrl('DATABASE_URL', 'PostgreSQL');
export const redisUrl = () => serviceUrl('REDIS_URL', 'multi-instance');

/** A fresh database per test file, so runs never see each other's rows. */
export async function createDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `heatline_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Whether PostgreSQL's pg_dump and pg_restore are on PATH; false with a loud message (a failure under REQUIRE_SERVICES=1). */
export function postgresTools(): boolean {
  const missing = ['pg_dump', 'pg_restore'].filter((tool) => spawnSync(tool, ['--version']).error);
  if (!missing.length) return true;
  const msg = `${missing.join(' and ')} not on PATH: the PostgreSQL backup tests are SKIPPED. apt-get install postgresql-client (CI does).`;
  if (required) throw new Error(`REQUIRE_SERVICES=1 but ${msg}`);
  console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
  return false;
}
