import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import type { Orm } from '../../db/orm.js';
import { MemoryBus } from '../../realtime/bus.js';
import { EventLog } from '../audit/event-log.js';
import type { UserViewer } from '../auth/viewer.js';
import { PlaceDirectory } from '../places/place-directory.js';
import { User } from '../users/user.entity.js';
import { RegistrationService } from './registration.service.js';
import { TicketMovesService } from './ticket-moves.service.js';
import { Complexity, TicketKind } from './ticket.enums.js';
import type { CreateTicketInput } from './ticket.inputs.js';

/** For specs: the city's calendar, as a deployment in Pingdu sets it. */
export const CALENDAR = {
  timeZone: 'Asia/Shanghai',
  workdayStart: '08:30',
  workdayEnd: '17:30',
  holidays: [],
  makeupDays: [],
};

/**
 * For specs: the ticket services over a migrated, seeded database, and a caller per demo user
 * (`as('desk')`), each with a fresh unit of work as a request would have; moves read the time from
 * `clock` when given.
 */
export async function ticketServices(orm: Orm, clock?: () => Date) {
  const fork = () => orm.em.fork() as EntityManager;
  const places = new PlaceDirectory(fork);
  const log = new EventLog(orm, new MemoryBus());
  const registration = new RegistrationService(CALENDAR, places, log, fork);
  const moves = new TicketMovesService(places, registration, log, clock);
  const viewers: Record<string, UserViewer> = {};
  for (const u of await fork().find(User, {}))
    viewers[u.username] = {
      kind: 'user',
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      unitId: u.unit?.id ?? null,
      sessionId: 0,
    };
  const as = (username: string): Caller => ({ em: fork(), viewer: viewers[username]! });
  return { fork, places, log, registration, moves, viewers, as };
}

/** For specs: a complaint about Wenfeng (heated directly by Jinquan), with `over` on top. */
export const complaint = (over: Partial<CreateTicketInput> = {}): CreateTicketInput =>
  Object.assign(
    {
      kind: TicketKind.COMPLAINT,
      category: 'NO_HEAT',
      channel: 'MAYOR_HOTLINE',
      complexity: Complexity.GENERAL,
      callerName: '王五',
      callerPhone: '13712345678',
      compoundId: 'cp-001',
      description: '暖气不热',
    },
    over,
  );
