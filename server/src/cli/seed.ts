import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { seedCityIfEmpty, seedDemo } from '../db/seed.js';

// Loads Pingdu's 2009 network (and, with HEATLINE_DEMO=1, the demo users) into an empty database.
const config = loadConfig();
const orm = await openOrm(config.database);
try {
  await migrate(orm);
  const em = orm.em.fork() as EntityManager;
  if (config.demo) await seedDemo(em);
  else
    console.log(
      (await seedCityIfEmpty(em)) ? 'Pingdu 2009 loaded' : 'the database already holds a city; nothing loaded',
    );
} finally {
  await orm.close();
}
