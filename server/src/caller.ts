import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from './modules/auth/viewer.js';

/** Who asks, and the unit of work their request reads and writes through: what a service needs. */
export interface Caller {
  em: EntityManager;
  viewer: Viewer;
}
