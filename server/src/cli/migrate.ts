import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';

const orm = await openOrm(loadConfig().database);
try {
  await migrate(orm);
  console.log('database is up to date');
} finally {
  await orm.close();
}
