import { describe, expect, it } from 'vitest';
import type { Orm } from '../db/orm.js';
import type { Bus } from '../realtime/bus.js';
import { readiness } from './readiness.js';

/** Just what readiness asks of the ORM: a query, and the migrations still pending. */
const orm = (o: { query: () => Promise<unknown>; pending: number }) =>
  ({
    em: { getConnection: () => ({ execute: o.query }) },
    getMigrator: () => ({ getPendingMigrations: async () => Array(o.pending).fill({}) }),
  }) as unknown as Orm;
const bus = (state: ReturnType<Bus['state']>) => ({ state: () => state }) as Bus;

describe('readiness', () => {
  it('is ready with a database that answers and no pending migration, whatever Redis does', async () => {
    expect(await readiness(orm({ query: async () => [], pending: 0 }), bus('redis-degraded'))).toEqual({
      ready: true,
      database: 'ok',
      pendingMigrations: 0,
      bus: 'redis-degraded',
    });
  });

  it('is not ready while migrations are pending, or when the database does not answer', async () => {
    expect(await readiness(orm({ query: async () => [], pending: 2 }), bus('memory'))).toMatchObject({
      ready: false,
      pendingMigrations: 2,
    });
    const down = orm({ query: () => Promise.reject(new Error('ECONNREFUSED')), pending: 0 });
    expect(await readiness(down, bus('redis'))).toMatchObject({ ready: false, database: 'unreachable' });
  });
});
