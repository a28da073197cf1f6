import type { EntityManager } from '@mikro-orm/knex';
import { loadPingdu, persistCity } from '../modules/places/city.js';
import { Unit } from '../modules/units/unit.entity.js';
import { persistDemoUsers } from '../modules/users/demo-users.js';
import { persistDemoRoster } from '../modules/attendance/demo-roster.js';
import { persistDemoCrews } from '../modules/crews/demo-crews.js';

/** Loads Pingdu's network if the database has no units yet. Returns whether it did. */
export async function seedCityIfEmpty(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(Unit)) > 0) return false;
    persistCity(tx, loadPingdu());
    await tx.flush();
    return true;
  });
}

/** The demo city and the demo users (public password), for the embedded default only: every unit in the room has a head and staff and a duty shift, and the heating and water companies crews on standby. */
export async function seedDemo(em: EntityManager): Promise<void> {
  await seedCityIfEmpty(em);
  // Tops up: a demo database seeded before every unit had people gets the missing ones.
  await em.transactional(async (tx) => {
    if ((await persistDemoUsers(tx)) + (await persistDemoRoster(tx)) + (await persistDemoCrews(tx)) > 0)
      await tx.flush();
  });
}
