import type { Orm } from '../db/orm.js';
import type { Bus } from '../realtime/bus.js';

const DATABASE_TIMEOUT_MS = 2_000;

export interface Readiness {
  /** Whether this instance can serve: its database answers and holds every migration. */
  ready: boolean;
  database: 'ok' | 'unreachable';
  pendingMigrations: number | null;
  /**
   * How changes reach other instances. Degraded is still ready: this instance serves its own
   * clients and the others find the changes in the log; it is reported for the operator.
   */
  bus: ReturnType<Bus['state']>;
}

/** What /readyz reports: a load balancer sends traffic only to an instance that is ready. */
export async function readiness(orm: Orm, bus: Bus): Promise<Readiness> {
  const within = <T>(p: Promise<T>) =>
    Promise.race([
      p,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS).unref()),
    ]);
  let database: Readiness['database'] = 'ok';
  let pendingMigrations: number | null = null;
  try {
    await within(orm.em.getConnection().execute('select 1'));
    pendingMigrations = (await within(orm.getMigrator().getPendingMigrations())).length;
  } catch {
    database = 'unreachable';
  }
  return { ready: database === 'ok' && pendingMigrations === 0, database, pendingMigrations, bus: bus.state() };
}
