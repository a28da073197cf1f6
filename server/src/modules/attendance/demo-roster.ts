import type { EntityManager } from '@mikro-orm/knex';
import { DutyShift } from './attendance.entities.js';

// The heating companies and the bureaus that sat in Pingdu's room, every day of the first week from
// 08:00 (the demo's assumption, not the city's published roster).
const ROOM = [
  'unit-xingping',
  'unit-jinquan',
  'unit-construction',
  'unit-price',
  'unit-utilities',
  'unit-construction-mgmt',
  'unit-property-office',
];

/** The demo's duty roster, when none is set: how many shifts were added. */
export async function persistDemoRoster(em: EntityManager): Promise<number> {
  if ((await em.count(DutyShift)) > 0) return 0;
  for (const unitId of ROOM) em.create(DutyShift, { unitId, weekdays: '1234567', startsAt: '08:00' });
  return ROOM.length;
}
